// Currency: an ISO 4217 code and how many minor digits it has. Money needs
// the digits to parse and format exactly ("12.345" is valid BHD, not GBP).
#pragma once

#include <array>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

class Currency final {
public:
    // XXX, ISO 4217's code for "no currency": the value of a Money or row
    // not yet filled in. Cheap, so hot loops can default-construct.
    Currency() : code_{'X', 'X', 'X'}, minorDigits_(0) {}

    // Returns the currency for a known ISO 4217 code (upper case), or
    // nothing: an unknown code is a data error, never guessed.
    static std::optional<Currency> fromCode(std::string_view code);

    // For codes known to be valid at compile time (tests, demo data).
    static Currency of(std::string_view code);

    std::string_view code() const { return {code_.data(), 3}; }
    int minorDigits() const { return minorDigits_; }
    // 10^minorDigits: how many minor units make one major unit.
    long long minorPerMajor() const;

    friend bool operator==(const Currency& a, const Currency& b) { return a.code_ == b.code_; }
    friend std::strong_ordering operator<=>(const Currency& a, const Currency& b) { return a.code_ <=> b.code_; }

private:
    Currency(std::array<char, 3> code, int digits) : code_(code), minorDigits_(digits) {}
    std::array<char, 3> code_;
    int minorDigits_;
};

} // namespace duedesk
