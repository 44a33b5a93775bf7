#pragma once

#include "BookReply.h"
#include "Database.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <deque>
#include <functional>
#include <memory>

namespace pd {

// A connection of its own on a thread of its own. run() queues a piece of work there and
// hands its result back on the thread of `context`: the payout engine's writes, each waiting
// for an fsync, never stall the GUI. Work runs one piece at a time: urgent work (what a
// payout waits for before it can go on, e.g. its claim) before the rest (the record of one
// that has finished), each kind in the order queued. The destructor lets every queued piece
// finish before the thread stops.
class DatabaseThread {
public:
    // Opens another connection to `like`'s order book, on the thread and without waiting for
    // it. If that fails, work runs on the thread that made this one, with `like` itself (and
    // failed() says why): slower, never lost. `purpose` names the thread and, made unique,
    // its connection.
    DatabaseThread(Database &like, const QString &purpose);
    ~DatabaseThread();
    DatabaseThread(const DatabaseThread &) = delete;
    DatabaseThread &operator=(const DatabaseThread &) = delete;

    QString failed() const;

    enum class Urgency { Urgent, Later };

    template <typename Result>
    void run(
        Urgency urgency, QObject *context, std::function<Result(Database &)> work, std::function<void(Result)> then)
    {
        post(urgency,
            [context = QPointer<QObject>(context), work = std::move(work), then = std::move(then)](Database &db) {
                auto result = std::make_shared<Result>(work(db));
                if (context)
                    QMetaObject::invokeMethod(
                        context.data(), [then, result] { then(std::move(*result)); }, Qt::QueuedConnection);
            });
    }

    // The services' way in: `work(db, &error)` runs on the thread and the reply finishes with
    // its value (or its error) on the thread that asked. The reply is a child of `parent`
    // unless the caller takes it; it finishes even if nobody listens.
    template <typename T>
    BookAnswer<T> *ask(Urgency urgency, QObject *parent, std::function<T(Database &, QString *)> work)
    {
        auto *reply = new BookAnswer<T>(parent);
        // The answer is handed over through an object of the asking thread that outlives the
        // work (m_home), and the reply looked up there: a reply deleted on that thread while
        // the work ran is never posted to (a QPointer checked on this thread could be).
        QObject *home = QThread::currentThread() == m_home->thread() ? m_home.get() : nullptr;
        post(urgency, [reply = QPointer<BookAnswer<T>>(reply), home, work = std::move(work)](Database &db) {
            QString error;
            auto result = std::make_shared<T>(work(db, &error));
            const auto complete = [reply, result, error] {
                if (reply)
                    reply->complete(std::move(*result), error);
            };
            if (home)
                QMetaObject::invokeMethod(home, complete, Qt::QueuedConnection);
            else if (reply)
                QMetaObject::invokeMethod(reply.data(), complete, Qt::QueuedConnection);
        });
        return reply;
    }

private:
    using Job = std::function<void(Database &)>;
    void post(Urgency urgency, Job job);
    void drain(); // on m_thread
    void drainHere(); // on m_home's thread, with m_like, when the connection could not be opened
    void drainWith(Database &db);

    Database &m_like;
    std::unique_ptr<QObject> m_home; // on the thread that made this one: where answers arrive
    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives on m_thread, receives the queued work
    std::unique_ptr<Database> m_database; // opened, used and closed on m_thread
    QString m_failed;
    mutable QMutex m_mutex; // guards the queues, m_draining, m_failed and m_onCaller
    std::deque<Job> m_urgent;
    std::deque<Job> m_later;
    bool m_draining = false;
    bool m_onCaller = false; // the connection could not be opened: work runs on m_home's thread
};

} // namespace pd
