// duedesk-gui-bench: the workstation's responsiveness on a real database,
// measured through its real widgets on the offscreen platform:
//   start to an interactive diary (My day, an analyst's start page) and
//   to an interactive ledger (from the start of main, QApplication
//   included), applying a ledger filter, opening an account view, opening
//   the aging view. Run by bench/run-gui.sh; figures in docs/performance.md.
#include "app/MainWindow.h"
#include "app/account/AccountView.h"
#include "app/aging/AgingView.h"
#include "app/diary/DiaryView.h"
#include "app/ledger/LedgerModel.h"
#include "app/ledger/LedgerView.h"
#include "app/session/AppSession.h"

#include "duedesk/services/UserDirectory.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

#include <cstdio>

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DuedeskBench"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: duedesk-gui-bench DATABASE USER\n");
        return 2;
    }
    using namespace duedesk;
    const std::string path = argv[1];
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    const auto user = UserDirectory(*db).find(argv[2]);
    if (!user) {
        std::fprintf(stderr, "no user %s\n", argv[2]);
        return 2;
    }
    app::AppSession session(path, *user, app::AppSession::today());
    app::MainWindow window(session);
    // An analyst starts on My day: the diary loads first, the ledger beside it.
    app::DiaryView* diary = window.myDay();
    if (!diary) return 2;
    QSignalSpy diaryLoaded(diary, &app::DiaryView::loaded);
    QSignalSpy loaded(&window.ledgerView(), &app::LedgerView::loaded);
    window.show();
    if (!diaryLoaded.wait(60000)) return 1;
    const qint64 diaryMs = sinceStart.elapsed();
    const int diaryItems = diary->table().model()->rowCount();
    if (loaded.isEmpty() && !loaded.wait(60000)) return 1;
    const qint64 startMs = sinceStart.elapsed();
    window.showPage(0); // the ledger

    // A keystroke's worth of filtering: search text, then a colleague's book.
    auto* search = window.ledgerView().findChild<QLineEdit*>(QStringLiteral("ledgerSearch"));
    auto* analyst = window.ledgerView().findChild<QComboBox*>(QStringLiteral("ledgerAnalyst"));
    QElapsedTimer t;
    t.start();
    // Each measurement includes painting the rows the filter leaves.
    auto& table = window.ledgerView().table();
    search->setText(QStringLiteral("Nordhavn"));
    table.viewport()->repaint();
    const qint64 filterMs = t.elapsed();
    search->clear();
    t.restart();
    analyst->setCurrentIndex(0); // everyone
    table.viewport()->repaint();
    const qint64 analystMs = t.elapsed();
    const int rows = window.ledgerView().visibleRows();
    t.restart();
    table.sortByColumn(app::LedgerModel::section(LedgerColumn::Name), Qt::AscendingOrder);
    table.viewport()->repaint();
    const qint64 sortMs = t.elapsed();
    table.sortByColumn(app::LedgerModel::section(LedgerColumn::NetOverdueConverted), Qt::DescendingOrder);

    t.restart();
    // The account at the top of the ledger (the worst overdue).
    const AccountId first = window.ledgerView().model().ledgerRow(0).id;
    app::AccountView* account = window.openAccount(first);
    QSignalSpy accountLoaded(account, &app::AccountView::loaded);
    if (!accountLoaded.wait(60000)) return 1;
    const qint64 accountMs = t.elapsed();

    t.restart();
    app::AgingView aging(session);
    QSignalSpy refreshed(&aging, &app::AgingView::refreshed);
    if (!refreshed.wait(60000)) return 1;
    const qint64 agingMs = t.elapsed();

    std::printf("start_to_diary_ms %lld\ndiary_items %d\n", static_cast<long long>(diaryMs), diaryItems);
    std::printf("start_to_interactive_ms %lld\nfilter_search_ms %lld\nfilter_analyst_ms %lld\n"
                "sort_by_name_ms %lld\naccount_view_ms %lld\naging_view_ms %lld\nledger_rows %d\n",
                static_cast<long long>(startMs), static_cast<long long>(filterMs), static_cast<long long>(analystMs),
                static_cast<long long>(sortMs), static_cast<long long>(accountMs), static_cast<long long>(agingMs),
                rows);
    return 0;
}
