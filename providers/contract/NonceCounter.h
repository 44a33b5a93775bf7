#pragma once

#include <QMutex>
#include <QString>

namespace pd {

// A strictly increasing nonce per API key (WhiteBIT, Kraken): the millisecond clock, or one
// more than the last nonce handed out when the clock has not moved on (or went back). The last
// one is kept in a file, under a lock, so that a restart or a second desk process on this
// machine never sends a nonce the provider has already seen.
class NonceCounter {
public:
    // `file` empty: kept in memory only.
    explicit NonceCounter(QString file = {});

    qint64 next();
    QString file() const { return m_file; }

private:
    QString m_file;
    qint64 m_last = 0;
    QMutex m_mutex;
};

} // namespace pd
