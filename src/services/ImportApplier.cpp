// How an import row changes the ledger: create or update the account,
// create the document or bring it in line with the file, dating every
// change of an open amount.
#include "services/ImportApplier.h"

namespace duedesk {
namespace {
std::string quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string duplicateReason(std::string_view document, std::size_t earlierLine) {
    return quote(document) + " is listed twice for this account and type (also on line " + std::to_string(earlierLine) +
           ")";
}

// Identifies a document in the file: account and document number as the
// file writes them, and the type.
std::string documentKey(std::string_view account, DocumentType type, std::string_view document) {
    std::string key(account);
    key += '\0';
    key += std::to_string(static_cast<int>(type));
    key += '\0';
    key += document;
    return key;
}
// How many line numbers a problem that stands for many rows names.
constexpr std::size_t kLinesNamed = 5;
} // namespace

ImportApplier::ImportApplier(LedgerDatabase& database, const RecordMapper& mapper, const ImportOptions& options,
                             std::int64_t runId, ImportProblems& problems, DocumentChanges& changes)
    : mapper_(mapper), options_(options), runId_(runId), problems_(problems), changes_(changes),
      accounts_(database.accounts()), documents_(database.documents()), users_(database.users()),
      diary_(database.diary()) {}

void ImportApplier::problem(const ImportRow& row, ImportField field, std::string reason) {
    problems_.add(row.line, mapper_.columnLabel(field), std::move(reason));
}

void ImportApplier::noteChange(DocumentChangeKind kind, const ImportRow& row, std::optional<std::int64_t> oldOpen) {
    if (!changes_.keepsMore()) {
        changes_.count();
        return;
    }
    DocumentChange change;
    change.kind = kind;
    change.line = row.line;
    change.account = std::string(row.account);
    change.type = row.type;
    change.document = std::string(row.document);
    if (oldOpen) change.oldOpen = Money(*oldOpen, row.currency);
    change.newOpen = Money(row.openAmount, row.currency);
    changes_.add(std::move(change));
}

bool ImportApplier::resolveAnalyst(const ImportRow& row, std::optional<UserId>& out) {
    auto it = userCache_.find(row.analyst);
    if (it == userCache_.end()) {
        std::optional<UserId> id;
        if (auto user = users_.findByName(row.analyst))
            id = user->id;
        else if (options_.createAnalysts)
            id = createAnalyst(row.analyst);
        it = userCache_.emplace(std::string(row.analyst), id).first;
    }
    if (!it->second) {
        auto [index, added] = unknownAnalystIndex_.try_emplace(std::string(row.analyst), unknownAnalysts_.size());
        if (added) unknownAnalysts_.push_back({std::string(row.analyst), 0, {}});
        UnknownAnalyst& unknown = unknownAnalysts_[index->second];
        ++unknown.rows;
        if (unknown.firstLines.size() < kLinesNamed) unknown.firstLines.push_back(row.line);
        return false;
    }
    out = it->second;
    return true;
}

// ERP systems often print user codes in capitals (SAP's "ZWRIGHT"); names
// are looked up ignoring case, and a new user is named in lower case.
std::optional<UserId> ImportApplier::createAnalyst(std::string_view nameInFile) {
    User user;
    user.name = nameInFile;
    for (char& c : user.name)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!isValidUserName(user.name)) return std::nullopt;
    user.role = Role::Analyst;
    user.createdByImportRun = runId_;
    const UserId id = users_.add(user);
    ++counts_.usersCreated;
    return id;
}

void ImportApplier::reportUnknownAnalysts() {
    for (const UnknownAnalyst& unknown : unknownAnalysts_) {
        std::string lines;
        for (std::size_t line : unknown.firstLines) lines += (lines.empty() ? "" : ", ") + std::to_string(line);
        if (unknown.rows > static_cast<std::int64_t>(unknown.firstLines.size())) lines += ", ...";
        const std::string where = unknown.rows == 1
                                      ? "on 1 row (line " + lines + ")"
                                      : "on " + std::to_string(unknown.rows) + " rows (lines " + lines + ")";
        // With --create-analysts only a name that cannot be a user is left.
        const std::string reason = options_.createAnalysts
                                       ? quote(unknown.name) + " " + where + " cannot be made a user: a user name is " +
                                             kUserNameRule + "; correct the name in the file"
                                       : "no user named " + quote(unknown.name) + " " + where +
                                             "; add the user with \"duedesk-cli users add " + unknown.name +
                                             "\", or import with --create-analysts";
        problems_.add(unknown.firstLines.front(), mapper_.columnLabel(ImportField::Analyst), reason);
    }
}

ImportApplier::AccountState* ImportApplier::resolveAccount(const ImportRow& row) {
    std::optional<UserId> analyst;
    if (!row.analyst.empty() && !resolveAnalyst(row, analyst)) return nullptr;

    auto it = accountCache_.find(row.account);
    if (it == accountCache_.end()) {
        AccountState state;
        if (auto existing = accounts_.findByNumber(row.account)) {
            state.id = existing->id;
            state.analyst = existing->analystId;
            if (!row.accountName.empty() && row.accountName != existing->name) {
                accounts_.rename(existing->id, row.accountName);
                state.counted = true;
            }
            if (analyst && analyst != existing->analystId) {
                reassign(state, analyst);
                state.counted = true;
            }
            if (state.counted) ++counts_.accountsUpdated;
        } else {
            const bool nameByNumber = mapper_.mapping().newAccountName == NewAccountName::AccountNumber;
            if (row.accountName.empty() && !nameByNumber) {
                problem(row, ImportField::AccountName, "is required for the new account " + quote(row.account));
                return nullptr;
            }
            Account account;
            account.number = std::string(row.account);
            // Exports without names (SAP FBL5N) name a new account by its
            // number until a file with names or the user renames it.
            account.name = std::string(row.accountName.empty() ? row.account : row.accountName);
            account.analystId = analyst;
            state.id = accounts_.add(account);
            state.analyst = analyst;
            state.createdHere = true;
            state.counted = true;
            ++counts_.accountsCreated;
        }
        state.nameInFile = std::string(row.accountName);
        state.nameLine = row.line;
        it = accountCache_.emplace(std::string(row.account), std::move(state)).first;
        return &it->second;
    }

    // Seen earlier in this file: the file must not contradict itself.
    AccountState& state = it->second;
    if (!row.accountName.empty()) {
        if (state.nameInFile.empty()) {
            state.nameInFile = std::string(row.accountName);
            state.nameLine = row.line;
        } else if (state.nameInFile != row.accountName) {
            problem(row, ImportField::AccountName,
                    quote(row.accountName) + " differs from " + quote(state.nameInFile) + " on line " +
                        std::to_string(state.nameLine));
            return nullptr;
        }
    }
    if (analyst && analyst != state.analyst) {
        reassign(state, analyst);
        if (!state.counted) {
            state.counted = true;
            ++counts_.accountsUpdated;
        }
    }
    return &state;
}

void ImportApplier::reassign(AccountState& state, std::optional<UserId> analyst) {
    accounts_.assignAnalyst(state.id, analyst);
    if (!state.createdHere) {
        diary_.moveOpen(state.id, analyst);
        diary_.recordAssignment(state.id, state.analyst, analyst, options_.effectiveOn, std::nullopt);
    }
    state.analyst = analyst;
}

void ImportApplier::apply(const ImportRow& row) {
    ++counts_.rowsRead;
    if (options_.snapshot && row.documentDate > options_.effectiveOn) {
        problem(row, ImportField::DocumentDate,
                row.documentDate.toIso() + " is after the snapshot date " + options_.effectiveOn.toIso());
        return;
    }
    if (AccountState* account = resolveAccount(row)) applyDocument(row, *account);
}

void ImportApplier::markListed(DocumentId id, std::size_t line) {
    listedDocuments_.insert(static_cast<std::size_t>(id));
    listingLines_.insert(line);
}

void ImportApplier::reportDuplicate(const ImportRow& row) {
    const std::size_t kept = problems_.kept().size();
    problem(row, ImportField::Document, duplicateReason(row.document, 0));
    if (problems_.kept().size() > kept)
        duplicates_.push_back({kept, documentKey(row.account, row.type, row.document), std::string(row.document)});
}

void ImportApplier::placeDuplicates(ExportReader& reader, const RecordMapper& mapper) {
    // The earlier line of a duplicate is the one line with its key that
    // listed a document.
    std::unordered_map<std::string, std::size_t> earlierLine;
    for (const Duplicate& d : duplicates_) earlierLine.emplace(d.key, 0);
    std::size_t unplaced = earlierLine.size();
    CsvRecord record;
    ImportRow row;
    ImportProblems ignored(0);
    while (unplaced > 0 && reader.next(record, ignored)) {
        if (!listingLines_.contains(record.line) || !mapper.map(record, row, ignored)) continue;
        const auto it = earlierLine.find(documentKey(row.account, row.type, row.document));
        if (it != earlierLine.end() && it->second == 0) {
            it->second = row.line;
            --unplaced;
        }
    }
    for (const Duplicate& d : duplicates_) problems_.reword(d.problem, duplicateReason(d.document, earlierLine[d.key]));
    duplicates_.clear();
}

void ImportApplier::applyDocument(const ImportRow& row, const AccountState& accountState) {
    const AccountId account = accountState.id;
    // An account this import created has no earlier documents, so the
    // insert alone decides: it fails only for a key the file repeats.
    const auto existing =
        accountState.createdHere ? std::optional<Document>() : documents_.findByKey(account, row.type, row.document);
    if (!existing) {
        newDocument_.accountId = account;
        newDocument_.type = row.type;
        newDocument_.number.assign(row.document);
        newDocument_.documentDate = row.documentDate;
        newDocument_.dueDate = row.dueDate;
        newDocument_.amount = Money(row.amount, row.currency);
        newDocument_.openAmount = Money(row.openAmount, row.currency);
        newDocument_.reference.assign(row.reference);
        if (const auto id = documents_.addIfNew(newDocument_)) {
            markListed(*id, row.line);
            ++counts_.documentsCreated;
            noteChange(DocumentChangeKind::Created, row, std::nullopt);
        } else {
            reportDuplicate(row);
        }
        return;
    }
    if (listedDocuments_.contains(static_cast<std::size_t>(existing->id))) {
        reportDuplicate(row);
        return;
    }
    markListed(existing->id, row.line);
    if (existing->amount.currency() != row.currency) {
        problem(row, ImportField::Currency,
                std::string(row.currency.code()) + " differs from the recorded document's " +
                    std::string(existing->amount.currency().code()));
        return;
    }

    Document updated = *existing;
    updated.documentDate = row.documentDate;
    updated.dueDate = row.dueDate;
    updated.amount = Money(row.amount, row.currency);
    if (mapper_.hasColumn(ImportField::Reference)) updated.reference = std::string(row.reference);
    const bool detailsChanged = updated.documentDate != existing->documentDate ||
                                updated.dueDate != existing->dueDate || updated.amount != existing->amount ||
                                updated.reference != existing->reference;
    const std::int64_t openDelta = row.openAmount - existing->openAmount.minorUnits();
    if (!detailsChanged && openDelta == 0) {
        ++counts_.documentsUnchanged;
        return;
    }
    // Order the two writes so the stored open amount never exceeds the
    // stored amount in between (a CHECK constraint guards it).
    const MovementSource source{MovementCause::Import, runId_, std::nullopt};
    const bool amountGrows = row.amount > existing->amount.minorUnits();
    if (detailsChanged && amountGrows) documents_.updateDetails(updated);
    documents_.changeOpenAmount(existing->id, openDelta, options_.effectiveOn, source);
    if (detailsChanged && !amountGrows) documents_.updateDetails(updated);
    ++counts_.documentsUpdated;
    noteChange(DocumentChangeKind::Updated, row, existing->openAmount.minorUnits());
}

void ImportApplier::closeUnlisted() {
    const MovementSource source{MovementCause::SnapshotClose, runId_, std::nullopt};
    for (const auto& [id, open] : documents_.openDocumentsOnOrBefore(options_.effectiveOn)) {
        if (listedDocuments_.contains(static_cast<std::size_t>(id))) continue;
        // Named before the change, which is all the ledger then says of it.
        std::optional<Document> closed;
        if (changes_.keepsMore()) closed = documents_.findById(id);
        documents_.changeOpenAmount(id, -open, options_.effectiveOn, source);
        ++counts_.documentsClosed;
        if (!closed) {
            changes_.count();
            continue;
        }
        DocumentChange change;
        change.kind = DocumentChangeKind::Closed;
        if (const auto account = accounts_.findById(closed->accountId)) change.account = account->number;
        change.type = closed->type;
        change.document = std::move(closed->number);
        change.oldOpen = closed->openAmount;
        change.newOpen = Money::zero(closed->openAmount.currency());
        changes_.add(std::move(change));
    }
}

} // namespace duedesk
