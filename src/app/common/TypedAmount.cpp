// One reading of a typed amount for every form that takes one per invoice,
// so they all accept and refuse the same text in the same words.
#include "app/common/TypedAmount.h"

namespace duedesk::app {

std::optional<Money> typedAmount(const QString& text, const Currency& currency, const std::string& document,
                                 const std::string& field, std::vector<FieldProblem>* problems) {
    std::string reason;
    auto amount = Money::parse(text.trimmed().toStdString(), currency, &reason);
    if (!amount && problems) problems->push_back({field, document + ": " + reason + "."});
    return amount;
}

} // namespace duedesk::app
