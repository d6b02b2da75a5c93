// Version 6 of the Duedesk schema: reversing an allocation. An allocation
// is never deleted or changed: its reversal is a record of its own (who
// reversed it, and on which day), and the open amounts it took are given
// back by movements dated that day, so aging as of any earlier day still
// shows the allocation as it was. An allocation is reversed at most once
// (the UNIQUE key says so even to a second writer).
//
// The movements' cause gains 'allocation_reversal': SQLite cannot change a
// CHECK in place, so the table is rebuilt with the same rows and ids.
// Nothing refers to document_movements and no trigger reads it.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion6 = R"SQL(
CREATE TABLE allocation_reversals (
  id            INTEGER PRIMARY KEY,
  allocation_id INTEGER NOT NULL UNIQUE REFERENCES allocations(id),
  reversed_on   INTEGER NOT NULL,
  user_id       INTEGER REFERENCES users(id)
) STRICT;

CREATE TABLE document_movements_v5 (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id),
  effective_on  INTEGER NOT NULL,
  open_change   INTEGER NOT NULL,
  cause         TEXT NOT NULL CHECK (cause = 'import' OR cause = 'snapshot_close' OR cause = 'allocation' OR
                                     cause = 'allocation_reversal'),
  import_run_id INTEGER REFERENCES import_runs(id),
  allocation_id INTEGER REFERENCES allocations(id),
  reversal_id   INTEGER REFERENCES allocation_reversals(id)
) STRICT;
INSERT INTO document_movements_v5 (id, document_id, effective_on, open_change, cause, import_run_id, allocation_id)
  SELECT id, document_id, effective_on, open_change, cause, import_run_id, allocation_id FROM document_movements;
DROP TABLE document_movements;
ALTER TABLE document_movements_v5 RENAME TO document_movements;
CREATE INDEX document_movements_document ON document_movements(document_id, effective_on);
)SQL";

} // namespace duedesk::schema
