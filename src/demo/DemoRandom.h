// DemoRandom: a small, fully specified generator (SplitMix64) so the demo
// ledger is identical on every platform and library version; the standard
// distributions are not specified bit for bit, this is.
#pragma once

#include <cstdint>
#include <iterator>

namespace duedesk::demo {

class DemoRandom final {
public:
    explicit DemoRandom(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high) {
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<std::int64_t>(next() % span);
    }
    // True with the given chance in percent.
    bool percent(int chance) { return between(0, 99) < chance; }
    // One element of any sized range (array, span), uniformly.
    template <class Range>
    const auto& pick(const Range& items) {
        const auto count = static_cast<std::int64_t>(std::size(items));
        return items[static_cast<std::size_t>(between(0, count - 1))];
    }

private:
    std::uint64_t state_;
};

} // namespace duedesk::demo
