// AgingBuckets: the day ranges an aging report sorts open invoices into.
// Upper bounds 30,60,90,120 give current, 1-30, 31-60, 61-90, 91-120, 121+.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

class AgingBuckets final {
public:
    static AgingBuckets standard();
    // Strictly increasing positive bounds; nothing (and a reason) otherwise.
    static std::optional<AgingBuckets> fromBounds(std::vector<int> bounds, std::string* reason = nullptr);
    // Parses "30,60,90,120".
    static std::optional<AgingBuckets> parse(std::string_view text, std::string* reason = nullptr);

    // current + one per bound + the open-ended last bucket.
    std::size_t count() const { return bounds_.size() + 2; }
    std::string label(std::size_t index) const;
    // Not yet past due (days <= 0) is bucket 0.
    std::size_t bucketFor(int daysPastDue) const;
    const std::vector<int>& bounds() const { return bounds_; }

private:
    explicit AgingBuckets(std::vector<int> bounds) : bounds_(std::move(bounds)) {}
    std::vector<int> bounds_;
};

} // namespace duedesk
