// AuditRecord: one change to the ledger's business data, as the audit
// trail keeps it: who, when, which row of which table, and the row before
// and after (JSON objects of its columns; empty for an insert's before and
// a delete's after).
//
// The records form a hash chain: each one's hash is SHA-256 over its own
// fields and the hash of the record before it, so changing, removing or
// inserting a record breaks the chain from there on. docs/audit.md states
// the exact text hashed, for auditors who check it with their own tools.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace duedesk {

struct AuditRecord {
    std::int64_t id = 0; // 1, 2, 3, ... with no gaps
    std::string at; // UTC, "2026-11-25T13:45:12Z"
    std::string actor; // sign-in name, or "command line"
    std::string entity; // the table: "disputes"
    std::string action; // "insert", "update" or "delete"
    std::string key; // the row's key within the table: "42"
    std::string before; // JSON object, empty for an insert
    std::string after; // JSON object, empty for a delete
    std::string previousHash; // the hash of record id - 1 (kAuditChainStart for the first)
    std::string hash;
};

// The previous hash of the first record: 64 zeros.
inline constexpr std::string_view kAuditChainStart = "0000000000000000000000000000000000000000000000000000000000000000";

// The text the hash is taken over: previousHash, id, at, actor, entity,
// action, key, before and after, each followed by a line feed. None of
// them can hold a line feed of its own (JSON escapes it).
std::string auditHashedText(const AuditRecord& record);
// SHA-256 of auditHashedText, as 64 lower-case hex digits.
std::string auditHashOf(const AuditRecord& record);

} // namespace duedesk
