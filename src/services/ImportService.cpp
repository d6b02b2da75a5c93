// The import verb: read, check and apply in one transaction; keep the
// result only when the whole file is valid and the run is not a dry run.
#include "duedesk/services/ImportService.h"

#include "duedesk/services/AccessPolicy.h"

#include "duedesk/importing/ByteSource.h"
#include "duedesk/importing/ExportReader.h"
#include "duedesk/importing/RecordMapper.h"
#include "duedesk/importing/TextDecoding.h"
#include "duedesk/storage/BulkLoad.h"
#include "duedesk/storage/UnitOfWork.h"
#include "services/ImportApplier.h"

#include <cctype>
#include <chrono>
#include <filesystem>
#include <utility>

namespace duedesk {
namespace {
// Report progress every this many rows: often enough for a smooth bar,
// rarely enough to cost nothing.
constexpr std::int64_t kProgressInterval = 8192;
} // namespace

std::string describeImportCounts(const ImportCounts& c) {
    return std::to_string(c.rowsRead) + (c.rowsRead == 1 ? " row" : " rows") +
           "; accounts: " + std::to_string(c.accountsCreated) + " created, " + std::to_string(c.accountsUpdated) +
           " updated; documents: " + std::to_string(c.documentsCreated) + " created, " +
           std::to_string(c.documentsUpdated) + " updated, " + std::to_string(c.documentsUnchanged) + " unchanged, " +
           std::to_string(c.documentsClosed) + " closed" +
           (c.usersCreated ? "; analysts created: " + std::to_string(c.usersCreated) + " (no password yet)" : "");
}

std::string_view documentChangeKindName(DocumentChangeKind kind) {
    switch (kind) {
    case DocumentChangeKind::Created: return "created";
    case DocumentChangeKind::Updated: return "updated";
    case DocumentChangeKind::Closed: return "closed";
    }
    return "";
}

std::string describeDocumentChange(const DocumentChange& c, const std::string& fileLabel) {
    const std::string where = fileLabel + (c.line ? ":" + std::to_string(c.line) : ": not listed") + ": ";
    return where + c.account + " " + std::string(documentTypeName(c.type)) + " " + c.document + ": " +
           std::string(documentChangeKindName(c.kind)) + ", open " +
           (c.oldOpen ? c.oldOpen->toDecimalString() : std::string("none")) + " -> " + c.newOpen.toDecimalString() +
           " " + std::string(c.newOpen.currency().code());
}

void DocumentChanges::add(DocumentChange change) {
    ++total_;
    if (kept_.size() < limit_) kept_.push_back(std::move(change));
}

ImportService::ImportService(LedgerDatabase& database, ApplicationLog log)
    : database_(database), log_(std::move(log)) {}

ImportResult ImportService::importFile(const std::string& path, const ImportMapping& mapping,
                                       const ImportOptions& options, const Actor& by,
                                       const ImportProgressCallback& progress) {
    requirePermission(by, Permission::ImportLedger);
    FileBytes bytes(path);
    return importBytes(bytes, path, mapping, options, by, progress);
}

ImportResult ImportService::importText(std::string_view text, const std::string& fileLabel,
                                       const ImportMapping& mapping, const ImportOptions& options, const Actor& by,
                                       const ImportProgressCallback& progress) {
    MemoryBytes bytes(text);
    return importBytes(bytes, fileLabel, mapping, options, by, progress);
}

ImportResult ImportService::importBytes(ByteSource& bytes, const std::string& fileLabel, const ImportMapping& mapping,
                                        const ImportOptions& options, const Actor& by,
                                        const ImportProgressCallback& progress) {
    // The duration is only reported, never part of a rule.
    const auto started = std::chrono::steady_clock::now();
    try {
        ImportResult result = runImport(bytes, fileLabel, mapping, options, by, progress);
        const auto elapsed = std::chrono::steady_clock::now() - started;
        log_.importFinished(result, mapping.profileName, options,
                            std::chrono::duration_cast<std::chrono::milliseconds>(elapsed));
        return result;
    } catch (const std::exception& e) {
        log_.importFailed(fileLabel, mapping.profileName, e.what());
        throw;
    }
}

ImportResult ImportService::runImport(ByteSource& bytes, const std::string& fileLabel, const ImportMapping& mapping,
                                      const ImportOptions& options, const Actor& by,
                                      const ImportProgressCallback& progress) {
    requirePermission(by, Permission::ImportLedger);
    if (options.createAnalysts) requirePermission(by, Permission::CreateAnalysts);
    ImportResult result;
    result.fileLabel = fileLabel;
    result.problems = ImportProblems(options.problemLimit);
    result.changes = DocumentChanges(options.changeLimit);
    // A pass over the bytes decides and checks the encoding, so a file that
    // is not valid in it is refused before any row is read.
    TextSource source(bytes, mapping.encoding, options.readBlockSize);
    if (const auto invalidLine = source.check().invalidLine) {
        std::string encoding(textEncodingName(source.check().encoding));
        for (char& c : encoding) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        result.problems.add(*invalidLine, "file",
                            "is not valid " + encoding + " text (check the file's encoding or the profile)");
        return result;
    }

    RecordMapper mapper(mapping);
    ExportReader reader(source, mapping, mapper, options.readBlockSize);
    if (!reader.readHeader(result.problems)) return result;
    CsvRecord record;

    UnitOfWork work(database_);
    // The import run's own audit record stands for the rows it loads.
    BulkLoad bulk(database_);
    ImportRunRecord run;
    run.fileName = std::filesystem::path(fileLabel).filename().string();
    run.profile = mapping.profileName;
    run.effectiveOn = options.effectiveOn;
    run.snapshot = options.snapshot;
    run.user = by.user;
    const std::int64_t runId = database_.importRuns().begin(run);

    ImportApplier applier(database_, mapper, options, runId, result.problems, result.changes);
    ImportRow row;
    try {
        while (reader.next(record, result.problems)) {
            if (mapper.map(record, row, result.problems))
                applier.apply(row);
            else
                ++applier.counts().rowsRead;
            if (progress && applier.counts().rowsRead % kProgressInterval == 0 &&
                !progress({reader.offset(), reader.size(), applier.counts().rowsRead})) {
                result.outcome = ImportOutcome::Cancelled;
                result.counts = applier.counts();
                return result; // the unit of work rolls back
            }
        }
    } catch (const CsvSyntaxError& e) {
        result.problems.add(e.line(), "file", e.what());
    }
    applier.reportUnknownAnalysts();
    if (applier.hasDuplicatesToPlace()) {
        // Only to name the lines duplicates were first listed on: the file is
        // read again rather than a line kept for every document.
        TextSource again(bytes, source.check(), options.readBlockSize);
        RecordMapper mapperAgain(mapping);
        ExportReader readerAgain(again, mapping, mapperAgain, options.readBlockSize);
        ImportProblems ignored(0);
        try {
            if (readerAgain.readHeader(ignored)) applier.placeDuplicates(readerAgain, mapperAgain);
        } catch (const CsvSyntaxError&) {
            // Already reported by the first pass.
        }
    }
    if (result.problems.empty() && options.snapshot) applier.closeUnlisted();
    result.counts = applier.counts();
    const bool cancelled = progress && !progress({reader.size(), reader.size(), result.counts.rowsRead});

    if (cancelled) {
        result.outcome = ImportOutcome::Cancelled;
    } else if (!result.problems.empty()) {
        result.outcome = ImportOutcome::Rejected;
    } else if (options.dryRun) {
        result.outcome = ImportOutcome::DryRun;
    } else if (!result.counts.changedAnything()) {
        // Nothing differs: keep no trace, so a repeated import changes nothing.
        result.outcome = ImportOutcome::Unchanged;
    } else {
        database_.importRuns().finish(runId, result.counts);
        work.commit();
        result.outcome = ImportOutcome::Imported;
        // A credit note the ERP raised for an approved credit memo request
        // completes that request: allocated, and the dispute resolved.
        result.creditNotes = CreditMemoService(database_).applyArrivedCreditNotes(by);
    }
    return result;
}

} // namespace duedesk
