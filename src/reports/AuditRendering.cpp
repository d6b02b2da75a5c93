// No cell of an audit record can start like a formula (times, names,
// table names, keys and JSON objects), so the CSV keeps every value exact,
// as a file meant for a program does.
#include "duedesk/reports/AuditRendering.h"

#include "duedesk/reports/CsvWriter.h"

#include <nlohmann/json.hpp>

namespace duedesk {

std::string renderAuditCsv(const std::vector<AuditRecord>& records) {
    std::string out;
    CsvWriter csv(out, CsvReader::Program);
    for (const char* header :
         {"id", "at", "actor", "entity", "action", "key", "before", "after", "previous_hash", "hash"})
        csv.field(header);
    csv.endRow();
    for (const AuditRecord& r : records) {
        csv.number(std::to_string(r.id)).field(r.at).field(r.actor).field(r.entity).field(r.action).field(r.key);
        csv.field(r.before).field(r.after).field(r.previousHash).field(r.hash);
        csv.endRow();
    }
    return out;
}

std::string renderAuditJson(const std::vector<AuditRecord>& records) {
    using json = nlohmann::ordered_json;
    json list = json::array();
    for (const AuditRecord& r : records) {
        list.push_back({{"id", r.id},
                        {"at", r.at},
                        {"actor", r.actor},
                        {"entity", r.entity},
                        {"action", r.action},
                        {"key", r.key},
                        {"before", r.before},
                        {"after", r.after},
                        {"previous_hash", r.previousHash},
                        {"hash", r.hash}});
    }
    return list.dump(2) + "\n";
}

} // namespace duedesk
