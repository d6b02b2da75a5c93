// Sha256: the SHA-256 digest (FIPS 180-4) through libsodium, as lower-case
// hex, for the audit trail's hash chain.
#pragma once

#include <string>
#include <string_view>

namespace duedesk {

// 64 lower-case hex digits.
std::string sha256Hex(std::string_view data);

} // namespace duedesk
