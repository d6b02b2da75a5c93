// The import wizard, driven through its pages on the hand ledger: a bad
// file is refused with every problem listed and nothing written; a good
// one is checked, then imported; a cancelled import writes nothing.
#include "app/MainWindow.h"
#include "app/import/ImportWizard.h"
#include "app/import/ImportWizardPages.h"
#include "app/ledger/LedgerView.h"
#include "gui/GuiSupport.h"

#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UserRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace duedesk;
using namespace duedesk::test;

namespace {

// Fills in the first page and moves to the check, which starts the dry run.
void chooseFile(app::ImportWizard& wizard, const std::string& path, const QString& profile) {
    wizard.show();
    REQUIRE(wizard.currentId() == app::ImportWizard::FilePage);
    auto* next = wizard.button(QWizard::NextButton);
    CHECK_FALSE(next->isEnabled()); // no file yet
    wizard.findChild<QLineEdit*>(QStringLiteral("importFile"))->setText(QString::fromStdString(path));
    auto* profiles = wizard.findChild<QComboBox*>(QStringLiteral("importProfile"));
    profiles->setCurrentIndex(profiles->findData(profile));
    REQUIRE(next->isEnabled());
    QSignalSpy checked(&wizard, &app::ImportWizard::checked);
    next->click();
    REQUIRE(wizard.currentId() == app::ImportWizard::CheckPage);
    REQUIRE(checked.wait(10000));
}

QString text(const app::ImportWizard& wizard, const char* name) {
    return wizard.findChild<QLabel*>(QString::fromLatin1(name))->text();
}

std::int64_t openAmount(const std::string& db, const char* number) {
    auto database = LedgerDatabase::open(db, LedgerDatabase::OpenMode::ExistingOnly);
    sqlite::Statement s(sqliteConnection(*database), "SELECT open_amount FROM documents WHERE number = ?1");
    s.bind(1, std::string_view(number));
    REQUIRE(s.step());
    return s.int64(0);
}

} // namespace

TEST_CASE("The import wizard refuses a bad file, lists every problem by line, and writes nothing", "[gui][import]") {
    HandLedgerSession s;
    const std::string db = s.dir.file("ledger.db");
    const std::string before = dumpDatabase(db);
    app::ImportWizard wizard(*s.session);
    chooseFile(wizard, testDataPath("bad-rows.csv"), QStringLiteral("generic"));

    CHECK(text(wizard, "importSummary") ==
          QStringLiteral("19 problems in bad-rows.csv (generic). Nothing can be imported until the file is fixed."));
    auto* problemsView = wizard.findChild<QTableView*>(QStringLiteral("importProblems"));
    REQUIRE(problemsView);
    const QAbstractItemModel& problems = *problemsView->model();
    REQUIRE(problems.rowCount() == 19);
    const auto row = [&](int r) {
        return cell(problems, r, 0) + QLatin1Char('|') + cell(problems, r, 1) + QLatin1Char('|') + cell(problems, r, 2);
    };
    CHECK(row(0) == QStringLiteral("3|type|\"bill\" is not one of invoice, credit_note, payment"));
    CHECK(row(9) == QStringLiteral("12|account_name|is required for the new account \"A9\""));
    CHECK(row(12) == QStringLiteral("15|row|has 7 fields, the header has 9"));
    CHECK(row(18) == QStringLiteral("22|document_date|\"June 1st\" is not a valid date (YYYY-MM-DD)"));
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    CHECK(dumpDatabase(db) == before);
}

TEST_CASE("The import wizard names a file no profile recognises", "[gui][import]") {
    HandLedgerSession s;
    const std::string before = dumpDatabase(s.dir.file("ledger.db"));
    const std::string path = s.dir.file("notes.csv");
    writeFile(path, "colour,size\nred,4\n");
    app::ImportWizard wizard(*s.session);
    chooseFile(wizard, path, QStringLiteral("auto"));
    CHECK(text(wizard, "importSummary") ==
          QStringLiteral("The file cannot be imported: No built-in profile recognises the header of %1; choose the "
                         "profile.")
              .arg(QString::fromStdString(path)));
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    CHECK(dumpDatabase(s.dir.file("ledger.db")) == before);
}

TEST_CASE("The import wizard checks a good file, then imports it for the signed-in user", "[gui][import]") {
    HandLedgerSession s;
    const std::string db = s.dir.file("ledger.db");
    const std::string before = dumpDatabase(db);
    app::ImportWizard wizard(*s.session);
    chooseFile(wizard, testDataPath("hand-ledger-update.csv"), QStringLiteral("auto"));
    // INV-1 part-paid (1,000.00 open down to 400.00), INV-2 paid in full:
    // both updated ("closed" counts only what a snapshot closes).
    CHECK(text(wizard, "importSummary") ==
          QStringLiteral("hand-ledger-update.csv (generic, recognised from the header on line 1) is ready to import: "
                         "2 rows; accounts: 0 created, 0 updated; documents: 0 created, 2 updated, 0 unchanged, "
                         "0 closed. The 2 documents it changes are listed below."));
    CHECK(dumpDatabase(db) == before); // the check wrote nothing

    auto* import = wizard.button(QWizard::CommitButton);
    REQUIRE(import->isEnabled());
    CHECK(import->text() == QStringLiteral("&Import"));
    QSignalSpy ended(&wizard, &app::ImportWizard::importEnded);
    import->click();
    REQUIRE(ended.wait(10000));
    CHECK(ended.first().first().toBool());
    CHECK(text(wizard, "importResult") ==
          QStringLiteral("Imported hand-ledger-update.csv (generic, recognised from the header on line 1): 2 rows; "
                         "accounts: 0 created, 0 updated; documents: 0 created, 2 updated, 0 unchanged, 0 closed."));
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK(openAmount(db, "INV-1") == 40000);
    CHECK(openAmount(db, "INV-2") == 0);
    // The run is recorded under the signed-in user.
    auto database = LedgerDatabase::open(db, LedgerDatabase::OpenMode::ExistingOnly);
    sqlite::Statement run(sqliteConnection(*database),
                          "SELECT u.name, r.effective_on FROM import_runs r JOIN users u ON u.id = r.user_id");
    REQUIRE(run.step());
    CHECK(run.string(0) == "amorgan");
    CHECK(run.int32(1) == Date::ymd(2026, 6, 30).dayNumber());
    CHECK_FALSE(run.step());
}

TEST_CASE("Cancelling the import's progress dialog writes nothing", "[gui][import]") {
    HandLedgerSession s;
    const std::string db = s.dir.file("ledger.db");
    app::ImportWizard wizard(*s.session);
    chooseFile(wizard, testDataPath("hand-ledger-update.csv"), QStringLiteral("generic"));
    const std::string before = dumpDatabase(db);

    // Another writer holds the ledger, so the import waits inside the
    // service until the user's cancel is in; it then stops before commit.
    auto other = LedgerDatabase::open(db, LedgerDatabase::OpenMode::ExistingOnly);
    sqliteConnection(*other).exec("BEGIN IMMEDIATE");
    QSignalSpy ended(&wizard, &app::ImportWizard::importEnded);
    wizard.button(QWizard::CommitButton)->click();
    auto* progress = wizard.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
    REQUIRE(progress);
    CHECK(progress->isVisible());
    auto* cancel = progress->findChild<QPushButton*>();
    REQUIRE(cancel);
    CHECK(cancel->text() == QStringLiteral("Cancel"));
    cancel->click();
    sqliteConnection(*other).exec("ROLLBACK");
    REQUIRE(ended.wait(10000));
    CHECK_FALSE(ended.first().first().toBool());
    CHECK(text(wizard, "importResult") ==
          QStringLiteral("Import cancelled. Nothing was written; the ledger is as it was."));
    CHECK(dumpDatabase(db) == before);
}

TEST_CASE("File > Import opens the wizard, and the ledger reloads after an import", "[gui][import]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    QSignalSpy loaded(&window.ledgerView(), &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    QAction* action = nullptr;
    for (QAction* a : window.menuBar()->findChildren<QAction*>())
        if (a->text() == QStringLiteral("&Import…")) action = a;
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    action->trigger();
    auto* wizard = window.findChild<app::ImportWizard*>(QStringLiteral("importWizard"));
    REQUIRE(wizard);
    CHECK(wizard->isVisible());
    emit wizard->importEnded(true);
    REQUIRE(loaded.wait(10000));
}

TEST_CASE("A team leader's import creates the analysts the file names, an analyst's may not", "[gui][import]") {
    const std::string file = "account,account_name,document,type,document_date,due_date,currency,amount,analyst\n"
                             "B1,Beta 1,N-1,invoice,2026-06-01,2026-07-01,GBP,10.00,zwright\n";
    {
        HandLedgerSession analyst;
        app::ImportWizard wizard(*analyst.session);
        auto* create = wizard.findChild<QCheckBox*>(QStringLiteral("importCreateAnalysts"));
        REQUIRE(create);
        CHECK_FALSE(create->isEnabled());
        CHECK(create->toolTip() ==
              QStringLiteral("Only a team leader or an administrator may create analysts from an import."));
    }
    HandLedgerSession leader("hreid");
    const std::string path = leader.dir.file("team.csv");
    writeFile(path, file);
    app::ImportWizard wizard(*leader.session);
    auto* create = wizard.findChild<QCheckBox*>(QStringLiteral("importCreateAnalysts"));
    REQUIRE(create->isEnabled());
    create->setChecked(true);
    chooseFile(wizard, path, QStringLiteral("generic"));
    CHECK(text(wizard, "importSummary") ==
          QStringLiteral("team.csv (generic) is ready to import: 1 row; accounts: 1 created, 0 updated; documents: 1 "
                         "created, 0 updated, 0 unchanged, 0 closed; analysts created: 1 (no password yet). The "
                         "document it changes is listed below."));
    QSignalSpy ended(&wizard, &app::ImportWizard::importEnded);
    wizard.button(QWizard::CommitButton)->click();
    REQUIRE(ended.wait(10000));
    CHECK(ended.first().first().toBool());
    auto database = LedgerDatabase::open(leader.dir.file("ledger.db"), LedgerDatabase::OpenMode::ExistingOnly);
    const auto zwright = database->users().findByName("zwright");
    REQUIRE(zwright);
    CHECK(zwright->createdByImportRun == 2);
    CHECK_FALSE(zwright->hasPassword);
}

TEST_CASE("The import check lists the documents the import would change, to save or copy", "[gui][import]") {
    HandLedgerSession s;
    const std::string db = s.dir.file("ledger.db");
    const std::string before = dumpDatabase(db);
    // A name with characters a label could take for a mnemonic or markup.
    const std::string path = s.dir.file("Q2 & Q3 <update>.csv");
    writeFile(path, readFile(testDataPath("hand-ledger-update.csv")));
    app::ImportWizard wizard(*s.session);
    chooseFile(wizard, path, QStringLiteral("generic"));

    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("importSummary"));
    CHECK(summary->textFormat() == Qt::PlainText);
    CHECK(summary->text() ==
          QStringLiteral("Q2 & Q3 <update>.csv (generic) is ready to import: 2 rows; accounts: 0 created, 0 "
                         "updated; documents: 0 created, 2 updated, 0 unchanged, 0 closed. The 2 documents it "
                         "changes are listed below."));
    auto* changesView = wizard.findChild<QTableView*>(QStringLiteral("importChanges"));
    REQUIRE(changesView);
    CHECK(changesView->isVisible());
    CHECK_FALSE(wizard.findChild<QTableView*>(QStringLiteral("importProblems"))->isVisible());
    const QAbstractItemModel& changes = *changesView->model();
    REQUIRE(changes.rowCount() == 2);
    const auto row = [&](int r) {
        QStringList cells;
        for (int c = 0; c < changes.columnCount(); ++c) cells << cell(changes, r, c);
        return cells.join(QLatin1Char('|'));
    };
    CHECK(row(0) == QStringLiteral("2|A1|Invoice INV-1|GBP|1,000.00|400.00|Updated"));
    CHECK(row(1) == QStringLiteral("3|A1|Invoice INV-2|GBP|200.00|0.00|Updated"));
    CHECK(changes.headerData(4, Qt::Horizontal).toString() == QStringLiteral("Open now"));
    CHECK(changes.data(changes.index(0, 4), Qt::TextAlignmentRole).value<Qt::Alignment>() ==
          (Qt::AlignRight | Qt::AlignVCenter));

    auto* page = qobject_cast<app::ImportCheckPage*>(wizard.currentPage());
    REQUIRE(page);
    CHECK(wizard.findChild<QPushButton*>(QStringLiteral("importSaveList"))->isVisible());
    const std::string saved = s.dir.file("changes.csv");
    CHECK_FALSE(page->saveList(QString::fromStdString(saved)));
    CHECK(readFile(saved) == "line,account,type,document,currency,old_open,new_open,change\r\n"
                             "2,A1,invoice,INV-1,GBP,1000.00,400.00,updated\r\n"
                             "3,A1,invoice,INV-2,GBP,200.00,0.00,updated\r\n");
    const auto error = page->saveList(QStringLiteral("/nonexistent-dir/changes.csv"));
    REQUIRE(error);
    CHECK(error->startsWith(QStringLiteral("Could not save /nonexistent-dir/changes.csv: ")));
    wizard.findChild<QPushButton*>(QStringLiteral("importCopyList"))->click();
    CHECK(QGuiApplication::clipboard()->text() ==
          QStringLiteral("line\taccount\ttype\tdocument\tcurrency\told_open\tnew_open\tchange\r\n"
                         "2\tA1\tinvoice\tINV-1\tGBP\t1000.00\t400.00\tupdated\r\n"
                         "3\tA1\tinvoice\tINV-2\tGBP\t200.00\t0.00\tupdated\r\n"));
    CHECK(dumpDatabase(db) == before);

    // Imported: the name is shown as it is, and only Finish is left.
    QSignalSpy ended(&wizard, &app::ImportWizard::importEnded);
    wizard.button(QWizard::CommitButton)->click();
    auto* progress = wizard.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
    REQUIRE(progress);
    auto* progressLabel = progress->findChild<QLabel*>();
    REQUIRE(progressLabel);
    CHECK(progressLabel->textFormat() == Qt::PlainText);
    REQUIRE(ended.wait(10000));
    auto* result = wizard.findChild<QLabel*>(QStringLiteral("importResult"));
    CHECK(result->textFormat() == Qt::PlainText);
    CHECK(result->text().startsWith(QStringLiteral("Imported Q2 & Q3 <update>.csv (generic): 2 rows;")));
    CHECK(wizard.button(QWizard::FinishButton)->isVisible());
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK_FALSE(wizard.button(QWizard::CancelButton)->isVisible());
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isVisible());
}

TEST_CASE("The import check's problem list can be saved as CSV", "[gui][import]") {
    HandLedgerSession s;
    app::ImportWizard wizard(*s.session);
    chooseFile(wizard, testDataPath("bad-rows.csv"), QStringLiteral("generic"));
    auto* page = qobject_cast<app::ImportCheckPage*>(wizard.currentPage());
    REQUIRE(page);
    CHECK_FALSE(wizard.findChild<QTableView*>(QStringLiteral("importChanges"))->isVisible());
    const std::string saved = s.dir.file("problems.csv");
    CHECK_FALSE(page->saveList(QString::fromStdString(saved)));
    const std::string csv = readFile(saved);
    CHECK(csv.starts_with("line,column,problem\r\n"
                          "3,type,\"\"\"bill\"\" is not one of invoice, credit_note, payment\"\r\n"));
    CHECK(std::ranges::count(csv, '\n') == 20); // the heading and 19 problems
}
