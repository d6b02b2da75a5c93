// WideInteger: 128-bit intermediates for exact arithmetic on minor units
// whose products (an amount times a rate, a percentage or a period of
// days) can pass 2^63. __extension__: a GCC and Clang type, outside ISO
// C++, so -Wpedantic does not warn.
#pragma once

namespace duedesk {

__extension__ typedef __int128 WideInteger;

// a / b rounded half away from zero; b > 0.
inline WideInteger divideRounded(WideInteger a, WideInteger b) {
    const WideInteger half = b / 2;
    return a >= 0 ? (a + half) / b : -((-a + half) / b);
}

} // namespace duedesk
