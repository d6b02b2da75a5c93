// ImportApplier: applies checked import rows to the ledger inside the
// import's transaction, finding the cross-row and ledger problems a single
// row cannot show (unknown analyst, new account without a name, the same
// document twice, a changed currency).
#pragma once

#include "duedesk/importing/ExportReader.h"
#include "duedesk/importing/RecordMapper.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UserRepository.h"
#include "services/DenseIdSet.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace duedesk {

class ImportApplier final {
public:
    ImportApplier(LedgerDatabase& database, const RecordMapper& mapper, const ImportOptions& options,
                  std::int64_t runId, ImportProblems& problems, DocumentChanges& changes);

    void apply(const ImportRow& row);
    // For a snapshot: closes, on the snapshot date, every open document
    // dated on or before it that the file did not list.
    void closeUnlisted();
    // One problem per analyst the ledger does not know, at the first line
    // naming them, with how many rows do and what to do about it: a file of
    // one new analyst's accounts is one problem, not one per row.
    void reportUnknownAnalysts();
    // A document listed twice is reported at once, but the line that listed
    // it first is not kept for every document (that would grow with the
    // file): when problems name duplicates, the rows are read again and
    // these fill in the earlier lines.
    bool hasDuplicatesToPlace() const { return !duplicates_.empty(); }
    void placeDuplicates(ExportReader& reader, const RecordMapper& mapper);
    const ImportCounts& counts() const { return counts_; }
    ImportCounts& counts() { return counts_; }

private:
    struct AccountState {
        AccountId id = 0;
        std::string nameInFile; // first name the file gave, if any
        std::size_t nameLine = 0;
        std::optional<UserId> analyst;
        bool createdHere = false; // no documents before this import: skip the look-up
        bool counted = false; // already counted as created or updated
    };
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using StringMap = std::unordered_map<std::string, AccountState, StringHash, std::equal_to<>>;

    AccountState* resolveAccount(const ImportRow& row);
    // The file gives the account to another analyst: its open diary goes
    // with it, and the change is recorded on the import's day as made by
    // no one in particular (the ERP's file).
    void reassign(AccountState& state, std::optional<UserId> analyst);
    bool resolveAnalyst(const ImportRow& row, std::optional<UserId>& out);
    // A user for an analyst the file names (--create-analysts); nothing
    // when the name cannot be a user name.
    std::optional<UserId> createAnalyst(std::string_view nameInFile);
    void applyDocument(const ImportRow& row, const AccountState& account);
    void reportDuplicate(const ImportRow& row);
    void markListed(DocumentId id, std::size_t line);
    void problem(const ImportRow& row, ImportField field, std::string reason);
    void noteChange(DocumentChangeKind kind, const ImportRow& row, std::optional<std::int64_t> oldOpen);

    const RecordMapper& mapper_;
    const ImportOptions& options_;
    std::int64_t runId_;
    ImportProblems& problems_;
    DocumentChanges& changes_;
    AccountRepository& accounts_;
    DocumentRepository& documents_;
    UserRepository& users_;
    DiaryRepository& diary_;
    ImportCounts counts_;
    StringMap accountCache_;
    std::unordered_map<std::string, std::optional<UserId>, StringHash, std::equal_to<>> userCache_;
    struct UnknownAnalyst {
        std::string name;
        std::int64_t rows = 0;
        std::vector<std::size_t> firstLines; // the first few
    };
    std::vector<UnknownAnalyst> unknownAnalysts_; // in the order the file names them
    std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> unknownAnalystIndex_;
    Document newDocument_; // reused so its strings keep their buffers
    // The documents the file listed, and the lines that listed them.
    DenseIdSet listedDocuments_;
    DenseIdSet listingLines_;
    // Duplicates whose problem is kept, to be given the earlier line.
    struct Duplicate {
        std::size_t problem = 0; // index among the kept problems
        std::string key; // account, type and document number
        std::string document;
    };
    std::vector<Duplicate> duplicates_;
};

} // namespace duedesk
