// How the workstation names the core's values in the account view and its
// dialogs: document types, contact channels, address kinds, causes of a
// change.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/ContactLog.h"
#include "duedesk/domain/Diary.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/MovementCause.h"

#include <QString>

#include <string>

namespace duedesk::app {

// "Invoice", "Credit note", ...
QString documentTypeText(DocumentType type);
// "Phone call", "E-mail", ...
QString contactChannelText(ContactChannel channel);
// "No answer", "Promise to pay", ...
QString contactOutcomeText(ContactOutcome outcome);
// "Call", "E-mail", "Letter", "Visit", "Review".
QString diaryActionText(DiaryAction action);
// "Billing address", "Delivery address", "Registered office".
QString addressKindText(const std::string& kind);
// The non-empty parts, comma-separated: "Sam Clerk, +44 113 496 0000".
QString contactDetailsText(const Contact& contact);
QString addressDetailsText(const Address& address);
// Why an open amount changed: "Allocation", "Closed by snapshot import", ...
QString activityCauseText(MovementCause cause);

} // namespace duedesk::app
