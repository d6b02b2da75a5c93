// Version 3 of the Duedesk schema: who entered an address or a contact, and
// on which day, and who ended a contact (imported and demo records have
// neither; every change made in the workstation has both, so the history
// answers "who changed this"); and the contact log, every call, e-mail,
// letter or note an analyst records, with its follow-up date.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion3 = R"SQL(
ALTER TABLE addresses ADD COLUMN recorded_by INTEGER REFERENCES users(id);
ALTER TABLE addresses ADD COLUMN recorded_on INTEGER;
ALTER TABLE contacts ADD COLUMN recorded_by INTEGER REFERENCES users(id);
ALTER TABLE contacts ADD COLUMN recorded_on INTEGER;
-- A contact can end without a successor: who ended it, and when.
ALTER TABLE contacts ADD COLUMN ended_by INTEGER REFERENCES users(id);
ALTER TABLE contacts ADD COLUMN ended_on INTEGER;

CREATE TABLE contact_log (
  id           INTEGER PRIMARY KEY,
  account_id   INTEGER NOT NULL REFERENCES accounts(id),
  contacted_on INTEGER NOT NULL,
  channel      TEXT NOT NULL CHECK (channel = 'phone' OR channel = 'email' OR channel = 'letter' OR
                                    channel = 'meeting' OR channel = 'note'),
  contact_id   INTEGER REFERENCES contacts(id),
  outcome      TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  follow_up_on INTEGER,
  recorded_by  INTEGER NOT NULL REFERENCES users(id),
  recorded_on  INTEGER NOT NULL
) STRICT;
-- The ledger reads each account's latest entry; the account view its list.
CREATE INDEX contact_log_account ON contact_log(account_id, contacted_on, id);
)SQL";

} // namespace duedesk::schema
