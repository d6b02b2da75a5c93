// CommitmentOptions: the options the promise, plan and payment commands
// share: an account by its number, its invoices and payments by theirs,
// amounts and currencies as typed, and a refusal said the same way.
#pragma once

#include "cli/CliContext.h"

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/Money.h"
#include "duedesk/services/CommitmentRejected.h"

#include <string>
#include <vector>

namespace duedesk::cli {

// Each throws UsageError naming the option.
Account accountOption(LedgerDatabase& database, const std::string& number);
Currency currencyOption(const std::string& code, const std::string& option);
Money amountOption(const std::string& text, const Currency& currency, const std::string& option);
Date dateOption(const std::string& text, const std::string& option);
std::vector<DocumentId> invoiceOptions(LedgerDatabase& database, const Account& account,
                                       const std::vector<std::string>& numbers);

// A refusal of the ledger's rules: said on stderr and logged, exit 1.
void refuse(CliContext& context, const std::string& what, const CommitmentRejected& e);

} // namespace duedesk::cli
