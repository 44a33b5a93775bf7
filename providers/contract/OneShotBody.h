#pragma once

#include <QIODevice>

namespace pd {

// A request body that can be read once and never rewound. Qt's HTTP client silently sends
// a request again (up to twice) when the connection closes before an answer; it can only do
// that with a body it can rewind. A transfer must never leave twice, so its body is this:
// the resend fails, and the call ends with an error whose outcome is unknown.
class OneShotBody : public QIODevice {
    Q_OBJECT
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_read);
        memcpy(out, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace pd
