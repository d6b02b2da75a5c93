// User look-up and creation with name rules.
#include "duedesk/services/UserDirectory.h"

#include "duedesk/services/AccessPolicy.h"

#include "duedesk/storage/UnitOfWork.h"
#include "duedesk/storage/UserRepository.h"

namespace duedesk {
namespace {

bool validUserName(std::string_view name) {
    if (name.size() < 2 || name.size() > 32 || name[0] < 'a' || name[0] > 'z') return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
    return true;
}

} // namespace

UserDirectory::UserDirectory(LedgerDatabase& database) : database_(database) {}

std::optional<User> UserDirectory::find(std::string_view name) { return database_.users().findByName(name); }

std::vector<User> UserDirectory::all() { return database_.users().all(); }

UserId UserDirectory::add(const User& user, const Actor& by) {
    requirePermission(by, Permission::ManageUsers);
    if (!validUserName(user.name))
        throw UserRejected("\"" + user.name +
                           "\" is not a valid user name (2 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter)");
    UnitOfWork work(database_);
    UserRepository& users = database_.users();
    if (users.findByName(user.name)) throw UserRejected("a user named \"" + user.name + "\" already exists");
    const UserId id = users.add(user);
    work.commit();
    return id;
}

} // namespace duedesk
