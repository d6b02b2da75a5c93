// The audit triggers are written from the tables' own column lists, so a
// table added by a later schema version is audited without code here.
#include "storage/sqlite/SqliteAuditTrail.h"

#include "storage/sqlite/Sqlite.h"

#include "duedesk/domain/AuditRecord.h"
#include "duedesk/security/Sha256.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <map>
#include <string_view>

namespace duedesk {
namespace {

// Kept by the ledger for speed and rebuilt from the documents: not
// business data, and the log itself.
constexpr std::array<std::string_view, 3> kNotAudited{"audit_log", "open_item_totals", "ledger_state"};

// What an import or the demo loads in bulk: the import run's own record
// (import_runs, audited) stands for these rows, which carry its id.
constexpr std::array<std::string_view, 6> kBulkTables{"accounts",  "addresses",          "contacts",
                                                      "documents", "document_movements", "allocations"};

struct Column {
    std::string name;
    std::string type;
    int primaryKeyPosition = 0;
};

std::string_view textArgument(sqlite3_value* value) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(value))) : std::string_view();
}

void resultText(sqlite3_context* context, const std::string& text) {
    sqlite3_result_text(context, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void auditAt(sqlite3_context* context, int, sqlite3_value**) {
    resultText(context, static_cast<SqliteAuditTrail*>(sqlite3_user_data(context))->transactionTime());
}

void auditActor(sqlite3_context* context, int, sqlite3_value**) {
    resultText(context, static_cast<const SqliteAuditTrail*>(sqlite3_user_data(context))->actor());
}

// duedesk_audit_hash(previous, id, at, actor, entity, action, key, before, after)
void auditHash(sqlite3_context* context, int, sqlite3_value** argv) {
    AuditRecord record;
    record.previousHash = textArgument(argv[0]);
    record.id = sqlite3_value_int64(argv[1]);
    record.at = textArgument(argv[2]);
    record.actor = textArgument(argv[3]);
    record.entity = textArgument(argv[4]);
    record.action = textArgument(argv[5]);
    record.key = textArgument(argv[6]);
    record.before = textArgument(argv[7]);
    record.after = textArgument(argv[8]);
    resultText(context, auditHashOf(record));
}

// A value that must not be copied into the log as it is (a password hash,
// a stored file): its SHA-256, which shows that it changed and what to.
void auditDigest(sqlite3_context* context, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(context);
    const void* bytes = sqlite3_value_blob(argv[0]);
    const auto size = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
    resultText(context, "sha256:" + sha256Hex(std::string_view(static_cast<const char*>(bytes), size)));
}

int forgetTimeOnCommit(void* trail) {
    static_cast<SqliteAuditTrail*>(trail)->forgetTransactionTime();
    return 0; // let the commit go ahead
}

void forgetTimeOnRollback(void* trail) { static_cast<SqliteAuditTrail*>(trail)->forgetTransactionTime(); }

std::string quoted(std::string_view text) {
    std::string out = "'";
    for (const char c : text) {
        out.push_back(c);
        if (c == '\'') out.push_back('\'');
    }
    return out + "'";
}

std::string identifier(std::string_view name) {
    std::string out = "\"";
    for (const char c : name) {
        out.push_back(c);
        if (c == '"') out.push_back('"');
    }
    return out + "\"";
}

bool isSecret(const Column& column) {
    return column.name.find("password") != std::string::npos || column.type == "BLOB";
}

// json_object('column', row.column, ...) for row "NEW" or "OLD".
std::string rowObject(const std::vector<Column>& columns, std::string_view row) {
    std::string out = "json_object(";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string value = std::string(row) + "." + identifier(columns[i].name);
        if (i) out += ", ";
        out += quoted(columns[i].name) + ", ";
        out += isSecret(columns[i]) ? "duedesk_audit_digest(" + value + ")" : value;
    }
    return out + ")";
}

std::string rowKey(const std::vector<Column>& columns, std::string_view row) {
    std::vector<const Column*> key;
    for (const Column& c : columns)
        if (c.primaryKeyPosition > 0) key.push_back(&c);
    std::sort(key.begin(), key.end(),
              [](const Column* a, const Column* b) { return a->primaryKeyPosition < b->primaryKeyPosition; });
    if (key.empty()) return "CAST(" + std::string(row) + ".rowid AS TEXT)";
    if (key.size() == 1) return "CAST(" + std::string(row) + "." + identifier(key[0]->name) + " AS TEXT)";
    std::string out = "json_array(";
    for (std::size_t i = 0; i < key.size(); ++i)
        out += (i ? ", " : "") + std::string(row) + "." + identifier(key[i]->name);
    return out + ")";
}

std::string trigger(const std::string& table, std::string_view event, std::string_view action, const std::string& key,
                    const std::string& before, const std::string& after, const std::string& when) {
    const std::string name = identifier("audit_" + table + "_" + std::string(action));
    return "CREATE TEMP TRIGGER IF NOT EXISTS " + name + " AFTER " + std::string(event) + " ON main." +
           identifier(table) + when +
           " BEGIN INSERT INTO audit_log (id, at, actor, entity, action, row_key, before, after, previous_hash, hash)"
           " SELECT id, at, actor, " +
           quoted(table) + ", " + quoted(action) + ", k, b, a, p, duedesk_audit_hash(p, id, at, actor, " +
           quoted(table) + ", " + quoted(action) +
           ", k, b, a) FROM (SELECT coalesce((SELECT max(id) FROM audit_log), 0) + 1 AS id,"
           " duedesk_audit_at() AS at, duedesk_audit_actor() AS actor, " +
           key + " AS k, " + before + " AS b, " + after +
           " AS a, coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), " + quoted(kAuditChainStart) +
           ") AS p); END;\n";
}

std::string triggersFor(const std::string& table, const std::vector<Column>& columns) {
    const std::string after = rowObject(columns, "NEW");
    const std::string before = rowObject(columns, "OLD");
    // An update that changes nothing (an upsert writing the same values)
    // is not a change.
    return trigger(table, "INSERT", "insert", rowKey(columns, "NEW"), "''", after, "") +
           trigger(table, "UPDATE", "update", rowKey(columns, "NEW"), before, after,
                   " WHEN " + before + " IS NOT " + after) +
           trigger(table, "DELETE", "delete", rowKey(columns, "OLD"), before, "''", "");
}

bool contains(const auto& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

SqliteAuditTrail::SqliteAuditTrail(sqlite::Connection& connection) : connection_(connection) {
    sqlite3* db = connection_.handle();
    const int flags = SQLITE_UTF8;
    int rc = sqlite3_create_function_v2(db, "duedesk_audit_at", 0, flags, this, auditAt, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "duedesk_audit_actor", 0, flags, this, auditActor, nullptr, nullptr,
                                        nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "duedesk_audit_hash", 9, flags | SQLITE_DETERMINISTIC, nullptr, auditHash,
                                        nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "duedesk_audit_digest", 1, flags | SQLITE_DETERMINISTIC, nullptr,
                                        auditDigest, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) connection_.fail(rc, "registering the audit functions");
    sqlite3_commit_hook(db, forgetTimeOnCommit, this);
    sqlite3_rollback_hook(db, forgetTimeOnRollback, this);
}

SqliteAuditTrail::~SqliteAuditTrail() {
    sqlite3_commit_hook(connection_.handle(), nullptr, nullptr);
    sqlite3_rollback_hook(connection_.handle(), nullptr, nullptr);
}

const std::string& SqliteAuditTrail::transactionTime() {
    if (!timeValid_) {
        time_ = session_.clock ? session_.clock() : std::string();
        timeValid_ = true;
    }
    return time_;
}

void SqliteAuditTrail::arm() {
    // A ledger of an older schema (opened by a migration test) has no log.
    if (connection_.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'") == 0)
        return;
    armed_ = true;
    connection_.beforeFirstWrite([this] { ensureInstalled(); });
}

void SqliteAuditTrail::ensureInstalled() {
    if (!armed_ || installed_) return;
    connection_.beforeFirstWrite(nullptr);
    install();
    installed_ = true;
}

void SqliteAuditTrail::install() {
    tables_.clear();
    std::map<std::string, std::vector<Column>> columns;
    sqlite::Statement list(connection_, "SELECT m.name, p.name, upper(p.type), p.pk"
                                        " FROM sqlite_schema AS m, pragma_table_info(m.name) AS p"
                                        " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%'"
                                        " ORDER BY m.name, p.cid");
    while (list.step()) {
        std::string table = list.string(0);
        if (contains(kNotAudited, table)) continue;
        columns[table].push_back({list.string(1), list.string(2), list.int32(3)});
    }
    std::string all;
    for (const auto& [table, tableColumns] : columns) {
        tables_.push_back({table, triggersFor(table, tableColumns)});
        all += tables_.back().triggers;
    }
    connection_.exec(all);
}

void SqliteAuditTrail::pauseBulkTables() {
    ensureInstalled();
    std::string drops;
    for (const Table& t : tables_) {
        if (!contains(kBulkTables, t.name)) continue;
        for (const char* action : {"insert", "update", "delete"})
            drops += "DROP TRIGGER IF EXISTS temp." + identifier("audit_" + t.name + "_" + action) + ";\n";
    }
    if (!drops.empty()) connection_.exec(drops);
}

void SqliteAuditTrail::resumeBulkTables() {
    std::string creates;
    for (const Table& t : tables_)
        if (contains(kBulkTables, t.name)) creates += t.triggers;
    if (!creates.empty()) connection_.exec(creates);
}

} // namespace duedesk
