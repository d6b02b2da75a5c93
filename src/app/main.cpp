// duedesk: the workstation. Opens a database (--db, $DUEDESK_DB or the
// user's data location), offers the demo portfolio to a new one, signs the
// user in and shows the main window.
#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "app/SignInDialog.h"

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
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

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
            const auto answer = QMessageBox::question(
                nullptr, QStringLiteral("Duedesk"),
                QStringLiteral("There is no ledger at %1 yet.\n\nCreate it with the demo portfolio (2,000 customer "
                               "accounts; every demo user's password is \"%2\")?")
                    .arg(QString::fromStdString(path), QString::fromLatin1(kDemoPassword)));
            if (answer != QMessageBox::Yes) return 0;
            auto db = LedgerDatabase::open(path);
            DemoOptions demo;
            demo.accounts = 2000;
            demo.invoices = 60000;
            demo.asOf = today;
            generateDemoPortfolio(*db, demo);
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
