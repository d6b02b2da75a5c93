// duedesk: the workstation. Opens a database (--db, $DUEDESK_DB or the
// user's data location), offers the demo portfolio or an empty ledger when
// there is none yet, signs the user in and shows the main window.
#include "app/AppSession.h"
#include "app/FirstStartDialog.h"
#include "app/MainWindow.h"
#include "app/SignInDialog.h"

#include "duedesk/Version.h"
#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/services/DatabaseLocation.h"
#include "duedesk/storage/StorageError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <filesystem>

int main(int argc, char** argv) {
    using namespace duedesk;
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
    parser.process(application);

    std::optional<std::string> explicitPath;
    if (parser.isSet(dbOption)) explicitPath = parser.value(dbOption).toStdString();
    const std::string path = resolveDatabasePath(explicitPath);
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
        auto database = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
        app::SignInDialog signIn(*database);
        if (signIn.exec() != QDialog::Accepted || !signIn.user()) return 0;
        app::AppSession session(path, *signIn.user(), today);
        app::MainWindow window(session);
        window.show();
        return application.exec();
    } catch (const StorageError& e) {
        QMessageBox::critical(nullptr, QStringLiteral("Duedesk"), QString::fromStdString(e.what()));
        return 3;
    }
}
