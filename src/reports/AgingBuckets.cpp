// Bucket bounds, labels and classification.
#include "duedesk/reports/AgingBuckets.h"

#include <algorithm>
#include <charconv>

namespace duedesk {

AgingBuckets AgingBuckets::standard() { return AgingBuckets({30, 60, 90, 120}); }

std::optional<AgingBuckets> AgingBuckets::fromBounds(std::vector<int> bounds, std::string* reason) {
    if (bounds.empty()) {
        if (reason) *reason = "at least one bucket bound is needed";
        return std::nullopt;
    }
    int previous = 0;
    for (int b : bounds) {
        if (b <= previous) {
            if (reason) *reason = "bucket bounds must be positive and increasing";
            return std::nullopt;
        }
        previous = b;
    }
    return AgingBuckets(std::move(bounds));
}

std::optional<AgingBuckets> AgingBuckets::parse(std::string_view text, std::string* reason) {
    std::vector<int> bounds;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string_view::npos) comma = text.size();
        const std::string_view part = text.substr(start, comma - start);
        int value = 0;
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (part.empty() || ec != std::errc() || end != part.data() + part.size()) {
            if (reason) *reason = "\"" + std::string(part) + "\" is not a whole number of days";
            return std::nullopt;
        }
        bounds.push_back(value);
        start = comma + 1;
    }
    return fromBounds(std::move(bounds), reason);
}

std::string AgingBuckets::label(std::size_t index) const {
    if (index == 0) return "current";
    if (index <= bounds_.size()) {
        const int low = index == 1 ? 1 : bounds_[index - 2] + 1;
        return std::to_string(low) + "-" + std::to_string(bounds_[index - 1]);
    }
    return std::to_string(bounds_.back() + 1) + "+";
}

std::size_t AgingBuckets::bucketFor(int daysPastDue) const {
    if (daysPastDue <= 0) return 0;
    const auto it = std::ranges::lower_bound(bounds_, daysPastDue);
    return static_cast<std::size_t>(it - bounds_.begin()) + 1;
}

} // namespace duedesk
