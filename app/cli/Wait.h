#pragma once

#include <QMetaMethod>
#include <QObject>

namespace pd {

class BookReply;

// The CLI's one wait (docs/DESIGN.md, "Asynchronous style"): a command that has nothing to do
// until a reply answers runs the event loop here until `sender` emits `signal`, `timeoutMs`
// passes (-1: no limit) or `sender` is destroyed. True when the signal came. Nothing else in
// app/ or ui/ runs a nested event loop.
bool waitFor(QObject *sender, const QMetaMethod &signal, int timeoutMs = -1);

template <typename Signal>
bool waitFor(typename QtPrivate::FunctionPointer<Signal>::Object *sender, Signal signal, int timeoutMs = -1)
{
    return waitFor(static_cast<QObject *>(sender), QMetaMethod::fromSignal(signal), timeoutMs);
}

// A reply of the core: returns at once when it has finished already.
bool waitFor(BookReply *reply, int timeoutMs = -1);

} // namespace pd
