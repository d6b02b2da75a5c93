// Progress and cancellation cross threads through QPromise and the job's
// QFutureWatcher: the pool thread never touches a QObject of the UI's.
#include "app/import/ImportJob.h"

#include "duedesk/importing/ByteSource.h"
#include "duedesk/importing/ImportProfiles.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace duedesk::app {
namespace {

ImportReport runImport(const ImportRequest& request, QPromise<Outcome<ImportReport>>& promise) {
    FileBytes bytes(request.filePath); // read block by block, never whole
    ImportReport report;
    std::optional<ImportMapping> mapping;
    if (request.profile == "auto") {
        auto recognised = recogniseProfile(bytes);
        if (!recognised)
            throw std::runtime_error("No built-in profile recognises the header of " + request.filePath +
                                     "; choose the profile.");
        report.recognisedOnLine = recognised->headerLine;
        mapping = std::move(recognised->mapping);
    } else {
        mapping = resolveProfile(request.profile);
    }
    report.profileName = mapping->profileName;
    auto db = request.connector.connect();
    report.result = ImportService(*db).importBytes(
        bytes, request.filePath, *mapping, request.options, request.by, [&](const ImportProgress& p) {
            const int permille = p.bytesTotal ? static_cast<int>(p.bytesDone * 1000 / p.bytesTotal) : 1000;
            promise.setProgressValueAndText(permille, QString::number(p.rows));
            return !promise.isCanceled();
        });
    return report;
}

} // namespace

ImportJob::ImportJob(ImportRequest request, QObject* parent) : QObject(parent), request_(std::move(request)) {
    watcher_.setPendingResultsLimit(1);
    connect(&watcher_, &QFutureWatcherBase::progressValueChanged, this,
            [this](int permille) { emit progressed(permille, watcher_.progressText().toLongLong()); });
    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
        // A cancelled promise drops its result: the import reported Cancelled.
        if (watcher_.future().resultCount() > 0) {
            outcome_ = watcher_.result();
        } else {
            ImportReport cancelled;
            cancelled.result.outcome = ImportOutcome::Cancelled;
            outcome_ = std::move(cancelled);
        }
        running_ = false;
        emit finished();
    });
}

ImportJob::~ImportJob() {
    cancel();
    // The import stops at its next progress check and rolls back; the
    // watcher must not outlive us waiting for it.
    watcher_.disconnect(this);
}

void ImportJob::cancel() {
    if (running_) watcher_.future().cancel();
}

void ImportJob::start() {
    running_ = true;
    watcher_.setFuture(QtConcurrent::run([request = request_](QPromise<Outcome<ImportReport>>& promise) {
        try {
            promise.addResult(runImport(request, promise));
        } catch (const std::exception& e) {
            promise.addResult(Outcome<ImportReport>(std::string(e.what())));
        }
    }));
}

} // namespace duedesk::app
