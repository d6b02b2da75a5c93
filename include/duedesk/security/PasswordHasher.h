// PasswordHasher: Argon2id password hashes through libsodium. Only the
// encoded hash (algorithm, parameters, salt and digest) is ever stored.
#pragma once

#include <string>
#include <string_view>

namespace duedesk {

class PasswordHasher final {
public:
    PasswordHasher(); // initialises libsodium; throws if it cannot
    // A new salted Argon2id hash ("$argon2id$v=19$m=...").
    std::string hash(std::string_view password) const;
    // Whether `password` matches `encodedHash`; false for a malformed hash.
    bool verify(std::string_view encodedHash, std::string_view password) const;
};

} // namespace duedesk
