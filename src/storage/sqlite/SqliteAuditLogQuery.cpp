// Reads audit_log as stored: the verification must see exactly what is in
// the file, so nothing is filtered or repaired here.
#include "storage/sqlite/SqliteAuditLogQuery.h"

#include "storage/sqlite/Sqlite.h"

namespace duedesk {
namespace {

constexpr const char* kColumns =
    "SELECT id, at, actor, entity, action, row_key, before, after, previous_hash, hash FROM audit_log ";

AuditRecord recordAt(const sqlite::Statement& row) {
    AuditRecord r;
    r.id = row.int64(0);
    r.at = row.string(1);
    r.actor = row.string(2);
    r.entity = row.string(3);
    r.action = row.string(4);
    r.key = row.string(5);
    r.before = row.string(6);
    r.after = row.string(7);
    r.previousHash = row.string(8);
    r.hash = row.string(9);
    return r;
}

} // namespace

void SqliteAuditLogQuery::forEach(const std::function<bool(const AuditRecord&)>& visit) {
    sqlite::Statement rows(database_.connection(), std::string(kColumns) + "ORDER BY id");
    while (rows.step())
        if (!visit(recordAt(rows))) return;
}

void SqliteAuditLogQuery::forEachBetween(Date from, Date to, const std::function<void(const AuditRecord&)>& visit) {
    // Times are "YYYY-MM-DDTHH:MM:SSZ", so a day's records sort between
    // the day and the next one.
    const std::string first = from.toIso();
    const std::string afterLast = to.addDays(1).toIso();
    sqlite::Statement rows(database_.connection(), std::string(kColumns) + "WHERE at >= ?1 AND at < ?2 ORDER BY id");
    rows.bind(1, first).bind(2, afterLast);
    while (rows.step()) visit(recordAt(rows));
}

std::int64_t SqliteAuditLogQuery::count() { return database_.connection().queryInt("SELECT count(*) FROM audit_log"); }

} // namespace duedesk
