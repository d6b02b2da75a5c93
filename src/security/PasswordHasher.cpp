// Argon2id with libsodium's interactive limits: a sign-in takes a fraction
// of a second, a guessed password as long.
#include "duedesk/security/PasswordHasher.h"

#include <sodium.h>

#include <stdexcept>

namespace duedesk {

PasswordHasher::PasswordHasher() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string PasswordHasher::hash(std::string_view password) const {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool PasswordHasher::verify(std::string_view encodedHash, std::string_view password) const {
    const std::string hash(encodedHash); // libsodium wants it NUL-terminated
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

} // namespace duedesk
