// Windows-1252 and UTF-16 to UTF-8, one block at a time, so a file is
// decoded as it is read instead of converted whole.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace duedesk {

// Every byte is a character in Windows-1252: `out` must hold
// 3 * in.size() bytes (no character takes more).
std::size_t windows1252ToUtf8(std::string_view in, char* out);

// UTF-16 in blocks that may end inside a unit or between the two halves of
// a surrogate pair: the incomplete end of a block is carried to the next.
class Utf16ToUtf8 final {
public:
    // Bytes carried over at most (a high surrogate and an odd byte).
    static constexpr std::size_t kMaxCarry = 3;

    explicit Utf16ToUtf8(bool bigEndian) : bigEndian_(bigEndian) {}

    // Converts the carried bytes and then `in`; returns the bytes written
    // to `out`, which must hold 3 * (in.size() + kMaxCarry) / 2 bytes.
    // Stops for good at the first unpaired surrogate (see bad()).
    std::size_t convert(std::string_view in, char* out);
    // The input has ended: bytes still carried are an odd byte or a high
    // surrogate without its pair, and make the text invalid there.
    void finish();

    // Offset, from the first byte converted, of the first unit that is not
    // valid UTF-16; nothing at or after it is converted.
    std::optional<std::size_t> bad() const { return bad_; }

private:
    bool bigEndian_;
    unsigned char carry_[kMaxCarry] = {};
    std::size_t carried_ = 0;
    std::size_t consumed_ = 0; // offset of carry_[0] in the whole input
    std::optional<std::size_t> bad_;
};

} // namespace duedesk
