// ImportService: brings an ERP export into the ledger, all or nothing.
//
// One pass over the file inside one transaction: every row is checked and
// applied; if any row has a problem (or the run is a dry run, or it is
// cancelled) the transaction is rolled back and the database is exactly as
// before. Re-importing the same file changes nothing.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/User.h"
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/importing/ImportProblem.h"
#include "duedesk/importing/TextSource.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/storage/ImportRunRepository.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

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

struct ImportResult {
    ImportOutcome outcome = ImportOutcome::Rejected;
    ImportCounts counts;
    ImportProblems problems;
    std::string fileLabel; // how problems name the file
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
