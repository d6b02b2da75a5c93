// runInBackground: runs `work` on Qt's thread pool and hands its result to
// `done` on the UI thread, through a watcher owned by `context`: if the
// context (a view) is destroyed first, `done` never runs. No nested event
// loops, no processEvents. runLatestInBackground does the same for a load
// that a newer request supersedes (a new filter, a new as-of date): only
// the newest request's result is handed on.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <variant>

namespace duedesk::app {

// The result of background work, or the message of what it threw.
template <class T>
using Outcome = std::variant<T, std::string>;

namespace detail {
// Runs `work` on the pool; when it is done, hands its outcome to `done` on
// the UI thread if `wanted` (when given) still says so then.
template <class T>
QFuture<Outcome<T>> runWatched(QObject* context, std::function<T()> work, std::function<void(Outcome<T>)> done,
                               std::function<bool()> wanted) {
    auto* watcher = new QFutureWatcher<Outcome<T>>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome<T>>::finished, context,
                     [watcher, done = std::move(done), wanted = std::move(wanted)] {
                         if (!wanted || wanted()) done(watcher->result());
                         watcher->deleteLater();
                     });
    QFuture<Outcome<T>> future = QtConcurrent::run([work = std::move(work)]() -> Outcome<T> {
        try {
            return work();
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
    });
    watcher->setFuture(future);
    return future;
}
} // namespace detail

// Returns the work's future, for a caller that must know when the work
// itself has ended (whether or not `done` ran).
template <class T>
QFuture<Outcome<T>> runInBackground(QObject* context, std::function<T()> work, std::function<void(Outcome<T>)> done) {
    return detail::runWatched<T>(context, std::move(work), std::move(done), {});
}

// Numbers one view's requests, so that the view shows only the newest
// one's result. Background work finishes in any order: a result whose
// ticket is no longer the latest when it arrives is dropped, so an older
// answer that finishes last never replaces a newer one.
class RequestSequence final {
public:
    using Ticket = std::uint64_t;
    // A new request; every ticket handed out before is stale from now on.
    Ticket next() { return ++latest_; }
    bool isLatest(Ticket ticket) const { return ticket == latest_; }

private:
    Ticket latest_ = 0;
};

// As runInBackground, as a new request of `sequence`: `done` runs only if
// no later request was taken from it by then. `sequence` belongs to
// `context` (a member of the view), so it outlives every `done`.
template <class T>
QFuture<Outcome<T>> runLatestInBackground(QObject* context, RequestSequence& sequence, std::function<T()> work,
                                          std::function<void(Outcome<T>)> done) {
    const RequestSequence::Ticket ticket = sequence.next();
    return detail::runWatched<T>(context, std::move(work), std::move(done),
                                 [&sequence, ticket] { return sequence.isLatest(ticket); });
}

// As runInBackground, for work that can say how far it is: `work` is handed
// a function to report a value from 0 to `maximum`, and `progress` receives
// the latest on the UI thread (through QPromise, so the pool thread never
// touches a widget). Reports after the context is gone go nowhere.
template <class T>
void runInBackgroundWithProgress(QObject* context, int maximum, std::function<T(const std::function<void(int)>&)> work,
                                 std::function<void(int)> progress, std::function<void(Outcome<T>)> done) {
    auto* watcher = new QFutureWatcher<Outcome<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, context, std::move(progress));
    QObject::connect(watcher, &QFutureWatcher<Outcome<T>>::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), maximum](QPromise<Outcome<T>>& promise) {
        promise.setProgressRange(0, maximum);
        try {
            promise.addResult(work([&promise](int value) { promise.setProgressValue(value); }));
        } catch (const std::exception& e) {
            promise.addResult(Outcome<T>(std::string(e.what())));
        }
    }));
}

} // namespace duedesk::app
