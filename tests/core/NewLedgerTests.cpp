// Creating a ledger on first start: complete or absent, never over a file.
#include "duedesk/services/NewLedger.h"
#include "duedesk/services/SignIn.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/StrategyRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace duedesk;
using namespace duedesk::test;
namespace fs = std::filesystem;

namespace {
const AuditSession kSetup{"first start", [] { return std::string("2026-11-25T09:00:00Z"); }};

User admin(std::string name) {
    User u;
    u.name = std::move(name);
    u.fullName = "Grace Admin";
    return u;
}
} // namespace

TEST_CASE("An empty ledger is created with its administrator, folders included", "[newledger]") {
    TempDir dir;
    const std::string path = dir.file("data/duedesk/duedesk.db");
    const User created = createEmptyLedger(path, admin("gadmin"), "correct horse", kSetup);
    CHECK(created.role == Role::Administrator);
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    const auto users = UserDirectory(*db).all();
    REQUIRE(users.size() == 1);
    CHECK(users[0].name == "gadmin");
    CHECK(users[0].fullName == "Grace Admin");
    CHECK(users[0].role == Role::Administrator);
    CHECK(SignIn(*db).attempt("gadmin", "correct horse")->id == created.id);
    CHECK_FALSE(SignIn(*db).attempt("gadmin", "wrong horse"));
    // The diary chases by the default strategies from the first day.
    std::vector<std::string> names;
    for (const Strategy& s : db->strategies().strategies()) names.push_back(s.name);
    std::ranges::sort(names);
    CHECK(names == std::vector<std::string>{"High risk", "Key account", "Standard", "Standard, call first"});
    CHECK(db->strategies().rules().size() == 3);
}

TEST_CASE("A refused first administrator leaves no file behind", "[newledger]") {
    TempDir dir;
    const std::string path = dir.file("new.db");
    CHECK_THROWS_WITH(createEmptyLedger(path, admin("gadmin"), "short", kSetup),
                      "A password needs at least 8 characters.");
    CHECK_FALSE(fs::exists(path));
    CHECK_THROWS_AS(createEmptyLedger(path, admin("Grace Admin"), "long enough", kSetup), UserRejected);
    CHECK_FALSE(fs::exists(path));
    CHECK_FALSE(fs::exists(path + "-wal"));
}

TEST_CASE("A new ledger is never made over an existing file", "[newledger]") {
    TempDir dir;
    const std::string path = dir.file("existing.db");
    writeFile(path, "my notes\n");
    CHECK_THROWS_AS(createEmptyLedger(path, admin("gadmin"), "long enough", kSetup), LedgerExists);
    CHECK_THROWS_AS(createDemoLedger(path, DemoOptions{}, kSetup), LedgerExists);
    CHECK(readFile(path) == "my notes\n");
}

TEST_CASE("The demo ledger is created with its users and their documented password", "[newledger]") {
    TempDir dir;
    const std::string path = dir.file("demo/demo.db");
    DemoOptions o;
    o.accounts = 20;
    o.invoices = 200;
    o.asOf = Date::ymd(2026, 6, 30);
    std::int64_t lastDone = 0;
    const DemoSummary summary =
        createDemoLedger(path, o, kSetup, [&](std::int64_t done, std::int64_t) { lastDone = done; });
    CHECK(summary.accounts == 20);
    CHECK(lastDone == 20);
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    CHECK(SignIn(*db).attempt("amorgan", kDemoPassword));
}
