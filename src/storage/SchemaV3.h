// Version 3 of the Duedesk schema: who entered an address or a contact, and
// on which day, and who ended a contact. Imported and demo records have neither; every change made
// in the workstation has both, so the history answers "who changed this".
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
)SQL";

} // namespace duedesk::schema
