#pragma once

#include "ProviderRegistry.h"
#include "contract/CurrencyRegistry.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

namespace pd {

class BookOpening;
class DemoSandbox;
class DeskRuntime;
class MainWindow;
class Workspace;

// The GUI's start-up, one step per answer (docs/DESIGN.md, "Asynchronous style": nothing waits
// in a nested event loop): the workspace's book is opened (the keychain answers first), the
// demo's sandbox provider is started and given up to ten seconds, the desk runtime starts, and
// the window is shown. A book that cannot be opened is said, and the application exits with 1.
class DeskStartup : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString dir;
        QString database; // --database: team mode's book
        bool demo = false;
    };

    explicit DeskStartup(Request request, QObject *parent = nullptr);
    ~DeskStartup() override;

    void start();
    // Each once its step is done (nullptr before).
    Workspace *workspace() const { return m_workspace.get(); }
    DeskRuntime *runtime() const { return m_runtime.get(); }
    MainWindow *window() const { return m_window.get(); }

    // How long the demo's sandbox provider may take before the window opens without it.
    static constexpr int sandboxWaitMs = 10000;

signals:
    // The window is on screen.
    void shown();

private:
    void bookOpened();
    void sandboxSettled(const QString &problem);
    void showDesk();

    Request m_request;
    const ProviderRegistry m_registry;
    const CurrencyRegistry m_currencies;
    BookOpening *m_opening = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DeskRuntime> m_runtime; // after m_workspace: stopped before it
    std::unique_ptr<DemoSandbox> m_sandbox; // after m_runtime: it uses the runtime's providers
    std::unique_ptr<MainWindow> m_window;
    QTimer m_sandboxWait;
    QTimer m_ipnRefresh;
    QString m_startProblem;
    bool m_sandboxSettled = false;
};

} // namespace pd
