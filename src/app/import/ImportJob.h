// ImportJob: one import (or its dry run) on the thread pool, through its own
// database connection. It reads the file, picks the profile (recognising it
// from the header when asked), and reports progress; cancel() is honoured
// before anything is committed, so a cancelled job leaves the ledger as it
// was. Destroying the job cancels it.
#pragma once

#include "app/common/BackgroundTask.h"

#include "duedesk/services/ImportService.h"
#include "duedesk/storage/LedgerConnector.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>
#include <string>

namespace duedesk::app {

// Where and as whom have no defaults: a request is made from a session.
struct ImportRequest {
    ImportRequest(LedgerConnector ledger, Actor actor) : connector(std::move(ledger)), by(std::move(actor)) {}
    LedgerConnector connector;
    Actor by;
    std::string filePath;
    std::string profile = "auto"; // a built-in profile's name, "auto", or a mapping file (.toml)
    ImportOptions options;
};

struct ImportReport {
    ImportResult result;
    std::string profileName;
    std::optional<std::size_t> recognisedOnLine; // the header's line when the profile was recognised
};

class ImportJob final : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(ImportRequest request, QObject* parent = nullptr);
    ~ImportJob() override;
    void start();
    void cancel();
    bool running() const { return running_; }
    // After finished(): the report, or what went wrong before any row was read.
    const Outcome<ImportReport>& outcome() const { return outcome_; }

signals:
    void progressed(int permille, qint64 rows);
    void finished();

private:
    ImportRequest request_;
    QFutureWatcher<Outcome<ImportReport>> watcher_;
    Outcome<ImportReport> outcome_ = std::string();
    bool running_ = false;
};

} // namespace duedesk::app
