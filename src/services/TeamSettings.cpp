// The team's settings: read with their defaults, checked before they are written.
#include "duedesk/services/TeamSettings.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <string>

namespace duedesk {
TeamSettings::TeamSettings(LedgerDatabase& database) : database_(database) {}

std::optional<Currency> TeamSettings::reportingCurrency() {
    const auto code = database_.settings().get(kReportingCurrencySetting);
    return code ? Currency::fromCode(*code) : std::nullopt;
}

void TeamSettings::setReportingCurrency(const Currency& currency, const Actor& by) {
    requirePermission(by, Permission::ManageSettings);
    UnitOfWork work(database_);
    database_.settings().set(kReportingCurrencySetting, currency.code());
    work.commit();
}

DiarySettings TeamSettings::diarySettings() { return readDiarySettings(database_.settings()); }

void TeamSettings::setDiarySettings(const DiarySettings& d, const Actor& by) {
    requirePermission(by, Permission::ManageSettings);
    const int grace = d.commitments.graceDays;
    if (grace < 0 || grace > kMaxPromiseGraceDays)
        throw SettingRejected("The promise grace days must be 0 to " + std::to_string(kMaxPromiseGraceDays) + "; " +
                              std::to_string(grace) + " is not.");
    if (d.commitments.toleranceMinor < 0)
        throw SettingRejected("The promise tolerance must be 0 or more; " +
                              std::to_string(d.commitments.toleranceMinor) + " is not.");
    const int interval = d.minimumContactIntervalDays;
    if (interval < 0 || interval > kMaxMinimumContactIntervalDays)
        throw SettingRejected("The minimum contact interval must be 0 to " +
                              std::to_string(kMaxMinimumContactIntervalDays) + " days; " + std::to_string(interval) +
                              " is not.");
    UnitOfWork work(database_);
    SettingsRepository& settings = database_.settings();
    settings.set(kPromiseGraceDaysSetting, std::to_string(grace));
    settings.set(kPromiseToleranceSetting, std::to_string(d.commitments.toleranceMinor));
    settings.set(kMinimumContactIntervalSetting, std::to_string(interval));
    work.commit();
}

DisputeServiceLevels TeamSettings::disputeServiceLevels() { return readDisputeServiceLevels(database_.settings()); }

void TeamSettings::setDisputeServiceLevels(const DisputeServiceLevels& levels, const Actor& by) {
    requirePermission(by, Permission::ManageSettings);
    for (const DisputeReason reason : disputeReasons()) {
        const int days = levels.daysFor(reason);
        if (days < kMinDisputeServiceDays || days > kMaxDisputeServiceDays)
            throw SettingRejected("The service level for " + std::string(disputeReasonLabel(reason)) +
                                  " disputes must be " + std::to_string(kMinDisputeServiceDays) + " to " +
                                  std::to_string(kMaxDisputeServiceDays) + " days; " + std::to_string(days) +
                                  " is not.");
    }
    UnitOfWork work(database_);
    for (const DisputeReason reason : disputeReasons())
        database_.settings().set(std::string(kDisputeServiceDaysPrefix) + std::string(disputeReasonName(reason)),
                                 std::to_string(levels.daysFor(reason)));
    work.commit();
}

} // namespace duedesk
