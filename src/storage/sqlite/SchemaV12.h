// Version 12 of the Duedesk schema: the audit trail.
//
// - audit_log: every change to the ledger's business data, one row per
//   changed row, with who, when, the row before and after, and the hash
//   chain (domain/AuditRecord.h). Rows are written by the triggers each
//   connection installs (SqliteAuditTrail), never by a repository.
// - The log is append-only: these triggers refuse to change or delete a
//   record. Someone editing the file by hand can drop them, which is what
//   the hash chain is for: `duedesk-cli audit verify` then names the first
//   record that does not match.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion12 = R"SQL(
CREATE TABLE audit_log (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  actor         TEXT NOT NULL,
  entity        TEXT NOT NULL,
  action        TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  row_key       TEXT NOT NULL,
  before        TEXT NOT NULL,
  after         TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash          TEXT NOT NULL
) STRICT;

-- Exports select a period by the records' time.
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only: a record cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only: a record cannot be deleted');
END;
)SQL";

} // namespace duedesk::schema
