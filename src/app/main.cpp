// duedesk: the workstation. Opens the application log (--log-file,
// $DUEDESK_LOG or the user's data location; --log-level) and a database
// (--db, $DUEDESK_DB or the user's data location), offers the demo
// portfolio or an empty ledger when there is none yet, and hands over to
// the Workstation: sign in, the main window, sign out and in again.
#include "app/session/AppSession.h"
#include "app/session/FirstStartDialog.h"
#include "app/session/Workstation.h"

#include "duedesk/Version.h"
#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/services/DatabaseLocation.h"
#include "duedesk/storage/StorageError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <filesystem>
#include <iostream>

namespace {

// The log's file and level from the command line; nothing (after saying
// why on standard error) for an unknown level.
std::optional<duedesk::ApplicationLogSettings> logSettingsFrom(const QCommandLineParser& parser,
                                                               const QCommandLineOption& fileOption,
                                                               const QCommandLineOption& levelOption) {
    duedesk::ApplicationLogSettings settings;
    settings.program = "duedesk";
    std::optional<std::string> explicitPath;
    if (parser.isSet(fileOption)) explicitPath = parser.value(fileOption).toStdString();
    settings.filePath = duedesk::resolveLogPath(explicitPath);
    const std::string levelText = parser.value(levelOption).toStdString();
    const auto level = duedesk::parseLogLevel(levelText);
    if (!level) {
        std::cerr << "duedesk: --log-level \"" << levelText << "\" is not one of " << duedesk::logLevelList() << "\n";
        return std::nullopt;
    }
    settings.level = *level;
    return settings;
}

} // namespace

int main(int argc, char** argv) {
    using namespace duedesk;
    // Made before the application so that Qt's messages while it ends
    // still reach the log.
    const QtMessagesToLog qtMessages;
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Duedesk"));
    QApplication::setApplicationName(QStringLiteral("Duedesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Duedesk collections workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    parser.addOption(dbOption);
    const QCommandLineOption logFileOption(
        QStringLiteral("log-file"),
        QStringLiteral("Log file (default: $DUEDESK_LOG, else duedesk.log beside the default database)."),
        QStringLiteral("PATH"));
    parser.addOption(logFileOption);
    const QCommandLineOption logLevelOption(
        QStringLiteral("log-level"),
        QStringLiteral("Log level: %1 (default info).").arg(QString::fromStdString(logLevelList())),
        QStringLiteral("LEVEL"), QStringLiteral("info"));
    parser.addOption(logLevelOption);
    parser.process(application);

    const auto logSettings = logSettingsFrom(parser, logFileOption, logLevelOption);
    if (!logSettings) return 1;
    // Installed for the process: the windows' services write to it.
    const ApplicationLog log = ApplicationLog::open(*logSettings, std::cerr);
    log.install();

    std::optional<std::string> explicitPath;
    if (parser.isSet(dbOption)) explicitPath = parser.value(dbOption).toStdString();
    const std::string path = resolveDatabasePath(explicitPath);
    log.started(path);
    const Date today = app::AppSession::today();

    try {
        if (!std::filesystem::exists(path)) {
            DemoOptions demo;
            demo.accounts = 2000;
            demo.invoices = 60000;
            demo.asOf = today;
            app::FirstStartDialog firstStart(path, demo);
            if (firstStart.exec() != QDialog::Accepted) return 0;
        }
        // Sign in, work, sign out and in again: the program ends when the
        // sign-in is closed without signing in, or the main window is.
        app::Workstation workstation(path, today);
        QObject::connect(&workstation, &app::Workstation::ended, &application, &QCoreApplication::quit,
                         Qt::QueuedConnection);
        workstation.start();
        return application.exec();
    } catch (const SchemaRefused& e) {
        log.refused("database", e.what());
        QMessageBox::critical(nullptr, QStringLiteral("Duedesk"), QString::fromStdString(e.what()));
        return 3;
    } catch (const StorageError& e) {
        log.failed("database", e.what());
        QMessageBox::critical(nullptr, QStringLiteral("Duedesk"), QString::fromStdString(e.what()));
        return 3;
    }
}
