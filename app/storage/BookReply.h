#pragma once

#include <QObject>
#include <QString>
#include <utility>

namespace pd {

// The answer of a core service that works on a database thread (or waits on the network or
// the keychain): finished() is emitted exactly once, always queued on the thread that asked,
// never from inside the call that made the reply. ok() or, for staff, error(). The one
// asynchronous style of the desk (docs/DESIGN.md, "Asynchronous style"): pages connect to
// finished and deleteLater the reply; the CLI waits on it through its one wait function.
class BookReply : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isEmpty(); }
    // What went wrong, in words staff can act on; empty when ok().
    QString error() const { return m_error; }

    // For the service: records the outcome and emits finished(). Call it queued.
    void fail(const QString &error) { finish(error.isEmpty() ? QStringLiteral("failed") : error); }

signals:
    void finished();

protected:
    void finish(const QString &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_error = error;
        emit finished();
    }

private:
    bool m_finished = false;
    QString m_error;
};

// A reply that carries a value: value() is meaningful once finished and ok().
template <typename T> class BookAnswer : public BookReply {
public:
    using BookReply::BookReply;

    const T &value() const { return m_value; }

    void complete(T value, const QString &error)
    {
        m_value = std::move(value);
        finish(error);
    }

private:
    T m_value {};
};

} // namespace pd
