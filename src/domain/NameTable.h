// NameTable: the names an enum's values are stored and shown under, looked
// up both ways. Every enum with stored names uses one, so a value and its
// name can never be listed in two places that drift apart.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace duedesk {

template <class Enum, std::size_t N>
struct NameTable {
    std::array<std::pair<Enum, std::string_view>, N> entries;

    // The first entry's name stands in for a value missing from the table.
    std::string_view nameOf(Enum value) const {
        for (const auto& [v, name] : entries)
            if (v == value) return name;
        return entries.front().second;
    }
    std::array<Enum, N> values() const {
        std::array<Enum, N> out{};
        for (std::size_t i = 0; i < N; ++i) out[i] = entries[i].first;
        return out;
    }
    std::optional<Enum> valueOf(std::string_view name) const {
        for (const auto& [v, n] : entries)
            if (n == name) return v;
        return std::nullopt;
    }
};

} // namespace duedesk
