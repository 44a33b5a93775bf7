#pragma once

#include "ProviderFake.h"
#include "SandboxServer.h"

namespace pd::fakes {

// The bundled sandbox provider's server seen through the fakes' interface, so that the fault
// suite runs against it like against every real provider's fake.
class SandboxFake : public ProviderFake {
    Q_OBJECT
public:
    explicit SandboxFake(QObject *parent = nullptr);

    QString provider() const override { return QStringLiteral("sandbox"); }
    bool listen() override { return m_server.listen(); }
    QUrl baseUrl() const override { return m_server.baseUrl(); }
    QHash<QString, QString> config() const override;
    QHash<QString, QString> secrets() const override;
    QHash<QString, QString> recipient() const override;
    void fund(const Money &amount) override;
    void setFault(Fault fault, int count, bool transfersOnly) override;
    void setLatency(int milliseconds) override { m_server.setLatency(milliseconds); }
    QStringList bookedReferences() const override;
    QString bookOutside(
        const QString &reference, const Money &amount, const QString &address, const QDateTime &at = {}) override;
    bool loseBooking(const QString &reference) override;
    int duplicateCreates() const override { return m_server.duplicateCount(); }

    SandboxServer &server() { return m_server; }

private:
    SandboxServer m_server;
};

} // namespace pd::fakes
