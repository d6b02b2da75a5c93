// Reading the dispute service levels from the ledger's settings, with their defaults.
#include "duedesk/storage/SettingsRepository.h"

#include <charconv>
#include <string>

namespace duedesk {

DisputeServiceLevels readDisputeServiceLevels(SettingsRepository& settings) {
    DisputeServiceLevels levels;
    for (const DisputeReason reason : disputeReasons()) {
        const auto text = settings.get(std::string(kDisputeServiceDaysPrefix) + std::string(disputeReasonName(reason)));
        if (!text) continue;
        int value = 0;
        const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
        // A ledger edited by hand must still open: a bad value keeps the default.
        if (error != std::errc() || end != text->data() + text->size() || value < kMinDisputeServiceDays ||
            value > kMaxDisputeServiceDays)
            continue;
        levels.set(reason, value);
    }
    return levels;
}

} // namespace duedesk
