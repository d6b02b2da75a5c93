// Version 9 of the Duedesk schema: write-offs.
//
// - write_off_limits: the largest total each approver may approve, in one
//   currency (the reporting currency when it was set), with who set it.
// - write_offs: a request on one account with its reason and evidence,
//   its state (requested, approved, rejected, posted), who decided it and
//   when (with the reason of a rejection), and who posted it and when.
// - write_off_items: the documents it writes off, each with the amount
//   and its currency. A document is in at most one pending (requested or
//   approved) write-off: the trigger says so even to a second writer.
// - write_off_events: every change with who and when; never changed or
//   deleted, as the contact log and the dispute events.
//
// Posting closes the amounts with document movements of their own cause,
// 'write_off': the movements' CHECK gains it, and SQLite cannot change a
// CHECK in place, so the table is rebuilt with the same rows and ids as in
// version 6. Nothing refers to document_movements and no trigger reads it.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion9 = R"SQL(
CREATE TABLE write_off_limits (
  user_id  INTEGER PRIMARY KEY REFERENCES users(id),
  amount   INTEGER NOT NULL CHECK (amount >= 0),
  currency TEXT NOT NULL,
  set_by   INTEGER REFERENCES users(id),
  set_on   INTEGER NOT NULL
) STRICT;

CREATE TABLE write_offs (
  id               INTEGER PRIMARY KEY,
  account_id       INTEGER NOT NULL REFERENCES accounts(id),
  reason           TEXT NOT NULL CHECK (reason = 'insolvent' OR reason = 'uneconomic' OR reason = 'small_balance' OR
                                        reason = 'settlement_agreed' OR reason = 'dispute_lost' OR reason = 'other'),
  evidence         TEXT NOT NULL CHECK (evidence <> ''),
  state            TEXT NOT NULL CHECK (state = 'requested' OR state = 'approved' OR state = 'rejected' OR
                                        state = 'posted'),
  requested_by     INTEGER REFERENCES users(id),
  requested_on     INTEGER NOT NULL,
  decided_by       INTEGER REFERENCES users(id),
  decided_on       INTEGER,
  rejection_reason TEXT NOT NULL DEFAULT '',
  posted_by        INTEGER REFERENCES users(id),
  posted_on        INTEGER,
  CHECK ((decided_on IS NULL) = (state = 'requested')),
  CHECK ((posted_on IS NULL) = (state <> 'posted')),
  CHECK ((rejection_reason <> '') = (state = 'rejected')),
  CHECK (decided_on IS NULL OR decided_on >= requested_on),
  CHECK (posted_on IS NULL OR posted_on >= decided_on)
) STRICT;
CREATE INDEX write_offs_account ON write_offs(account_id, requested_on);
CREATE INDEX write_offs_state ON write_offs(state);

CREATE TABLE write_off_items (
  write_off_id INTEGER NOT NULL REFERENCES write_offs(id),
  document_id  INTEGER NOT NULL REFERENCES documents(id),
  amount       INTEGER NOT NULL CHECK (amount > 0),
  currency     TEXT NOT NULL,
  PRIMARY KEY (write_off_id, document_id)
) STRICT;
CREATE INDEX write_off_items_document ON write_off_items(document_id, write_off_id);
CREATE TRIGGER write_off_items_one_pending BEFORE INSERT ON write_off_items
  WHEN EXISTS (SELECT 1 FROM write_off_items i JOIN write_offs w ON w.id = i.write_off_id
               WHERE i.document_id = NEW.document_id AND (w.state = 'requested' OR w.state = 'approved'))
  BEGIN SELECT RAISE(ABORT, 'the document is already in a pending write-off'); END;

CREATE TABLE write_off_events (
  id           INTEGER PRIMARY KEY,
  write_off_id INTEGER NOT NULL REFERENCES write_offs(id),
  state        TEXT NOT NULL CHECK (state = 'requested' OR state = 'approved' OR state = 'rejected' OR
                                    state = 'posted'),
  note         TEXT NOT NULL DEFAULT '',
  recorded_by  INTEGER REFERENCES users(id),
  recorded_on  INTEGER NOT NULL
) STRICT;
CREATE INDEX write_off_events_write_off ON write_off_events(write_off_id, id);
CREATE TRIGGER write_off_events_never_changed BEFORE UPDATE ON write_off_events
  BEGIN SELECT RAISE(ABORT, 'a write-off event is never changed'); END;
CREATE TRIGGER write_off_events_never_deleted BEFORE DELETE ON write_off_events
  BEGIN SELECT RAISE(ABORT, 'a write-off event is never deleted'); END;

CREATE TABLE document_movements_v8 (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id),
  effective_on  INTEGER NOT NULL,
  open_change   INTEGER NOT NULL,
  cause         TEXT NOT NULL CHECK (cause = 'import' OR cause = 'snapshot_close' OR cause = 'allocation' OR
                                     cause = 'allocation_reversal' OR cause = 'write_off'),
  import_run_id INTEGER REFERENCES import_runs(id),
  allocation_id INTEGER REFERENCES allocations(id),
  reversal_id   INTEGER REFERENCES allocation_reversals(id)
) STRICT;
INSERT INTO document_movements_v8 (id, document_id, effective_on, open_change, cause, import_run_id, allocation_id,
                                   reversal_id)
  SELECT id, document_id, effective_on, open_change, cause, import_run_id, allocation_id, reversal_id
  FROM document_movements;
DROP TABLE document_movements;
ALTER TABLE document_movements_v8 RENAME TO document_movements;
CREATE INDEX document_movements_document ON document_movements(document_id, effective_on);
)SQL";

} // namespace duedesk::schema
