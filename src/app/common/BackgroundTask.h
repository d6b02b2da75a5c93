// runInBackground: runs `work` on Qt's thread pool and hands its result to
// `done` on the UI thread, through a watcher owned by `context`: if the
// context (a view) is destroyed first, `done` never runs. No nested event
// loops, no processEvents.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <variant>

namespace duedesk::app {

// The result of background work, or the message of what it threw.
template <class T> using Outcome = std::variant<T, std::string>;

template <class T>
void runInBackground(QObject* context, std::function<T()> work, std::function<void(Outcome<T>)> done) {
    auto* watcher = new QFutureWatcher<Outcome<T>>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome<T>>::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() -> Outcome<T> {
        try {
            return work();
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
    }));
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
