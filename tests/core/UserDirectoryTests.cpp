// Managing users: roles change, users are deactivated, and the ledger
// always keeps an active administrator; only administrators may.
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/SignIn.h"
#include "duedesk/services/UserDirectory.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
void addUser(LedgerDatabase& db, const std::string& name, Role role) {
    UserDirectory(db).add({0, name, name, role, true, std::nullopt, false}, operatorActor());
}
} // namespace

TEST_CASE("An administrator changes roles and deactivates users, keeping an administrator", "[users]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("u.db"));
    addUser(*db, "amorgan", Role::Analyst);
    addUser(*db, "admin", Role::Administrator);
    UserDirectory users(*db);
    const User admin = *users.find("admin");
    const Actor byAdmin = Actor::person(admin, Date::ymd(2026, 11, 25));

    users.setRole("amorgan", Role::TeamLeader, byAdmin);
    CHECK(users.find("amorgan")->role == Role::TeamLeader);

    CHECK_THROWS_WITH(users.setRole("admin", Role::Analyst, byAdmin),
                      "admin is the only active administrator; make another user administrator first");
    CHECK_THROWS_WITH(users.setActive("admin", false, byAdmin), "admin cannot deactivate themselves");
    CHECK_THROWS_WITH(users.setRole("nobody", Role::Analyst, byAdmin), "no user named \"nobody\"");
    CHECK(users.find("admin")->role == Role::Administrator);

    users.setActive("amorgan", false, byAdmin);
    CHECK_FALSE(users.find("amorgan")->active);
    users.setActive("amorgan", true, byAdmin);
    CHECK(users.find("amorgan")->active);

    // With a second administrator, the first may step down.
    users.setRole("amorgan", Role::Administrator, byAdmin);
    users.setRole("admin", Role::WriteOffApprover, byAdmin);
    CHECK(users.find("admin")->role == Role::WriteOffApprover);
}

TEST_CASE("Only administrators manage users", "[users]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("u.db"));
    addUser(*db, "amorgan", Role::Analyst);
    addUser(*db, "hreid", Role::TeamLeader);
    UserDirectory users(*db);
    const Actor leader = Actor::person(*users.find("hreid"), Date::ymd(2026, 11, 25));
    CHECK_THROWS_WITH(users.setRole("amorgan", Role::TeamLeader, leader), "hreid (team_leader) may not manage users");
    CHECK_THROWS_AS(users.setActive("amorgan", false, leader), PermissionDenied);
    CHECK(users.find("amorgan")->role == Role::Analyst);
    CHECK(users.find("amorgan")->active);
}
