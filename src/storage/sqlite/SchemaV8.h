// Version 8 of the Duedesk schema: disputes.
//
// - A dispute names an account, a reason from a fixed list, its state, the
//   owner who must resolve it (free text: a coordinator or a team outside
//   the ledger's users), the day it was raised and the day it is due by
//   (raised on + the service level for its reason when it was raised: a
//   later change of the setting does not move a dispute already raised).
// - dispute_documents: the invoices it covers, each with the amount
//   disputed and its currency.
// - dispute_events: every change (raised, investigated, owner changed,
//   resolved, withdrawn) with who and when; never changed or deleted, as
//   the contact log.
// The service levels per reason are settings ("dispute.service_days.*"),
// read with their defaults, so this step writes none.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion8 = R"SQL(
CREATE TABLE disputes (
  id         INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  reason     TEXT NOT NULL CHECK (reason IN ('pricing', 'quantity', 'not_received', 'duplicate_billing',
                                             'missing_po', 'quality', 'deduction', 'other')),
  state      TEXT NOT NULL CHECK (state IN ('open', 'investigating', 'credited', 'rejected', 'withdrawn')),
  owner      TEXT NOT NULL CHECK (owner <> ''),
  raised_on  INTEGER NOT NULL,
  due_on     INTEGER NOT NULL,
  raised_by  INTEGER REFERENCES users(id),
  note       TEXT NOT NULL DEFAULT '',
  -- Resolved or withdrawn on this day; empty while open or investigating.
  closed_on  INTEGER,
  CHECK (due_on >= raised_on),
  CHECK ((closed_on IS NULL) = (state IN ('open', 'investigating'))),
  CHECK (closed_on IS NULL OR closed_on >= raised_on)
) STRICT;
CREATE INDEX disputes_account ON disputes(account_id, raised_on);

CREATE TABLE dispute_documents (
  dispute_id  INTEGER NOT NULL REFERENCES disputes(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  amount      INTEGER NOT NULL CHECK (amount > 0),
  currency    TEXT NOT NULL,
  PRIMARY KEY (dispute_id, document_id)
) STRICT;
-- What is disputed on an invoice: read for each invoice a dispute names.
CREATE INDEX dispute_documents_document ON dispute_documents(document_id, dispute_id, amount);

CREATE TABLE dispute_events (
  id          INTEGER PRIMARY KEY,
  dispute_id  INTEGER NOT NULL REFERENCES disputes(id),
  state       TEXT NOT NULL CHECK (state IN ('open', 'investigating', 'credited', 'rejected', 'withdrawn')),
  owner       TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER REFERENCES users(id),
  recorded_on INTEGER NOT NULL
) STRICT;
CREATE INDEX dispute_events_dispute ON dispute_events(dispute_id, id);
CREATE TRIGGER dispute_events_never_changed BEFORE UPDATE ON dispute_events
  BEGIN SELECT RAISE(ABORT, 'a dispute event is never changed'); END;
CREATE TRIGGER dispute_events_never_deleted BEFORE DELETE ON dispute_events
  BEGIN SELECT RAISE(ABORT, 'a dispute event is never deleted'); END;
)SQL";

} // namespace duedesk::schema
