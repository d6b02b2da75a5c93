// The Collection strategies window on the hand ledger with the default
// strategies, as a team leader (hreid) works it: a step's days changed and
// a step added by keyboard, saved exactly; a strategy the core refuses
// (a day taken twice, no name, a name taken) shows why and writes
// nothing; the rules reordered, a rule added and a challenger's share
// changed, saved exactly; an analyst has no menu entry for it.
#include "app/MainWindow.h"
#include "app/strategy/StrategyEditor.h"
#include "gui/GuiSupport.h"

#include "duedesk/services/CollectionStrategies.h"
#include "duedesk/services/StrategyAssignments.h"
#include "duedesk/services/TeamSettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

template <class W>
W& widget(QWidget& root, const char* name) {
    auto* w = root.findChild<W*>(QString::fromLatin1(name));
    REQUIRE(w);
    return *w;
}

// The table's rows as shown, cells joined by " | ".
QStringList rows(const QAbstractItemModel& m) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m.columnCount(); ++c) cells << cell(m, r, c);
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

// The team leader's ledger: the default strategies and rules, assigned as
// of the session's day, amounts in pounds.
struct LeaderLedger {
    LeaderLedger() : s("hreid") {
        LedgerDatabase& db = s.session->database();
        CollectionStrategies(db).installDefaults(s.session->actor());
        StrategyAssignments(db).assign(s.session->asOf(), s.session->actor());
        TeamSettings(db).setReportingCurrency(Currency::of("GBP"), s.session->actor());
    }
    CollectionStrategies strategies() { return CollectionStrategies(s.session->database()); }
    HandLedgerSession s;
};

void activate(QWidget& window) {
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

void waitLoaded(app::StrategyEditor& editor) {
    QSignalSpy loaded(&editor, &app::StrategyEditor::loaded);
    REQUIRE(loaded.wait(10000));
}

// Enter in a cell's editor hands the value over once the event loop runs.
void commitCell(QWidget& editor) {
    QTest::keyClick(&editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

// Edits a cell of the steps table by keyboard: F2, the text typed over
// what was there, Enter.
void typeInCell(QTableView& table, int row, int column, const QString& text) {
    table.setFocus();
    table.setCurrentIndex(table.model()->index(row, column));
    QTest::keyClick(&table, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(editor);
    REQUIRE(editor != &table);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    commitCell(*editor);
}

bool save(app::StrategyEditor& editor) {
    QSignalSpy finished(&editor, &app::StrategyEditor::saveFinished);
    widget<QDialogButtonBox>(editor, "buttons").button(QDialogButtonBox::Save)->click();
    REQUIRE(finished.wait(10000));
    return finished.first().first().toBool();
}

QString problems(app::StrategyEditor& editor) { return widget<QLabel>(editor, "editorProblems").text(); }

void selectByData(QComboBox& box, qint64 id) {
    const int index = box.findData(QVariant::fromValue<qint64>(id));
    REQUIRE(index >= 0);
    box.setCurrentIndex(index);
}

} // namespace

TEST_CASE("The strategies window lists each strategy with its steps and the accounts that follow it",
          "[gui][strategy]") {
    LeaderLedger l;
    app::StrategyEditor editor(*l.s.session);
    waitLoaded(editor);
    CHECK(editor.windowTitle() == QStringLiteral("Collection strategies"));
    CHECK(rows(editor.strategies()) == QStringList{
                                           QStringLiteral("High risk | yes | 5 | 0"),
                                           QStringLiteral("Key account | yes | 5 | 0"),
                                           QStringLiteral("Standard | yes | 6 | 3"),
                                           QStringLiteral("Standard, call first | yes | 6 | 1"),
                                       });
    // The first strategy on show, its steps in their table.
    CHECK(widget<QLineEdit>(editor, "strategyName").text() == QStringLiteral("High risk"));
    CHECK(rows(editor.steps()).first() == QStringLiteral("+1 | Call | first call"));
    CHECK(rows(editor.rules()) == QStringList{
                                      QStringLiteral("10 | D | any | any | High risk | none"),
                                      QStringLiteral("20 | any | key account | any | Key account | none"),
                                      QStringLiteral("30 | any | any | any | Standard | 20% take Standard, call first"),
                                  });
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("A step's days changed and a step added by keyboard are saved exactly", "[gui][strategy][keyboard]") {
    LeaderLedger l;
    const Strategy before = *l.strategies().findByName("Standard");
    const std::vector<StrategyRule> rulesBefore = l.strategies().rules();
    app::StrategyEditor editor(*l.s.session);
    waitLoaded(editor);
    activate(editor);
    editor.selectStrategy(2);
    REQUIRE(widget<QLineEdit>(editor, "strategyName").text() == QStringLiteral("Standard"));
    auto& steps = widget<QTableView>(editor, "stepsTable");

    // The first call from 12 days rather than 10.
    typeInCell(steps, 1, 0, QStringLiteral("12"));
    CHECK(rows(editor.steps())[1] == QStringLiteral("+12 | Call | first call"));
    // Insert: a step after the last, its days ready to type.
    steps.setFocus();
    QTest::keyClick(&steps, Qt::Key_Insert);
    QWidget* days = QApplication::focusWidget();
    REQUIRE(days);
    QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(days, QStringLiteral("80"));
    commitCell(*days);
    steps.setCurrentIndex(steps.model()->index(6, 1));
    QTest::keyClick(&steps, Qt::Key_F2);
    auto* action = qobject_cast<QComboBox*>(QApplication::focusWidget());
    REQUIRE(action);
    action->setCurrentIndex(action->findData(QStringLiteral("letter")));
    commitCell(*action);
    typeInCell(steps, 6, 2, QStringLiteral("collection agency notice"));
    CHECK(rows(editor.steps())[6] == QStringLiteral("+80 | Letter | collection agency notice"));
    // Not saved yet: the list says so in italics, and the count is new.
    CHECK(editor.strategies().data(editor.strategies().index(2, 0), Qt::FontRole).value<QFont>().italic());
    CHECK(cell(editor.strategies(), 2, 2) == QStringLiteral("7"));

    REQUIRE(save(editor));
    Strategy expected = before;
    expected.steps = {{3, DiaryAction::Email, "reminder email"},
                      {12, DiaryAction::Call, "first call"},
                      {20, DiaryAction::Letter, "first letter"},
                      {35, DiaryAction::Letter, "second letter"},
                      {50, DiaryAction::Letter, "final demand"},
                      {65, DiaryAction::Review, "escalation review"},
                      {80, DiaryAction::Letter, "collection agency notice"}};
    CHECK(*l.strategies().findByName("Standard") == expected);
    CHECK(l.strategies().list().size() == 4);
    CHECK(l.strategies().rules() == rulesBefore);
    // Read back once saved: nothing left to save, Standard still on show.
    waitLoaded(editor);
    CHECK_FALSE(editor.draft().modified());
    CHECK(widget<QLabel>(editor, "editorStatus").text() == QStringLiteral("Saved."));
    CHECK(widget<QLineEdit>(editor, "strategyName").text() == QStringLiteral("Standard"));
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("A strategy the core refuses shows every problem and the ledger is left as it was", "[gui][strategy]") {
    LeaderLedger l;
    const std::string before = dumpDatabase(l.s.dir.file("ledger.db"));
    app::StrategyEditor editor(*l.s.session);
    waitLoaded(editor);
    activate(editor);
    QSignalSpy finished(&editor, &app::StrategyEditor::saveFinished);

    // The first call on the reminder's day, and the name cleared.
    editor.selectStrategy(2);
    typeInCell(widget<QTableView>(editor, "stepsTable"), 1, 0, QStringLiteral("3"));
    auto& name = widget<QLineEdit>(editor, "strategyName");
    name.setFocus();
    QTest::keyClick(&name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(&name, Qt::Key_Backspace);
    widget<QDialogButtonBox>(editor, "buttons").button(QDialogButtonBox::Save)->click();
    CHECK(problems(editor) == QStringLiteral("Nothing was saved:\n"
                                             "A strategy without a name: Name is required.\n"
                                             "A strategy without a name: Step 2: step 1 is already at 3 days past "
                                             "due; each step needs a day of its own."));
    CHECK(widget<QLabel>(editor, "editorProblems").isVisibleTo(&editor));
    CHECK(finished.isEmpty());
    CHECK(dumpDatabase(l.s.dir.file("ledger.db")) == before);

    // Fixed, but another strategy takes Standard's name: the ledger refuses
    // the whole save, the days fixed in Standard included.
    typeInCell(widget<QTableView>(editor, "stepsTable"), 1, 0, QStringLiteral("11"));
    QTest::keyClicks(&name, QStringLiteral("Standard"));
    editor.selectStrategy(1);
    name.setFocus();
    QTest::keyClick(&name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(&name, QStringLiteral("standard"));
    CHECK_FALSE(save(editor));
    CHECK(problems(editor) == QStringLiteral("Nothing was saved:\nA strategy named \"Standard\" exists already."));
    CHECK(dumpDatabase(l.s.dir.file("ledger.db")) == before);
    // What was typed is kept, to be put right.
    CHECK(name.text() == QStringLiteral("standard"));
    CHECK(editor.draft().modified());
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Rules reordered, a rule added and a challenger's share changed are saved exactly", "[gui][strategy]") {
    LeaderLedger l;
    const std::vector<StrategyRule> before = l.strategies().rules();
    REQUIRE(before.size() == 3);
    const StrategyId keyAccount = l.strategies().findByName("Key account")->id;
    app::StrategyEditor editor(*l.s.session);
    waitLoaded(editor);
    activate(editor);
    widget<QTabWidget>(editor, "strategyTabs").setCurrentIndex(1);
    auto& table = widget<QTableView>(editor, "rulesTable");

    // Key accounts first, by keyboard.
    editor.selectRule(1);
    table.setFocus();
    QTest::keyClick(&table, Qt::Key_Up, Qt::ControlModifier);
    // The catch-all's challenger takes 35% rather than 20%.
    editor.selectRule(2);
    auto& share = widget<QSpinBox>(editor, "ruleShare");
    share.setFocus();
    QTest::keyClick(&share, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(&share, QStringLiteral("35"));
    // A rule for class C accounts owing GBP 1,000.50 or more, above the catch-all.
    widget<QPushButton>(editor, "ruleAdd").click();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("C"));
    // An amount written with grouping is not taken: Save waits for it.
    auto& from = widget<QLineEdit>(editor, "ruleOverdueFrom");
    QTest::keyClicks(&from, QStringLiteral("1,000.50"));
    CHECK(widget<QLabel>(editor, "ruleOverdueError").text() ==
          QStringLiteral("Overdue at least: \"1,000.50\" is not a decimal number."));
    QSignalSpy finished(&editor, &app::StrategyEditor::saveFinished);
    widget<QDialogButtonBox>(editor, "buttons").button(QDialogButtonBox::Save)->click();
    CHECK(problems(editor) == QStringLiteral("Overdue at least: \"1,000.50\" is not a decimal number."));
    CHECK(QApplication::focusWidget() == &from);
    CHECK(finished.isEmpty());
    from.selectAll();
    QTest::keyClicks(&from, QStringLiteral("1000.50"));
    CHECK(widget<QLabel>(editor, "ruleOverdueError").isHidden());
    selectByData(widget<QComboBox>(editor, "ruleStrategy"), keyAccount);
    table.setFocus();
    QTest::keyClick(&table, Qt::Key_Up, Qt::ControlModifier);
    CHECK(rows(editor.rules()) == QStringList{
                                      QStringLiteral("10 | any | key account | any | Key account | none"),
                                      QStringLiteral("20 | D | any | any | High risk | none"),
                                      QStringLiteral("30 | C | any | at least GBP 1,000.50 | Key account | none"),
                                      QStringLiteral("40 | any | any | any | Standard | 35% take Standard, call first"),
                                  });

    REQUIRE(save(editor));
    const std::vector<StrategyRule> saved = l.strategies().rules();
    REQUIRE(saved.size() == 4);
    StrategyRule key = before[1], high = before[0], added, rest = before[2];
    key.rank = 10;
    high.rank = 20;
    added.id = saved[2].id;
    added.rank = 30;
    added.strategyId = keyAccount;
    added.riskClass = std::string("C");
    added.minOverdue = 100050;
    rest.rank = 40;
    rest.challengerPercent = 35;
    CHECK(saved == std::vector<StrategyRule>{key, high, added, rest});
    CHECK(added.id != 0);
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Collection strategies is on the Diary menu of those who may edit them only", "[gui][strategy]") {
    const auto entry = [](app::MainWindow& window) -> QAction* {
        for (QAction* action : window.menuBar()->findChildren<QAction*>())
            if (action->text() == QStringLiteral("Collection &strategies…")) return action;
        return nullptr;
    };
    {
        HandLedgerSession analyst;
        app::MainWindow window(*analyst.session);
        CHECK(entry(window) == nullptr);
        QThreadPool::globalInstance()->waitForDone();
    }
    HandLedgerSession leader("hreid");
    app::MainWindow window(*leader.session);
    QAction* action = entry(window);
    REQUIRE(action);
    action->trigger();
    auto* editor = window.findChild<app::StrategyEditor*>();
    REQUIRE(editor);
    CHECK(editor->isVisible());
    waitLoaded(*editor);
    // Asked again, the same window comes forward.
    action->trigger();
    CHECK(window.findChildren<app::StrategyEditor*>().size() == 1);
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("A new strategy is saved with the rule that takes it as challenger, and the old challenger retired",
          "[gui][strategy]") {
    LeaderLedger l;
    const std::vector<StrategyRule> before = l.strategies().rules();
    app::StrategyEditor editor(*l.s.session);
    waitLoaded(editor);
    activate(editor);

    // New strategy: its name selected to type over, then one step.
    widget<QPushButton>(editor, "strategyAdd").click();
    auto& name = widget<QLineEdit>(editor, "strategyName");
    CHECK(QApplication::focusWidget() == &name);
    CHECK(name.selectedText() == QStringLiteral("New strategy"));
    QTest::keyClicks(&name, QStringLiteral("Early call"));
    QTest::keyClicks(&widget<QLineEdit>(editor, "strategyDescription"), QStringLiteral("A call before any reminder."));
    auto& steps = widget<QTableView>(editor, "stepsTable");
    widget<QPushButton>(editor, "stepAdd").click();
    QWidget* days = QApplication::focusWidget();
    REQUIRE(days);
    QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(days, QStringLiteral("5"));
    commitCell(*days);
    typeInCell(steps, 0, 2, QStringLiteral("early call"));
    CHECK(rows(editor.strategies())[4] == QStringLiteral("Early call | yes | 1 | 0"));

    // The catch-all's challenger is the new one.
    widget<QTabWidget>(editor, "strategyTabs").setCurrentIndex(1);
    editor.selectRule(2);
    auto& challenger = widget<QComboBox>(editor, "ruleChallenger");
    challenger.setCurrentIndex(challenger.findText(QStringLiteral("Early call")));
    CHECK(cell(editor.rules(), 2, 5) == QStringLiteral("20% take Early call"));

    // High risk deactivated while rule 1 still chooses it: refused.
    widget<QTabWidget>(editor, "strategyTabs").setCurrentIndex(0);
    editor.selectStrategy(0);
    widget<QPushButton>(editor, "strategyDeactivate").click();
    auto& active = widget<QCheckBox>(editor, "strategyActive");
    CHECK_FALSE(active.isChecked());
    CHECK(cell(editor.strategies(), 0, 1) == QStringLiteral("no"));
    CHECK_FALSE(save(editor));
    CHECK(problems(editor) ==
          QStringLiteral("Nothing was saved:\nRule 1: the strategy is not an active strategy of this ledger."));
    CHECK_FALSE(l.strategies().findByName("Early call"));
    // High risk kept; the old challenger, no longer named, retired instead.
    active.click();
    editor.selectStrategy(3);
    REQUIRE(name.text() == QStringLiteral("Standard, call first"));
    widget<QPushButton>(editor, "strategyDeactivate").click();
    widget<QTabWidget>(editor, "strategyTabs").setCurrentIndex(1);
    CHECK(widget<QComboBox>(editor, "ruleChallenger").currentText() == QStringLiteral("Early call"));
    CHECK(widget<QComboBox>(editor, "ruleChallenger").itemText(4) == QStringLiteral("Standard, call first (inactive)"));

    REQUIRE(save(editor));
    const auto added = l.strategies().findByName("Early call");
    REQUIRE(added);
    Strategy expected;
    expected.id = added->id;
    expected.name = "Early call";
    expected.description = "A call before any reminder.";
    expected.steps = {{5, DiaryAction::Call, "early call"}};
    CHECK(*added == expected);
    CHECK(l.strategies().findByName("High risk")->active);
    CHECK_FALSE(l.strategies().findByName("Standard, call first")->active);
    std::vector<StrategyRule> rules = before;
    rules[2].challengerId = added->id;
    CHECK(l.strategies().rules() == rules);
    QThreadPool::globalInstance()->waitForDone();
}
