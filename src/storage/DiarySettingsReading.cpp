// Reading the diary's settings from the ledger's settings, with their defaults.
#include "duedesk/storage/SettingsRepository.h"

#include <charconv>
#include <limits>

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

DiarySettings readDiarySettings(SettingsRepository& settings) {
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

} // namespace duedesk
