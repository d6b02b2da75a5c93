// Version 1 of the Duedesk schema. Later versions add steps beside it;
// this text never changes once released.
#pragma once

namespace duedesk::schema {

// CHECKs list allowed values with OR, not IN: SQLite builds a temporary
// table for an IN list of three or more on every insert.
//
// Dates are stored as days since 1970-01-01 (INTEGER), amounts as minor
// units (INTEGER) beside an ISO 4217 code. Amounts of documents are
// positive magnitudes; the type says whether they raise or lower a balance.
inline constexpr const char* kVersion1 = R"SQL(
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
  full_name     TEXT NOT NULL DEFAULT '',
  role          TEXT NOT NULL CHECK (role = 'analyst' OR role = 'team_leader' OR
                                     role = 'write_off_approver' OR role = 'administrator'),
  password_hash TEXT,
  active        INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE accounts (
  id                    INTEGER PRIMARY KEY,
  number                TEXT NOT NULL UNIQUE,
  name                  TEXT NOT NULL,
  payment_terms_days    INTEGER NOT NULL DEFAULT 30,
  credit_limit          INTEGER,
  credit_limit_currency TEXT,
  risk_class            TEXT NOT NULL DEFAULT '',
  analyst_id            INTEGER REFERENCES users(id),
  status                TEXT NOT NULL DEFAULT 'active'
                        CHECK (status = 'active' OR status = 'on_hold' OR status = 'closed')
) STRICT;
CREATE INDEX accounts_analyst ON accounts(analyst_id);

CREATE TABLE addresses (
  id         INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  kind       TEXT NOT NULL DEFAULT 'billing',
  line1      TEXT NOT NULL DEFAULT '',
  line2      TEXT NOT NULL DEFAULT '',
  city       TEXT NOT NULL DEFAULT '',
  region     TEXT NOT NULL DEFAULT '',
  postcode   TEXT NOT NULL DEFAULT '',
  country    TEXT NOT NULL DEFAULT '',
  valid_from INTEGER NOT NULL,
  valid_to   INTEGER
) STRICT;
CREATE INDEX addresses_account ON addresses(account_id);

CREATE TABLE contacts (
  id         INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  name       TEXT NOT NULL,
  job_title  TEXT NOT NULL DEFAULT '',
  phone      TEXT NOT NULL DEFAULT '',
  email      TEXT NOT NULL DEFAULT '',
  is_primary INTEGER NOT NULL DEFAULT 0,
  valid_from INTEGER NOT NULL,
  valid_to   INTEGER
) STRICT;
CREATE INDEX contacts_account ON contacts(account_id);

CREATE TABLE import_runs (
  id                  INTEGER PRIMARY KEY,
  file_name           TEXT NOT NULL,
  profile             TEXT NOT NULL,
  effective_on        INTEGER NOT NULL,
  snapshot            INTEGER NOT NULL,
  rows_read           INTEGER NOT NULL,
  accounts_created    INTEGER NOT NULL,
  documents_created   INTEGER NOT NULL,
  documents_updated   INTEGER NOT NULL,
  documents_closed    INTEGER NOT NULL,
  user_id             INTEGER REFERENCES users(id)
) STRICT;

CREATE TABLE documents (
  id               INTEGER PRIMARY KEY,
  account_id       INTEGER NOT NULL REFERENCES accounts(id),
  type             INTEGER NOT NULL CHECK (type BETWEEN 1 AND 4),
  number           TEXT NOT NULL,
  document_date    INTEGER NOT NULL,
  due_date         INTEGER NOT NULL,
  currency         TEXT NOT NULL,
  amount           INTEGER NOT NULL CHECK (amount > 0),
  open_amount      INTEGER NOT NULL CHECK (open_amount BETWEEN 0 AND amount),
  reference        TEXT NOT NULL DEFAULT '',
  -- Latest effective date of any change to open_amount: historical aging
  -- reads movements only of documents changed after the as-of date.
  last_movement_on INTEGER,
  UNIQUE (account_id, type, number)
) STRICT;
-- Aging and balances read only open items.
CREATE INDEX documents_open ON documents(account_id) WHERE open_amount <> 0;

CREATE TABLE allocations (
  id                 INTEGER PRIMARY KEY,
  credit_document_id INTEGER NOT NULL REFERENCES documents(id),
  invoice_id         INTEGER NOT NULL REFERENCES documents(id),
  amount             INTEGER NOT NULL CHECK (amount > 0),
  allocated_on       INTEGER NOT NULL,
  user_id            INTEGER REFERENCES users(id)
) STRICT;
CREATE INDEX allocations_invoice ON allocations(invoice_id);
CREATE INDEX allocations_credit ON allocations(credit_document_id);

-- Every change of a document's open amount after it was first recorded,
-- dated by when it took effect. open_amount now, less the changes after
-- a date, is the open amount on that date.
CREATE TABLE document_movements (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id),
  effective_on  INTEGER NOT NULL,
  open_change   INTEGER NOT NULL,
  cause         TEXT NOT NULL CHECK (cause = 'import' OR cause = 'snapshot_close' OR cause = 'allocation'),
  import_run_id INTEGER REFERENCES import_runs(id),
  allocation_id INTEGER REFERENCES allocations(id)
) STRICT;
CREATE INDEX document_movements_document ON document_movements(document_id, effective_on);
)SQL";

} // namespace duedesk::schema
