#pragma once

#include <QObject>
#include <memory>

namespace pd {

class ProviderHub;
class SandboxServer;

// The demo workspace pays through a sandbox server that the desk starts itself, on a free
// loopback port, with a fresh secret put in the keychain: a newcomer can pay out end to end
// with no account anywhere. Without a keychain the sandbox stays disabled, and the Providers
// page says why.
class DemoSandbox : public QObject {
    Q_OBJECT
public:
    explicit DemoSandbox(ProviderHub &hub, QObject *parent = nullptr);
    ~DemoSandbox() override;

    // Starts the server and configures the sandbox provider; ready() or failed() follows.
    void start();
    SandboxServer *server() const { return m_server.get(); }

signals:
    void ready();
    void failed(const QString &error);

private:
    ProviderHub &m_hub;
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace pd
