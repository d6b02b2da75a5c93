// DisputeReport: the disputes active on a day, counted and summed by
// reason, by owner and by age (days since raised), each with how many are
// past their service level; and the listing of disputes with their
// invoices. Amounts are per currency, never summed across currencies.
#pragma once

#include "duedesk/domain/Dispute.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <map>
#include <span>
#include <string>
#include <vector>

namespace duedesk {

struct DisputeReportLine {
    std::string key; // reason label, owner, or age band ("0-7 days")
    Currency currency;
    int disputes = 0;
    std::int64_t amount = 0; // minor units disputed
    int pastServiceLevel = 0; // of `disputes`, past their due date on the day

    friend bool operator==(const DisputeReportLine&, const DisputeReportLine&) = default;
};

struct DisputeReport {
    Date asOf = Date::fromDayNumber(0);
    std::vector<DisputeReportLine> byReason; // in the order of disputeReasons(), then currency
    std::vector<DisputeReportLine> byOwner; // by owner, then currency
    std::vector<DisputeReportLine> byAge; // youngest band first, then currency
    std::vector<DisputeReportLine> totals; // one per currency, key "Total"
};

// The age bands: 0-7, 8-15, 16-30, 31-60 and over 60 days since raised.
std::string disputeAgeBand(int days);

// From the disputes given, those active on `asOf` (raised by then, not
// closed by then).
DisputeReport buildDisputeReport(std::span<const Dispute> disputes, Date asOf);
DisputeReport loadDisputeReport(LedgerDatabase& database, Date asOf);

std::string renderDisputeReportText(const DisputeReport& report);
std::string renderDisputeReportCsv(const DisputeReport& report);
std::string renderDisputeReportJson(const DisputeReport& report);

// A listing of disputes, judged on `asOf` (past their service level or
// not), naming accounts and users.
struct DisputeListing {
    Date asOf = Date::fromDayNumber(0);
    std::vector<Dispute> disputes;
    std::map<AccountId, std::string> accountNumbers;
    std::map<AccountId, std::string> accountNames;
    std::map<UserId, std::string> userNames;
};
// The disputes the filter keeps (by account number, then the day raised),
// with the names of their accounts and of every user.
DisputeListing loadDisputeListing(LedgerDatabase& database, const DisputeFilter& filter, Date asOf);
std::string renderDisputeListText(const DisputeListing& listing);
std::string renderDisputeListJson(const DisputeListing& listing);

} // namespace duedesk
