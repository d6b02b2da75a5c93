// Sign-in: Argon2id hashes, wrong passwords, inactive users, demo users.
#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/security/PasswordHasher.h"
#include "duedesk/services/SignIn.h"
#include "duedesk/storage/UserRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

TEST_CASE("Password hashes are salted Argon2id and verify only the right password", "[signin]") {
    const PasswordHasher hasher;
    const std::string a = hasher.hash("correct horse");
    const std::string b = hasher.hash("correct horse");
    CHECK(a.starts_with("$argon2id$v=19$"));
    CHECK(a != b); // a new salt each time
    CHECK(hasher.verify(a, "correct horse"));
    CHECK(hasher.verify(b, "correct horse"));
    CHECK_FALSE(hasher.verify(a, "correct horsE"));
    CHECK_FALSE(hasher.verify("not a hash", "correct horse"));
}

TEST_CASE("Sign-in accepts the right password of an active user only", "[signin]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    UserRepository& users = db->users();
    const UserId alice = users.add({0, "amorgan", "Alice Morgan", Role::Analyst, true, std::nullopt, false});
    const UserId bob = users.add({0, "bokafor", "Ben Okafor", Role::Analyst, false, std::nullopt, false});
    SignIn signIn(*db);
    CHECK_FALSE(signIn.attempt("amorgan", "anything").has_value()); // no password set yet
    signIn.setPassword(alice, "s3cret-pass");
    signIn.setPassword(bob, "s3cret-pass");
    CHECK_THROWS_WITH(signIn.setPassword(alice, "short"), "a password needs at least 8 characters");

    const auto user = signIn.attempt("amorgan", "s3cret-pass");
    REQUIRE(user.has_value());
    CHECK(user->id == alice);
    CHECK(user->fullName == "Alice Morgan");
    CHECK(signIn.attempt("AMORGAN", "s3cret-pass").has_value()); // names ignore case
    CHECK_FALSE(signIn.attempt("amorgan", "s3cret-Pass").has_value());
    CHECK_FALSE(signIn.attempt("nobody", "s3cret-pass").has_value());
    CHECK_FALSE(signIn.attempt("bokafor", "s3cret-pass").has_value()); // inactive
    // Only the hash is stored.
    CHECK(users.passwordHash(alice)->find("s3cret") == std::string::npos);
}

TEST_CASE("Every demo user signs in with the published demo password", "[signin][demo]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("demo.db"));
    DemoOptions o;
    o.accounts = 5;
    o.invoices = 20;
    o.asOf = Date::ymd(2026, 11, 23);
    generateDemoPortfolio(*db, o);
    SignIn signIn(*db);
    for (const char* name : {"amorgan", "bokafor", "cdubois", "dpatel", "hreid", "fnaylor", "admin"})
        CHECK(signIn.attempt(name, kDemoPassword).has_value());
    CHECK(std::string(kDemoPassword) == "duedesk-demo");
}
