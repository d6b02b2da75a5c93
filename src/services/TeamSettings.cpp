// The team's settings: read with their defaults, checked before they are written.
#include "duedesk/services/TeamSettings.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <charconv>
#include <limits>
#include <string>

namespace duedesk {
namespace {

// The stored whole number when it is one within [low, high], else `fallback`.
template <class T>
T storedNumber(SettingsRepository& settings, std::string_view key, T low, T high, T fallback) {
    const auto text = settings.get(key);
    if (!text) return fallback;
    T value{};
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size() || value < low || value > high) return fallback;
    return value;
}

} // namespace

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

DiarySettings TeamSettings::diarySettings() {
    SettingsRepository& settings = database_.settings();
    const DiarySettings defaults;
    DiarySettings d;
    d.commitments.graceDays =
        storedNumber(settings, kPromiseGraceDaysSetting, 0, kMaxPromiseGraceDays, defaults.commitments.graceDays);
    d.commitments.toleranceMinor =
        storedNumber<std::int64_t>(settings, kPromiseToleranceSetting, 0, std::numeric_limits<std::int64_t>::max(),
                                   defaults.commitments.toleranceMinor);
    d.minimumContactIntervalDays = storedNumber(settings, kMinimumContactIntervalSetting, 0,
                                                kMaxMinimumContactIntervalDays, defaults.minimumContactIntervalDays);
    return d;
}

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

} // namespace duedesk
