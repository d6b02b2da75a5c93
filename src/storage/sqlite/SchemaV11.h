// Version 11 of the Duedesk schema: credit memo requests.
//
// - credit_memo_requests: a request raised from one dispute with its
//   justification, its state (requested, approved, rejected, credited,
//   cancelled), who decided it and when (with the reason of a rejection),
//   and, once credited, the credit note that settled it and the day. A
//   dispute has at most one pending (requested or approved) request, and a
//   credit note settles at most one request: the trigger and the unique
//   index say so even to a second writer.
// - credit_memo_items: the dispute's invoices it credits, each with the
//   amount and its currency.
// - credit_memo_events: every change with who and when; never changed or
//   deleted, as the dispute and write-off events.
//
// The allocations a credit makes are ordinary allocations (version 1), so
// the movements need no new cause.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion11 = R"SQL(
CREATE TABLE credit_memo_requests (
  id               INTEGER PRIMARY KEY,
  dispute_id       INTEGER NOT NULL REFERENCES disputes(id),
  justification    TEXT NOT NULL CHECK (justification <> ''),
  state            TEXT NOT NULL CHECK (state IN ('requested', 'approved', 'rejected', 'credited', 'cancelled')),
  requested_by     INTEGER REFERENCES users(id),
  requested_on     INTEGER NOT NULL,
  decided_by       INTEGER REFERENCES users(id),
  decided_on       INTEGER,
  rejection_reason TEXT NOT NULL DEFAULT '',
  credit_note_id   INTEGER REFERENCES documents(id),
  credited_on      INTEGER,
  CHECK (decided_on IS NOT NULL OR state IN ('requested', 'cancelled')),
  CHECK (decided_on IS NULL OR state <> 'requested'),
  CHECK ((rejection_reason <> '') = (state = 'rejected')),
  CHECK ((credit_note_id IS NULL) = (state <> 'credited')),
  CHECK ((credited_on IS NULL) = (state <> 'credited')),
  CHECK (decided_on IS NULL OR decided_on >= requested_on),
  CHECK (credited_on IS NULL OR credited_on >= decided_on)
) STRICT;
CREATE INDEX credit_memo_requests_dispute ON credit_memo_requests(dispute_id, id);
CREATE INDEX credit_memo_requests_state ON credit_memo_requests(state);
CREATE UNIQUE INDEX credit_memo_requests_credit_note ON credit_memo_requests(credit_note_id)
  WHERE credit_note_id IS NOT NULL;
CREATE TRIGGER credit_memo_requests_one_pending BEFORE INSERT ON credit_memo_requests
  WHEN EXISTS (SELECT 1 FROM credit_memo_requests r
               WHERE r.dispute_id = NEW.dispute_id AND r.state IN ('requested', 'approved'))
  BEGIN SELECT RAISE(ABORT, 'the dispute already has a pending credit memo request'); END;

CREATE TABLE credit_memo_items (
  request_id  INTEGER NOT NULL REFERENCES credit_memo_requests(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  amount      INTEGER NOT NULL CHECK (amount > 0),
  currency    TEXT NOT NULL,
  PRIMARY KEY (request_id, document_id)
) STRICT;

CREATE TABLE credit_memo_events (
  id          INTEGER PRIMARY KEY,
  request_id  INTEGER NOT NULL REFERENCES credit_memo_requests(id),
  state       TEXT NOT NULL CHECK (state IN ('requested', 'approved', 'rejected', 'credited', 'cancelled')),
  note        TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER REFERENCES users(id),
  recorded_on INTEGER NOT NULL
) STRICT;
CREATE INDEX credit_memo_events_request ON credit_memo_events(request_id, id);
CREATE TRIGGER credit_memo_events_never_changed BEFORE UPDATE ON credit_memo_events
  BEGIN SELECT RAISE(ABORT, 'a credit memo event is never changed'); END;
CREATE TRIGGER credit_memo_events_never_deleted BEFORE DELETE ON credit_memo_events
  BEGIN SELECT RAISE(ABORT, 'a credit memo event is never deleted'); END;
)SQL";

} // namespace duedesk::schema
