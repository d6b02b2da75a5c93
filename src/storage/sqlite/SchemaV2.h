// Version 2 of the Duedesk schema: totals of open items kept in step with
// the documents, so aging of the current ledger reads a few thousand totals
// instead of every open item.
//
// Who keeps them: a new document and a new movement are written only by
// DocumentRepository, which adds them to the totals and to ledger_state in
// the same transaction (a trigger there would cost SQLite a trigger frame
// on every one of millions of inserted rows). Every other change (a
// document's open amount, dates or type changing, an account reassigned
// or re-rated, a deletion) is kept by the triggers below, whatever code
// makes it. `duedesk-cli check` and the tests compare the totals with a
// recomputation.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion2 = R"SQL(
-- Open amounts summed by the groups aging reports on. A row whose items
-- fall to zero is kept (with zero totals) rather than searched for and
-- deleted on every change; readers skip it.
CREATE TABLE open_item_totals (
  analyst_id           INTEGER NOT NULL,   -- 0: unassigned
  risk_class           TEXT NOT NULL,
  currency             TEXT NOT NULL,
  is_debit             INTEGER NOT NULL,   -- 1 invoices, 0 credits
  due_date             INTEGER NOT NULL,
  open_total           INTEGER NOT NULL,
  items                INTEGER NOT NULL,
  -- Never lowered: an upper bound of the document dates in the row, so a
  -- reader can tell whether every item was posted by its as-of date.
  latest_document_date INTEGER NOT NULL,
  PRIMARY KEY (analyst_id, risk_class, currency, is_debit, due_date)
) STRICT, WITHOUT ROWID;

-- The latest date any open amount changed on: aging as of that date or
-- later can read today's amounts.
CREATE TABLE ledger_state (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  latest_movement_on INTEGER NOT NULL
) STRICT;
INSERT INTO ledger_state (id, latest_movement_on)
  SELECT 1, coalesce(max(effective_on), 0) FROM document_movements;

INSERT INTO open_item_totals
  SELECT coalesce(a.analyst_id, 0), a.risk_class, d.currency, d.type = 1, d.due_date,
         sum(d.open_amount), count(*), max(d.document_date)
  FROM documents d JOIN accounts a ON a.id = d.account_id
  WHERE d.open_amount <> 0
  GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER documents_totals_update
AFTER UPDATE OF open_amount, due_date, document_date, currency, type, account_id ON documents
BEGIN
  INSERT INTO open_item_totals
    SELECT coalesce(a.analyst_id, 0), a.risk_class, OLD.currency, OLD.type = 1, OLD.due_date,
           -OLD.open_amount, -1, OLD.document_date
    FROM accounts a WHERE a.id = OLD.account_id AND OLD.open_amount <> 0
  ON CONFLICT DO UPDATE SET open_total = open_total + excluded.open_total, items = items - 1;
  INSERT INTO open_item_totals
    SELECT coalesce(a.analyst_id, 0), a.risk_class, NEW.currency, NEW.type = 1, NEW.due_date,
           NEW.open_amount, 1, NEW.document_date
    FROM accounts a WHERE a.id = NEW.account_id AND NEW.open_amount <> 0
  ON CONFLICT DO UPDATE SET open_total = open_total + excluded.open_total, items = items + 1,
    latest_document_date = max(latest_document_date, excluded.latest_document_date);
END;

CREATE TRIGGER documents_totals_delete AFTER DELETE ON documents WHEN OLD.open_amount <> 0
BEGIN
  UPDATE open_item_totals SET open_total = open_total - OLD.open_amount, items = items - 1
  WHERE (analyst_id, risk_class, currency, is_debit, due_date) =
        (SELECT coalesce(a.analyst_id, 0), a.risk_class, OLD.currency, OLD.type = 1, OLD.due_date
         FROM accounts a WHERE a.id = OLD.account_id);
END;

-- A reassigned or re-rated account moves its open items between groups.
CREATE TRIGGER accounts_totals_update AFTER UPDATE OF analyst_id, risk_class ON accounts
WHEN coalesce(OLD.analyst_id, 0) <> coalesce(NEW.analyst_id, 0) OR OLD.risk_class <> NEW.risk_class
BEGIN
  INSERT INTO open_item_totals
    SELECT coalesce(OLD.analyst_id, 0), OLD.risk_class, d.currency, d.type = 1, d.due_date,
           -sum(d.open_amount), -count(*), max(d.document_date)
    FROM documents d WHERE d.account_id = OLD.id AND d.open_amount <> 0
    GROUP BY d.currency, d.type = 1, d.due_date
  ON CONFLICT DO UPDATE SET open_total = open_total + excluded.open_total, items = items + excluded.items;
  INSERT INTO open_item_totals
    SELECT coalesce(NEW.analyst_id, 0), NEW.risk_class, d.currency, d.type = 1, d.due_date,
           sum(d.open_amount), count(*), max(d.document_date)
    FROM documents d WHERE d.account_id = NEW.id AND d.open_amount <> 0
    GROUP BY d.currency, d.type = 1, d.due_date
  ON CONFLICT DO UPDATE SET open_total = open_total + excluded.open_total, items = items + excluded.items,
    latest_document_date = max(latest_document_date, excluded.latest_document_date);
END;

)SQL";

} // namespace duedesk::schema
