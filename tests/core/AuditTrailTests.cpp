// The audit trail: what is recorded, the hash chain, and tampering with the
// file by hand found and named. Hashes are checked against SHA-256 itself
// (the FIPS 180-2 test vector) and the documented text, not against the
// code that wrote them.
#include "duedesk/reports/AuditRendering.h"
#include "duedesk/security/Sha256.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/AuditTrail.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AuditLogQuery.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/StorageError.h"
#include "duedesk/storage/UnitOfWork.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::vector<AuditRecord> allRecords(LedgerDatabase& db) {
    std::vector<AuditRecord> out;
    db.auditLog().forEach([&](const AuditRecord& r) {
        out.push_back(r);
        return true;
    });
    return out;
}

// A ledger whose changes are recorded under amorgan at a fixed time.
std::unique_ptr<LedgerDatabase> auditedLedger(const std::string& path) {
    auto db = LedgerDatabase::open(path);
    db->setAuditSession({"amorgan", [] { return std::string("2026-11-25T09:30:00Z"); }});
    return db;
}

// Three settings written one by one: records 1 to 3.
void writeThreeSettings(LedgerDatabase& db) {
    db.settings().set("test.one", "1");
    db.settings().set("test.two", "2");
    db.settings().set("test.one", "one");
}

} // namespace

TEST_CASE("SHA-256 is the standard digest", "[audit]") {
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("Each changed row is recorded with who, when, before and after", "[audit]") {
    TempDir dir;
    auto db = auditedLedger(dir.file("a.db"));
    writeThreeSettings(*db);
    {
        UnitOfWork work(*db);
        db->settings().set("test.two", "2"); // the same value: no change, no record
        work.commit();
    }

    const auto records = allRecords(*db);
    REQUIRE(records.size() == 3);
    CHECK(records[0].id == 1);
    CHECK(records[0].at == "2026-11-25T09:30:00Z");
    CHECK(records[0].actor == "amorgan");
    CHECK(records[0].entity == "settings");
    CHECK(records[0].action == "insert");
    CHECK(records[0].key == "test.one");
    CHECK(records[0].before == "");
    CHECK(records[0].after == R"({"key":"test.one","value":"1"})");
    CHECK(records[0].previousHash == kAuditChainStart);
    CHECK(records[2].action == "update");
    CHECK(records[2].before == R"({"key":"test.one","value":"1"})");
    CHECK(records[2].after == R"({"key":"test.one","value":"one"})");
    CHECK(records[2].previousHash == records[1].hash);

    // The hash is SHA-256 of the documented text: each field and a line feed.
    const std::string text = std::string(kAuditChainStart) +
                             "\n1\n2026-11-25T09:30:00Z\namorgan\nsettings\ninsert\ntest.one\n\n"
                             R"({"key":"test.one","value":"1"})"
                             "\n";
    CHECK(auditHashedText(records[0]) == text);
    CHECK(records[0].hash == sha256Hex(text));
}

TEST_CASE("A change rolled back leaves no audit record", "[audit]") {
    TempDir dir;
    auto db = auditedLedger(dir.file("a.db"));
    {
        UnitOfWork work(*db);
        db->settings().set("test.one", "1");
    }
    CHECK(db->auditLog().count() == 0);
}

TEST_CASE("A deleted row and a password are recorded without the secret", "[audit]") {
    TempDir dir;
    auto db = auditedLedger(dir.file("a.db"));
    UserDirectory users(*db);
    const Actor admin = operatorActor();
    users.add({0, "cdavies", "Carys Davies", Role::Analyst, true, std::nullopt, false}, admin);
    users.setPassword("cdavies", "a long password", admin);

    const auto records = allRecords(*db);
    REQUIRE(records.size() == 2);
    CHECK(records[0].entity == "users");
    CHECK(records[0].action == "insert");
    CHECK(records[0].after.find(R"("name":"cdavies")") != std::string::npos);
    CHECK(records[1].action == "update");
    CHECK(records[1].before.find(R"("password_hash":null)") != std::string::npos);
    // The stored Argon2 hash never reaches the log, only a digest of it.
    CHECK(records[1].after.find("$argon2") == std::string::npos);
    CHECK(records[1].after.find(R"("password_hash":"sha256:)") != std::string::npos);
}

TEST_CASE("An import is recorded by its run, not row by row", "[audit]") {
    TempDir dir;
    const std::string path = dir.file("hand.db");
    openHandLedger(path).reset();
    auto db = LedgerDatabase::open(path);
    std::int64_t documentRecords = 0;
    std::int64_t runRecords = 0;
    for (const AuditRecord& r : allRecords(*db)) {
        documentRecords += r.entity == "documents" || r.entity == "document_movements" ? 1 : 0;
        runRecords += r.entity == "import_runs" ? 1 : 0;
    }
    CHECK(documentRecords == 0);
    CHECK(runRecords == 2); // begun, then finished with its counts
    // The triggers are back after the import: a later change is recorded.
    db->settings().set("test.after", "x");
    const auto records = allRecords(*db);
    CHECK(records.back().entity == "settings");
    CHECK(AuditTrail(*db).verify().intact());
}

TEST_CASE("The audit log refuses to be changed through the program", "[audit]") {
    TempDir dir;
    auto db = auditedLedger(dir.file("a.db"));
    writeThreeSettings(*db);
    db.reset();
    CHECK_THROWS_WITH(execSql(dir.file("a.db"), "UPDATE audit_log SET actor = 'x' WHERE id = 2"),
                      Catch::Contains("the audit log is append-only: a record cannot be changed"));
    CHECK_THROWS_WITH(execSql(dir.file("a.db"), "DELETE FROM audit_log WHERE id = 2"),
                      Catch::Contains("the audit log is append-only: a record cannot be deleted"));
}

TEST_CASE("The chain verifies and names the first record changed, deleted or put in by hand", "[audit]") {
    TempDir dir;
    const std::string path = dir.file("a.db");
    auto db = auditedLedger(path);
    writeThreeSettings(*db);
    db->settings().set("test.three", "3"); // record 4
    const auto records = allRecords(*db);
    const AuditChainCheck good = AuditTrail(*db).verify();
    CHECK(good.intact());
    CHECK(good.records == 4);
    CHECK(good.lastGoodId == 4);
    CHECK(good.lastGoodHash == records[3].hash);
    db.reset();
    // Someone with the file drops the guards first.
    execSql(path, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");

    const auto verified = [&] { return AuditTrail(*LedgerDatabase::open(path)).verify(); };

    SECTION("a record edited") {
        execSql(path, R"(UPDATE audit_log SET after = '{"key":"test.two","value":"20"}' WHERE id = 2)");
        const AuditChainCheck c = verified();
        REQUIRE_FALSE(c.intact());
        CHECK(c.firstBreak->record == 2);
        CHECK(c.firstBreak->reason == "record 2 does not match its hash: it was changed after it was written");
        CHECK(c.lastGoodId == 1);
        CHECK(c.lastGoodHash == records[0].hash);
    }
    SECTION("a record edited and its hash recomputed") {
        AuditRecord forged = records[1];
        forged.after = R"({"key":"test.two","value":"20"})";
        forged.hash = auditHashOf(forged);
        execSql(path, "UPDATE audit_log SET after = '" + forged.after + "', hash = '" + forged.hash + "' WHERE id = 2");
        const AuditChainCheck c = verified();
        REQUIRE_FALSE(c.intact());
        CHECK(c.firstBreak->record == 3);
        CHECK(c.firstBreak->reason == "record 3 does not follow record 2: the previous hash it carries is not that "
                                      "record's hash (a record was replaced or put in)");
    }
    SECTION("a record deleted") {
        execSql(path, "DELETE FROM audit_log WHERE id = 3");
        const AuditChainCheck c = verified();
        REQUIRE_FALSE(c.intact());
        CHECK(c.firstBreak->record == 3);
        CHECK(c.firstBreak->reason == "record 3 is missing: record 4 follows record 2 (records were deleted)");
    }
    SECTION("the last record deleted, found by the hash an auditor noted") {
        execSql(path, "DELETE FROM audit_log WHERE id = 4");
        CHECK(verified().intact()); // a chain alone cannot tell
        const AuditChainCheck c = AuditTrail(*LedgerDatabase::open(path)).verify(AuditAnchor{4, records[3].hash});
        REQUIRE_FALSE(c.intact());
        CHECK(c.firstBreak->record == 4);
        CHECK(c.firstBreak->reason ==
              "record 4 noted earlier is gone: the trail ends at record 3 (records were removed from the end)");
        CHECK(AuditTrail(*LedgerDatabase::open(path)).verify(AuditAnchor{3, records[2].hash}).intact());
    }
    SECTION("a noted record whose hash changed") {
        const AuditChainCheck c = AuditTrail(*LedgerDatabase::open(path)).verify(AuditAnchor{2, records[0].hash});
        REQUIRE_FALSE(c.intact());
        CHECK(c.firstBreak->record == 2);
        CHECK(c.firstBreak->reason ==
              "record 2 no longer has the hash noted (" + records[0].hash + "): the trail was rewritten from there on");
    }
    SECTION("a record put in at the end") {
        execSql(path, "INSERT INTO audit_log VALUES (5, '2026-11-25T10:00:00Z', 'amorgan', 'settings', 'insert', "
                      "'x', '', '{}', '" +
                          records[3].hash + "', 'abc')");
        const AuditChainCheck c = verified();
        REQUIRE_FALSE(c.intact());
        CHECK(c.firstBreak->record == 5);
        CHECK(c.firstBreak->reason == "record 5 does not match its hash: it was changed after it was written");
        CHECK(c.lastGoodId == 4);
    }
}

TEST_CASE("The audit records of a period go to those who may read them", "[audit]") {
    TempDir dir;
    const std::string path = dir.file("a.db");
    std::string now = "2026-11-24T23:59:59Z";
    auto db = LedgerDatabase::open(path);
    db->setAuditSession({"amorgan", [&] { return now; }});
    db->settings().set("test.one", "1");
    now = "2026-11-25T00:00:00Z";
    db->settings().set("test.two", "2");
    now = "2026-11-26T08:00:00Z";
    db->settings().set("test.three", "3");

    const Date day = Date::ymd(2026, 11, 25);
    const Actor analyst{UserId{7}, Role::Analyst, day, "amorgan"};
    const Actor leader{UserId{8}, Role::TeamLeader, day, "hreid"};
    CHECK_THROWS_AS(AuditTrail(*db).records(day, day, analyst), PermissionDenied);
    const auto records = AuditTrail(*db).records(day, day, leader);
    REQUIRE(records.size() == 1);
    CHECK(records[0].id == 2);
    CHECK(AuditTrail(*db).records(Date::ymd(2026, 11, 24), Date::ymd(2026, 11, 26), leader).size() == 3);

    const std::string csv = renderAuditCsv(records);
    CHECK(csv ==
          "id,at,actor,entity,action,key,before,after,previous_hash,hash\r\n"
          "2,2026-11-25T00:00:00Z,amorgan,settings,insert,test.two,,\"{\"\"key\"\":\"\"test.two\"\",\"\"value\"\":"
          "\"\"2\"\"}\"," +
              records[0].previousHash + "," + records[0].hash + "\r\n");
}
