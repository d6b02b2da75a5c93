// SettingsRepository: the team's settings, kept in the ledger so every
// user of it sees the same (the reporting currency, the diary's rules).
#pragma once

#include "duedesk/domain/DiarySettings.h"
#include "duedesk/domain/Dispute.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

// The ISO code of the currency amounts are converted into for ranking,
// filters and totals across currencies.
inline constexpr std::string_view kReportingCurrencySetting = "reporting_currency";

// The diary's rules (DiarySettings), as whole numbers in text.
inline constexpr std::string_view kPromiseGraceDaysSetting = "diary.promise_grace_days";
inline constexpr std::string_view kPromiseToleranceSetting = "diary.promise_tolerance_minor";
inline constexpr std::string_view kMinimumContactIntervalSetting = "diary.minimum_contact_interval_days";

// The days each dispute reason may take (DisputeServiceLevels): one
// setting per reason, "dispute.service_days.pricing" and so on.
inline constexpr std::string_view kDisputeServiceDaysPrefix = "dispute.service_days.";

class SettingsRepository {
public:
    virtual ~SettingsRepository() = default;
    virtual std::optional<std::string> get(std::string_view key) = 0;
    virtual void set(std::string_view key, std::string_view value) = 0;
};

// The diary's settings as stored, with the default (grace 3 days,
// tolerance 0, interval 3 days) for any not set, or set to something that
// is not a whole number in range: a ledger edited by hand must still open.
// Reports read them here; TeamSettings checks and writes them.
DiarySettings readDiarySettings(SettingsRepository& settings);

// The dispute service levels as stored, with the default for any reason
// not set or not a whole number of 1..365 days.
DisputeServiceLevels readDisputeServiceLevels(SettingsRepository& settings);

} // namespace duedesk
