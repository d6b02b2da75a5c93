// Version 7 of the Duedesk schema: the analyst's diary.
//
// - The contact log's outcome becomes one of a fixed list; an entry is
//   never changed or deleted (triggers refuse it), and a correction is a
//   new entry that names the one it corrects. Outcomes typed as free text
//   before are kept, word for word, at the head of the note under "other".
// - Diary entries: the follow-ups an analyst owns. Every follow-up date of
//   the contact log becomes one, done when the account's next contact was
//   logged (so the latest entry's follow-up stays open).
// - Holds pause an account's chasing until a day, for a reason.
// - Promises to pay and payment plans, with the documents they cover, and
//   the payments a bank returned (bounced cheques, recalled debits): a
//   promise kept by a payment that is later returned reopens. An index of
//   payments by account and date serves judging them.
// - Collection strategies: steps by days past due, segment rules that
//   choose a strategy (with an optional challenger taking a set share),
//   the recorded assignment of each account, and the steps worked.
// - The history of who an account was assigned to.
// - accounts.customer_type, a segment the strategy rules can match.
// - The indexes of open items and of an analyst's accounts cover what the
//   worklist reads of them.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion7 = R"SQL(
ALTER TABLE accounts ADD COLUMN customer_type TEXT NOT NULL DEFAULT '';

-- The open items, now with what the worklist reads of them: an analyst's
-- overdue invoices by age come from the index alone, without a visit to
-- each document's row.
DROP INDEX documents_open;
CREATE INDEX documents_open_items ON documents(account_id, type, due_date, currency, open_amount)
  WHERE open_amount <> 0;
-- Likewise an analyst's accounts, as the worklist lists them.
DROP INDEX accounts_analyst;
CREATE INDEX accounts_analyst ON accounts(analyst_id, number, name, risk_class, customer_type);

CREATE TABLE contact_log_v7 (
  id           INTEGER PRIMARY KEY,
  account_id   INTEGER NOT NULL REFERENCES accounts(id),
  contacted_on INTEGER NOT NULL,
  channel      TEXT NOT NULL CHECK (channel = 'phone' OR channel = 'email' OR channel = 'letter' OR
                                    channel = 'meeting' OR channel = 'note'),
  contact_id   INTEGER REFERENCES contacts(id),
  outcome      TEXT NOT NULL CHECK (outcome IN ('no_answer', 'left_message', 'promise_to_pay', 'dispute_raised',
                                                'paid_already', 'remittance_requested', 'refused',
                                                'wrong_contact', 'other')),
  note         TEXT NOT NULL DEFAULT '',
  follow_up_on INTEGER,
  corrects_id  INTEGER REFERENCES contact_log_v7(id),
  recorded_by  INTEGER NOT NULL REFERENCES users(id),
  recorded_on  INTEGER NOT NULL
) STRICT;
INSERT INTO contact_log_v7 (id, account_id, contacted_on, channel, contact_id, outcome, note, follow_up_on,
                            recorded_by, recorded_on)
  SELECT id, account_id, contacted_on, channel, contact_id, 'other',
         CASE WHEN note = '' THEN outcome ELSE outcome || char(10) || note END,
         follow_up_on, recorded_by, recorded_on
  FROM contact_log;
DROP TABLE contact_log;
ALTER TABLE contact_log_v7 RENAME TO contact_log;
CREATE INDEX contact_log_account ON contact_log(account_id, contacted_on, id);
-- The diary counts what each analyst worked on a day.
CREATE INDEX contact_log_recorder ON contact_log(recorded_by, contacted_on);
CREATE TRIGGER contact_log_never_changed BEFORE UPDATE ON contact_log
  BEGIN SELECT RAISE(ABORT, 'a contact log entry is never changed: record a correction'); END;
CREATE TRIGGER contact_log_never_deleted BEFORE DELETE ON contact_log
  BEGIN SELECT RAISE(ABORT, 'a contact log entry is never deleted: record a correction'); END;

CREATE TABLE diary_entries (
  id                INTEGER PRIMARY KEY,
  account_id        INTEGER NOT NULL REFERENCES accounts(id),
  due_on            INTEGER NOT NULL,
  action            TEXT NOT NULL CHECK (action IN ('call', 'email', 'letter', 'visit', 'review')),
  owner_id          INTEGER REFERENCES users(id),
  note              TEXT NOT NULL DEFAULT '',
  -- The contact whose follow-up date this is; empty for one added by hand.
  from_contact_id   INTEGER REFERENCES contact_log(id),
  created_by        INTEGER REFERENCES users(id),
  created_on        INTEGER NOT NULL,
  -- Done: when, by whom, and the contact that worked it (if one did).
  done_on           INTEGER,
  done_by           INTEGER REFERENCES users(id),
  done_by_contact_id INTEGER REFERENCES contact_log(id)
) STRICT;
CREATE INDEX diary_entries_owner_open ON diary_entries(owner_id, due_on) WHERE done_on IS NULL;
CREATE INDEX diary_entries_account ON diary_entries(account_id, due_on);

-- Every follow-up the contact log held: done by the account's next
-- contact, if there was one; the latest stays open, owned by the
-- account's analyst.
INSERT INTO diary_entries (account_id, due_on, action, owner_id, note, from_contact_id, created_by, created_on,
                           done_on, done_by, done_by_contact_id)
  SELECT c.account_id, c.follow_up_on, 'call', a.analyst_id, '', c.id, c.recorded_by, c.recorded_on,
         n.contacted_on, n.recorded_by, n.id
  FROM contact_log c
  JOIN accounts a ON a.id = c.account_id
  LEFT JOIN contact_log n ON n.id = (
    SELECT l.id FROM contact_log l
    WHERE l.account_id = c.account_id
      AND (l.contacted_on > c.contacted_on OR (l.contacted_on = c.contacted_on AND l.id > c.id))
    ORDER BY l.contacted_on, l.id LIMIT 1)
  WHERE c.follow_up_on IS NOT NULL;

CREATE TABLE holds (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  placed_on   INTEGER NOT NULL,
  -- Chasing resumes on this day by itself.
  until_on    INTEGER NOT NULL,
  reason      TEXT NOT NULL CHECK (reason <> ''),
  placed_by   INTEGER REFERENCES users(id),
  -- Ended early by a person.
  released_on INTEGER,
  released_by INTEGER REFERENCES users(id),
  CHECK (until_on > placed_on)
) STRICT;
CREATE INDEX holds_account ON holds(account_id, until_on);

CREATE TABLE promises (
  id             INTEGER PRIMARY KEY,
  account_id     INTEGER NOT NULL REFERENCES accounts(id),
  currency       TEXT NOT NULL,
  amount         INTEGER NOT NULL CHECK (amount > 0),
  -- The day the customer said the money would arrive.
  promised_for   INTEGER NOT NULL,
  taken_on       INTEGER NOT NULL,
  taken_by       INTEGER REFERENCES users(id),
  contact_log_id INTEGER REFERENCES contact_log(id),
  note           TEXT NOT NULL DEFAULT '',
  -- Withdrawn: recorded in error or replaced; it no longer counts.
  withdrawn_on   INTEGER,
  withdrawn_by   INTEGER REFERENCES users(id),
  CHECK (promised_for >= taken_on)
) STRICT;
CREATE INDEX promises_account ON promises(account_id, promised_for);
CREATE TABLE promise_documents (
  promise_id  INTEGER NOT NULL REFERENCES promises(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  PRIMARY KEY (promise_id, document_id)
) STRICT;

CREATE TABLE payment_plans (
  id             INTEGER PRIMARY KEY,
  account_id     INTEGER NOT NULL REFERENCES accounts(id),
  currency       TEXT NOT NULL,
  agreed_on      INTEGER NOT NULL,
  agreed_by      INTEGER REFERENCES users(id),
  contact_log_id INTEGER REFERENCES contact_log(id),
  note           TEXT NOT NULL DEFAULT '',
  cancelled_on   INTEGER,
  cancelled_by   INTEGER REFERENCES users(id)
) STRICT;
CREATE INDEX payment_plans_account ON payment_plans(account_id);
CREATE TABLE plan_instalments (
  plan_id INTEGER NOT NULL REFERENCES payment_plans(id),
  seq     INTEGER NOT NULL CHECK (seq >= 1),
  due_on  INTEGER NOT NULL,
  amount  INTEGER NOT NULL CHECK (amount > 0),
  PRIMARY KEY (plan_id, seq)
) STRICT;
CREATE TABLE plan_documents (
  plan_id     INTEGER NOT NULL REFERENCES payment_plans(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  PRIMARY KEY (plan_id, document_id)
) STRICT;

-- The payments that promises and instalments are judged by, found by
-- account and date without reading the documents' rows: the worklist reads
-- them for thousands of accounts at once.
CREATE INDEX documents_payments ON documents(account_id, document_date, currency, amount) WHERE type = 3;

-- A payment the bank gave back: it no longer counts toward a promise or
-- an instalment from the day it was returned.
CREATE TABLE payment_returns (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id),
  returned_on INTEGER NOT NULL,
  reason      TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER REFERENCES users(id),
  recorded_on INTEGER NOT NULL
) STRICT;

CREATE TABLE strategies (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  active      INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TABLE strategy_steps (
  strategy_id   INTEGER NOT NULL REFERENCES strategies(id),
  days_past_due INTEGER NOT NULL CHECK (days_past_due >= 0),
  action        TEXT NOT NULL CHECK (action IN ('call', 'email', 'letter', 'visit', 'review')),
  -- What the step is, as the worklist says it: "first letter".
  label         TEXT NOT NULL,
  PRIMARY KEY (strategy_id, days_past_due)
) STRICT;
-- Which strategy an account gets: the first rule, in rank order, that its
-- facts match. Empty or NULL conditions match anything.
CREATE TABLE strategy_rules (
  id                 INTEGER PRIMARY KEY,
  rank               INTEGER NOT NULL UNIQUE,
  strategy_id        INTEGER NOT NULL REFERENCES strategies(id),
  challenger_id      INTEGER REFERENCES strategies(id),
  challenger_percent INTEGER NOT NULL DEFAULT 0 CHECK (challenger_percent BETWEEN 0 AND 100),
  risk_class         TEXT NOT NULL DEFAULT '',
  customer_type      TEXT NOT NULL DEFAULT '',
  -- Overdue balance bounds, in minor units of the reporting currency.
  min_overdue        INTEGER,
  max_overdue        INTEGER
) STRICT;
CREATE TABLE strategy_assignments (
  id            INTEGER PRIMARY KEY,
  account_id    INTEGER NOT NULL REFERENCES accounts(id),
  strategy_id   INTEGER NOT NULL REFERENCES strategies(id),
  rule_id       INTEGER REFERENCES strategy_rules(id),
  is_challenger INTEGER NOT NULL DEFAULT 0,
  assigned_on   INTEGER NOT NULL,
  ended_on      INTEGER
) STRICT;
CREATE UNIQUE INDEX strategy_assignments_current ON strategy_assignments(account_id) WHERE ended_on IS NULL;
-- A step worked for an account: it is not due again in the same spell of
-- arrears (a spell starts at the due date of the oldest overdue item).
CREATE TABLE strategy_steps_done (
  id             INTEGER PRIMARY KEY,
  account_id     INTEGER NOT NULL REFERENCES accounts(id),
  strategy_id    INTEGER NOT NULL REFERENCES strategies(id),
  days_past_due  INTEGER NOT NULL,
  done_on        INTEGER NOT NULL,
  done_by        INTEGER REFERENCES users(id),
  contact_log_id INTEGER REFERENCES contact_log(id)
) STRICT;
CREATE INDEX strategy_steps_done_account ON strategy_steps_done(account_id, done_on);

CREATE TABLE account_assignments (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  from_id     INTEGER REFERENCES users(id),
  to_id       INTEGER REFERENCES users(id),
  changed_on  INTEGER NOT NULL,
  changed_by  INTEGER REFERENCES users(id)
) STRICT;
CREATE INDEX account_assignments_account ON account_assignments(account_id, changed_on);
)SQL";

} // namespace duedesk::schema
