// Word lists the demo portfolio builds customer names, people and
// addresses from.
#pragma once

#include <span>
#include <string_view>

namespace duedesk::demo {

struct Country {
    std::string_view code; // ISO 3166 alpha-2
    std::string_view currency; // the currency its customers are billed in
    std::span<const std::string_view> legalForms;
    std::span<const std::string_view> cities;
    std::span<const std::string_view> streets;
    std::string_view phonePrefix;
};

std::span<const Country> countries();
std::span<const std::string_view> companyStems();
std::span<const std::string_view> companyTrades();
std::span<const std::string_view> firstNames();
std::span<const std::string_view> lastNames();
std::span<const std::string_view> jobTitles();

} // namespace duedesk::demo
