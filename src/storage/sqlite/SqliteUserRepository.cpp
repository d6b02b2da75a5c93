// SQL for users.
#include "storage/sqlite/SqliteUserRepository.h"

namespace duedesk {
namespace {

constexpr const char* kColumns = "SELECT id, name, full_name, role, active, created_by_import_run, "
                                 "password_hash IS NOT NULL FROM users ";

User readUser(sqlite::Statement& s) {
    User u;
    u.id = s.int64(0);
    u.name = s.string(1);
    u.fullName = s.string(2);
    u.role = roleFromName(s.text(3)).value_or(Role::Analyst);
    u.active = s.int64(4) != 0;
    if (!s.isNull(5)) u.createdByImportRun = s.int64(5);
    u.hasPassword = s.int64(6) != 0;
    return u;
}

} // namespace

SqliteUserRepository::SqliteUserRepository(SqliteLedgerDatabase& database) : database_(database) {}

UserId SqliteUserRepository::add(const User& user, std::string_view passwordHash) {
    sqlite::Statement s(database_.connection(),
                        "INSERT INTO users (name, full_name, role, password_hash, active, created_by_import_run) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, user.name).bind(2, user.fullName).bind(3, roleName(user.role));
    if (passwordHash.empty())
        s.bindNull(4);
    else
        s.bind(4, passwordHash);
    s.bind(5, user.active ? 1 : 0);
    s.bind(6, user.createdByImportRun);
    s.run();
    return database_.connection().lastInsertId();
}

std::optional<User> SqliteUserRepository::findByName(std::string_view name) {
    sqlite::Statement s(database_.connection(), std::string(kColumns) + "WHERE name = ?");
    s.bind(1, name);
    if (!s.step()) return std::nullopt;
    return readUser(s);
}

std::optional<User> SqliteUserRepository::findById(UserId id) {
    sqlite::Statement s(database_.connection(), std::string(kColumns) + "WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return readUser(s);
}

std::vector<User> SqliteUserRepository::all() {
    sqlite::Statement s(database_.connection(), std::string(kColumns) + "ORDER BY name");
    std::vector<User> users;
    while (s.step()) users.push_back(readUser(s));
    return users;
}

std::optional<std::string> SqliteUserRepository::passwordHash(UserId id) {
    sqlite::Statement s(database_.connection(), "SELECT password_hash FROM users WHERE id = ?");
    s.bind(1, id);
    if (!s.step() || s.isNull(0)) return std::nullopt;
    return s.string(0);
}

void SqliteUserRepository::setPasswordHash(UserId id, std::string_view hash) {
    sqlite::Statement s(database_.connection(), "UPDATE users SET password_hash = ? WHERE id = ?");
    s.bind(1, hash).bind(2, id).run();
}

void SqliteUserRepository::setRole(UserId id, Role role) {
    sqlite::Statement s(database_.connection(), "UPDATE users SET role = ? WHERE id = ?");
    s.bind(1, roleName(role)).bind(2, id).run();
}

void SqliteUserRepository::setActive(UserId id, bool active) {
    sqlite::Statement s(database_.connection(), "UPDATE users SET active = ? WHERE id = ?");
    s.bind(1, active ? 1 : 0).bind(2, id).run();
}

} // namespace duedesk
