// Password sign-in against stored Argon2id hashes.
#include "duedesk/services/SignIn.h"

#include "duedesk/security/PasswordHasher.h"
#include "duedesk/storage/UnitOfWork.h"
#include "duedesk/storage/UserRepository.h"

#include <stdexcept>
#include <utility>

namespace duedesk {

SignIn::SignIn(LedgerDatabase& database, ApplicationLog log) : database_(database), log_(std::move(log)) {}

std::optional<User> SignIn::attempt(std::string_view name, std::string_view password) {
    UserRepository& users = database_.users();
    const auto user = users.findByName(name);
    if (!user || !user->active) {
        log_.signInFailed(name, user ? SignInFailure::Inactive : SignInFailure::UnknownUser);
        return std::nullopt;
    }
    const auto hash = users.passwordHash(user->id);
    if (!hash || !PasswordHasher().verify(*hash, password)) {
        log_.signInFailed(name, hash ? SignInFailure::WrongPassword : SignInFailure::NoPassword);
        return std::nullopt;
    }
    log_.signedIn(user->name);
    return user;
}

void SignIn::setPassword(UserId user, std::string_view password) {
    if (password.size() < 8) throw std::invalid_argument("a password needs at least 8 characters");
    const std::string hash = PasswordHasher().hash(password);
    UnitOfWork work(database_);
    database_.users().setPasswordHash(user, hash);
    work.commit();
}

} // namespace duedesk
