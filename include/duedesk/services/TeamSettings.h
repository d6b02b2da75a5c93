// TeamSettings: settings the whole team shares, kept in the ledger. The
// reporting currency is the one amounts in other currencies are converted
// into for ranking, filtering and totals across currencies.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Currency.h"
#include "duedesk/domain/DiarySettings.h"
#include "duedesk/domain/Dispute.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <stdexcept>

namespace duedesk {

// A setting outside its allowed range; nothing was written.
class SettingRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

class TeamSettings final {
public:
    explicit TeamSettings(LedgerDatabase& database);
    // Nothing until a team leader or administrator sets one.
    std::optional<Currency> reportingCurrency();
    // Needs Permission::ManageSettings.
    void setReportingCurrency(const Currency& currency, const Actor& by);
    // As readDiarySettings (SettingsRepository.h): the defaults for any
    // not set or not a whole number in range.
    DiarySettings diarySettings();
    // Needs Permission::ManageSettings. Throws SettingRejected, naming the
    // setting, unless grace is 0..60 days, the tolerance is 0 or more and
    // the interval is 0..60 days; writes all three in one transaction.
    void setDiarySettings(const DiarySettings& settings, const Actor& by);

    // As readDisputeServiceLevels (SettingsRepository.h).
    DisputeServiceLevels disputeServiceLevels();
    // Needs Permission::ManageSettings. Throws SettingRejected, naming the
    // reason, unless every level is 1..365 days; writes all in one
    // transaction. Disputes already raised keep their due dates.
    void setDisputeServiceLevels(const DisputeServiceLevels& levels, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
