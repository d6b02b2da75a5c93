// User look-up and creation with name rules.
#include "duedesk/services/UserDirectory.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/SignIn.h"

#include "duedesk/storage/UnitOfWork.h"
#include "duedesk/storage/UserRepository.h"

namespace duedesk {
namespace {

User existing(LedgerDatabase& database, std::string_view name) {
    const auto user = database.users().findByName(name);
    if (!user) throw UserRejected("no user named \"" + std::string(name) + "\"");
    return *user;
}

// Someone must still be able to manage users afterwards.
void keepAnAdministrator(LedgerDatabase& database, const User& changed) {
    if (changed.role != Role::Administrator || !changed.active) return;
    for (const User& u : database.users().all())
        if (u.id != changed.id && u.role == Role::Administrator && u.active) return;
    throw UserRejected(changed.name + " is the only active administrator; make another user administrator first");
}

} // namespace

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
    const User user = existing(database_, name);
    try {
        SignIn(database_).setPassword(user.id, password);
    } catch (const std::invalid_argument& e) {
        throw UserRejected(e.what());
    }
}

void UserDirectory::setRole(std::string_view name, Role role, const Actor& by) {
    requirePermission(by, Permission::ManageUsers);
    UnitOfWork work(database_);
    const User user = existing(database_, name);
    if (user.role == role) return;
    if (role != Role::Administrator) keepAnAdministrator(database_, user);
    database_.users().setRole(user.id, role);
    work.commit();
}

void UserDirectory::setActive(std::string_view name, bool active, const Actor& by) {
    requirePermission(by, Permission::ManageUsers);
    UnitOfWork work(database_);
    const User user = existing(database_, name);
    if (user.active == active) return;
    if (!active && by.user == user.id) throw UserRejected(user.name + " cannot deactivate themselves");
    if (!active) keepAnAdministrator(database_, user);
    database_.users().setActive(user.id, active);
    work.commit();
}

} // namespace duedesk
