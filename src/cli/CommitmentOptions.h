// CommitmentOptions: the options the promise, plan and payment commands
// share beyond CommandSupport's: invoices by their numbers, amounts and
// currencies as typed.
#pragma once

#include "cli/CliContext.h"
#include "cli/CommandSupport.h"

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/Money.h"

#include <string>
#include <vector>

namespace duedesk::cli {

// Each throws UsageError naming the option.
Currency currencyOption(const std::string& code, const std::string& option);
Money amountOption(const std::string& text, const Currency& currency, const std::string& option);
std::vector<DocumentId> invoiceOptions(LedgerDatabase& database, const Account& account,
                                       const std::vector<std::string>& numbers);

} // namespace duedesk::cli
