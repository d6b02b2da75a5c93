// runInBackground: runs `work` on Qt's thread pool and hands its result to
// `done` on the UI thread, through a watcher owned by `context`: if the
// context (a view) is destroyed first, `done` never runs. No nested event
// loops, no processEvents.
#pragma once

#include <QFutureWatcher>
#include <QObject>
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

} // namespace duedesk::app
