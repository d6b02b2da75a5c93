// libsodium's crypto_hash_sha256 is plain SHA-256, so anyone can check the
// audit chain with any other implementation (sha256sum, Python's hashlib).
#include "duedesk/security/Sha256.h"

#include <sodium.h>

#include <array>

namespace duedesk {

std::string sha256Hex(std::string_view data) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(digest.size() * 2);
    for (const unsigned char byte : digest) {
        hex.push_back(kDigits[byte >> 4]);
        hex.push_back(kDigits[byte & 0x0f]);
    }
    return hex;
}

} // namespace duedesk
