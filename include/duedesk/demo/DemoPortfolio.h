// DemoPortfolio: a deterministic, realistic collections ledger for trying
// Duedesk out and for measuring it. The same options give the same
// database, byte for byte in content.
#pragma once

#include "duedesk/domain/Date.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <cstdint>
#include <functional>

namespace duedesk {

// Every demo user signs in with this password (documented in README.md).
inline constexpr const char* kDemoPassword = "duedesk-demo";

struct DemoOptions {
    std::int64_t accounts = 200;
    std::int64_t invoices = 5000;
    std::uint64_t seed = 1;
    Date asOf = Date::fromDayNumber(0); // the ledger is as it stands on this day
    // History covered by the invoices, in days before asOf.
    int historyDays = 540;
};

struct DemoSummary {
    std::int64_t users = 0;
    std::int64_t accounts = 0;
    std::int64_t invoices = 0;
    std::int64_t creditNotes = 0;
    std::int64_t payments = 0;
    std::int64_t allocations = 0;
    std::int64_t strategiesAssigned = 0; // overdue accounts following a strategy
    std::int64_t followUps = 0; // open diary entries
    std::int64_t holds = 0;
    std::int64_t promises = 0;
    std::int64_t plans = 0;
    std::int64_t disputes = 0;
    std::int64_t activeDisputes = 0; // open or investigating on the as-of date
    std::int64_t disputesPastServiceLevel = 0; // of those active
    std::int64_t writeOffsRequested = 0; // waiting for an approver
    std::int64_t writeOffsApproved = 0; // waiting to be posted
    std::int64_t writeOffsPosted = 0;
    std::int64_t writeOffsRejected = 0;
    std::int64_t creditMemosPending = 0; // requested or approved
    std::int64_t creditMemosCredited = 0; // settled by a credit note (counted in creditNotes)
    std::int64_t referrals = 0; // to an agency or a solicitor
    std::int64_t openReferrals = 0; // not closed
    std::int64_t attentionRequests = 0; // awaiting the team leader
};

// Fills an empty ledger in one transaction. Throws StorageError if the
// ledger already holds accounts. `progress` receives accounts done.
DemoSummary generateDemoPortfolio(LedgerDatabase& database, const DemoOptions& options,
                                  const std::function<void(std::int64_t done, std::int64_t total)>& progress = {});

} // namespace duedesk
