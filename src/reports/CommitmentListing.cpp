// Reads an account's commitments on a day and the names shown beside them.
#include "duedesk/reports/CommitmentListing.h"

#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UserRepository.h"

namespace duedesk {

CommitmentListing loadCommitmentListing(LedgerDatabase& database, AccountId account, const CommitmentTerms& terms,
                                        Date asOf) {
    CommitmentListing l;
    auto found = database.accounts().findById(account);
    if (!found) throw StorageError("no account " + std::to_string(account));
    l.account = std::move(*found);
    l.asOf = asOf;
    l.terms = terms;
    l.commitments = loadAccountCommitments(database, account, terms, asOf);
    const auto nameOf = [&](const std::optional<UserId>& user) {
        if (user && !l.userNames.contains(*user))
            if (auto u = database.users().findById(*user)) l.userNames[*user] = u->name;
    };
    const auto numberOf = [&](DocumentId id) {
        if (!l.documentNumbers.contains(id))
            if (auto d = database.documents().findById(id)) l.documentNumbers[id] = d->number;
    };
    for (const PromiseOnDay& p : l.commitments.promises) {
        nameOf(p.promise.takenBy);
        nameOf(p.promise.withdrawnBy);
        for (const DocumentId d : p.promise.documents) numberOf(d);
    }
    for (const PlanOnDay& p : l.commitments.plans) {
        nameOf(p.plan.agreedBy);
        nameOf(p.plan.cancelledBy);
        for (const DocumentId d : p.plan.documents) numberOf(d);
    }
    return l;
}

} // namespace duedesk
