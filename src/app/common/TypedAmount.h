// TypedAmount: an amount typed in a form's table against one document
// (what to dispute, credit or write off on an invoice), read in that
// document's currency. What cannot be read becomes a problem on the form's
// field, naming the document ("INV-2: not a number.").
#pragma once

#include "duedesk/domain/ContactRules.h"
#include "duedesk/domain/Money.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace duedesk::app {

// The amount in `text`, or nothing with a problem on `field` added to
// `problems` (when given).
std::optional<Money> typedAmount(const QString& text, const Currency& currency, const std::string& document,
                                 const std::string& field, std::vector<FieldProblem>* problems);

} // namespace duedesk::app
