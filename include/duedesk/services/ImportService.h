// ImportService: brings an ERP export into the ledger, all or nothing.
//
// One pass over the file inside one transaction: every row is checked and
// applied; if any row has a problem (or the run is a dry run, or it is
// cancelled) the transaction is rolled back and the database is exactly as
// before. Re-importing the same file changes nothing.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/User.h"
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/importing/ImportProblem.h"
#include "duedesk/importing/TextSource.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/services/CreditMemoService.h"
#include "duedesk/storage/ImportRunRepository.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

struct ImportOptions {
    // Changes of open amounts are dated on this day; with `snapshot`, it is
    // the day the file lists every open item of.
    Date effectiveOn = Date::fromDayNumber(0);
    bool snapshot = false;
    bool dryRun = false;
    // Analysts the file names who are not users yet are created as users
    // without a password (recorded as created by the run) instead of being
    // reported; needs Permission::CreateAnalysts.
    bool createAnalysts = false;
    // Problems kept with their lines (all are counted): the command line
    // lists 100, the workstation's import wizard many more.
    std::size_t problemLimit = 100;
    // Changes of documents kept (all are counted), so that a dry run can
    // show what the import would do: none unless asked for.
    std::size_t changeLimit = 0;
    // Bytes read from the file at a time, and the first size of the buffer
    // records are parsed in: what the import holds of the file. Tests make
    // it tiny so that records and characters straddle the reads.
    std::size_t readBlockSize = TextSource::kBlockSize;
};

struct ImportProgress {
    std::size_t bytesDone = 0;
    std::size_t bytesTotal = 0;
    std::int64_t rows = 0;
};

// Return false to cancel the import; asked every few thousand rows and once
// more before anything is committed. Progress is the bytes of the file read.
using ImportProgressCallback = std::function<bool(const ImportProgress&)>;

enum class ImportOutcome {
    Imported, // written
    Unchanged, // valid, but nothing differed from the ledger
    DryRun, // valid; nothing written, as asked
    Rejected, // problems found; nothing written
    Cancelled, // stopped by the user; nothing written
};

enum class DocumentChangeKind {
    Created, // new to the ledger
    Updated, // its open amount or details differ from the ledger's
    Closed, // a snapshot did not list it: nothing is open any more
};

std::string_view documentChangeKindName(DocumentChangeKind kind); // "created", "updated", "closed"

// How an import changes one document.
struct DocumentChange {
    DocumentChangeKind kind = DocumentChangeKind::Created;
    std::size_t line = 0; // the file's line; 0 for a document a snapshot closed
    std::string account; // the account's number
    DocumentType type = DocumentType::Invoice;
    std::string document;
    std::optional<Money> oldOpen; // none for a created document
    Money newOpen = Money::zero(Currency());
};

// "update.csv:2: A1 invoice INV-1: updated, open 1000.00 -> 400.00 GBP";
// a document a snapshot closes is on no line: "snapshot.csv: not listed: ...".
std::string describeDocumentChange(const DocumentChange& change, const std::string& fileLabel);

// Keeps the first `limit` changes and counts them all: an import of any
// size keeps no more than this in memory.
class DocumentChanges final {
public:
    explicit DocumentChanges(std::size_t limit = 0) : limit_(limit) {}
    // Whether the next change would be kept: only then is it worth making.
    bool keepsMore() const { return kept_.size() < limit_; }
    void add(DocumentChange change);
    void count() { ++total_; } // a change not kept
    std::size_t total() const { return total_; }
    const std::vector<DocumentChange>& kept() const { return kept_; }

private:
    std::size_t limit_;
    std::size_t total_ = 0;
    std::vector<DocumentChange> kept_;
};

struct ImportResult {
    ImportOutcome outcome = ImportOutcome::Rejected;
    ImportCounts counts;
    ImportProblems problems;
    // What the import changes (or, when it is a dry run, would change):
    // meaningful when there are no problems.
    DocumentChanges changes;
    std::string fileLabel; // how problems name the file
    // Credit notes the import brought that name an approved credit memo
    // request, applied (or not, and why) right after the import committed.
    std::vector<CreditNoteArrival> creditNotes;
};

// "12 rows; accounts: 1 created, 0 updated; documents: ..." for a summary.
std::string describeImportCounts(const ImportCounts& counts);

class ImportService final {
public:
    // Every run is logged (file, profile, date, counts, outcome) to `log`.
    explicit ImportService(LedgerDatabase& database, ApplicationLog log = ApplicationLog::installed());

    // Throws ImportFileError when the file cannot be read. The file is
    // read in blocks, never whole: memory stays flat however large it is.
    // The run is recorded as `by`'s, who must be allowed to import.
    ImportResult importFile(const std::string& path, const ImportMapping& mapping, const ImportOptions& options,
                            const Actor& by, const ImportProgressCallback& progress = {});
    // The same for text already in memory; `fileLabel` names it in problems.
    ImportResult importText(std::string_view text, const std::string& fileLabel, const ImportMapping& mapping,
                            const ImportOptions& options, const Actor& by, const ImportProgressCallback& progress = {});
    // The same for bytes from any source (a file already opened).
    ImportResult importBytes(ByteSource& bytes, const std::string& fileLabel, const ImportMapping& mapping,
                             const ImportOptions& options, const Actor& by,
                             const ImportProgressCallback& progress = {});

private:
    ImportResult runImport(ByteSource& bytes, const std::string& fileLabel, const ImportMapping& mapping,
                           const ImportOptions& options, const Actor& by, const ImportProgressCallback& progress);

    LedgerDatabase& database_;
    ApplicationLog log_;
};

} // namespace duedesk
