// User look-up and creation with name rules.
#include "duedesk/services/UserDirectory.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/SignIn.h"

#include "duedesk/storage/UnitOfWork.h"
#include "duedesk/storage/UserRepository.h"

namespace duedesk {
UserDirectory::UserDirectory(LedgerDatabase& database) : database_(database) {}

std::optional<User> UserDirectory::find(std::string_view name) { return database_.users().findByName(name); }

std::vector<User> UserDirectory::all() { return database_.users().all(); }

UserId UserDirectory::add(const User& user, const Actor& by) {
    requirePermission(by, Permission::ManageUsers);
    if (!isValidUserName(user.name))
        throw UserRejected("\"" + user.name + "\" is not a valid user name (" + kUserNameRule + ")");
    UnitOfWork work(database_);
    UserRepository& users = database_.users();
    if (users.findByName(user.name)) throw UserRejected("a user named \"" + user.name + "\" already exists");
    const UserId id = users.add(user);
    work.commit();
    return id;
}

void UserDirectory::setPassword(std::string_view name, std::string_view password, const Actor& by) {
    requirePermission(by, Permission::ManageUsers);
    const auto user = database_.users().findByName(name);
    if (!user) throw UserRejected("no user named \"" + std::string(name) + "\"");
    try {
        SignIn(database_).setPassword(user->id, password);
    } catch (const std::invalid_argument& e) {
        throw UserRejected(e.what());
    }
}

} // namespace duedesk
