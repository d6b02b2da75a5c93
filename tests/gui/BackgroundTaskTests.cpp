// Background loads that a newer request supersedes: only the newest
// request's result is handed on, whichever finishes first; and a real view
// asked twice in a row shows the newer answer only.
#include "app/aging/AgingView.h"
#include "app/common/BackgroundTask.h"
#include "gui/GuiSupport.h"

#include <QDateEdit>
#include <QFutureWatcher>
#include <QLabel>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

using namespace duedesk;
using namespace duedesk::test;

TEST_CASE("A request sequence knows only its newest ticket", "[gui][background]") {
    app::RequestSequence sequence;
    const auto first = sequence.next();
    CHECK(sequence.isLatest(first));
    const auto second = sequence.next();
    CHECK_FALSE(sequence.isLatest(first));
    CHECK(sequence.isLatest(second));
}

TEST_CASE("Of two background requests only the newer is delivered, though the older finishes last",
          "[gui][background]") {
    // Two pool threads at least: the first request blocks one of them.
    QThreadPool::globalInstance()->setMaxThreadCount(std::max(2, QThreadPool::globalInstance()->maxThreadCount()));
    QObject view;
    app::RequestSequence sequence;
    QSemaphore newerDelivered;
    std::vector<int> delivered;
    const auto deliver = [&](app::Outcome<int> outcome) { delivered.push_back(std::get<int>(outcome)); };

    // The older request's work waits until the newer one has been delivered.
    const QFuture<app::Outcome<int>> older = app::runLatestInBackground<int>(
        &view, sequence, [&newerDelivered] { return newerDelivered.tryAcquire(1, 10000) ? 1 : -1; }, deliver);
    app::runLatestInBackground<int>(
        &view, sequence, [] { return 2; },
        [&](app::Outcome<int> outcome) {
            deliver(std::move(outcome));
            newerDelivered.release();
        });
    REQUIRE(QTest::qWaitFor([&] { return !delivered.empty(); }, 10000));
    CHECK(delivered == std::vector<int>{2});

    // Now the older one finishes. Its result reaches the view's watcher
    // before this one's (which started watching later), and is dropped.
    QFutureWatcher<app::Outcome<int>> olderDone;
    QSignalSpy finished(&olderDone, &QFutureWatcherBase::finished);
    olderDone.setFuture(older);
    REQUIRE(finished.wait(10000));
    CHECK(std::get<int>(older.result()) == 1);
    CHECK(delivered == std::vector<int>{2});
}

TEST_CASE("The aging view asked for two dates in a row shows the newer date's numbers only",
          "[gui][aging][background]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    refreshed.clear();

    // Both computations are under way before either answer can arrive.
    auto* asOf = view.findChild<QDateEdit*>(QStringLiteral("agingAsOf"));
    asOf->setDate(QDate(2026, 3, 15));
    asOf->setDate(QDate(2026, 5, 31));
    REQUIRE(refreshed.wait(10000));
    // Every computation has ended and any answer still to come is in: the
    // older one was dropped, not shown.
    QThreadPool::globalInstance()->waitForDone();
    CHECK_FALSE(refreshed.wait(300));
    CHECK(refreshed.size() == 1);

    AgingOptions newer;
    newer.asOf = Date::ymd(2026, 5, 31);
    const AgingTable core = computeAging(s.session->database(), newer);
    CHECK(view.model().table().options.asOf == newer.asOf);
    REQUIRE(view.model().table().rows.size() == core.rows.size());
    for (std::size_t i = 0; i < core.rows.size(); ++i)
        CHECK(view.model().agingRow(static_cast<int>(i)) == core.rows[i]);
    CHECK(view.findChild<QLabel*>(QStringLiteral("agingStatus"))->text() ==
          QStringLiteral("%1 rows as of 2026-05-31").arg(core.rows.size()));
}
