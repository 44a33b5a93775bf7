#include "DeskStartup.h"

#include "DemoSandbox.h"
#include "Language.h"
#include "MainWindow.h"
#include "OrdersPage.h"
#include "PayoutQueuePage.h"
#include "contract/TlsSupport.h"
#include "payouts/DailyReconciliation.h"
#include "payouts/PayoutEngine.h"
#include "runtime/DeskRuntime.h"
#include "workspace/BookConnection.h"
#include "workspace/DemoOrders.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QMessageBox>

namespace pd {

// The start-up's words keep the context they had in main.cpp ("main"), and so their translations.
DeskStartup::DeskStartup(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_registry(ProviderRegistry::builtIn())
    , m_currencies(CurrencyRegistry::builtIn())
{
    m_sandboxWait.setSingleShot(true);
    m_sandboxWait.setInterval(sandboxWaitMs);
    connect(&m_sandboxWait, &QTimer::timeout, this, [this] { sandboxSettled({}); });
    // An IPN changed the book: the pages show it within a quarter second, once per burst.
    m_ipnRefresh.setSingleShot(true);
    m_ipnRefresh.setInterval(250);
    connect(&m_ipnRefresh, &QTimer::timeout, this, [this] {
        if (!m_window)
            return;
        m_window->queuePage()->refresh();
        m_window->ordersPage()->refresh();
    });
}

DeskStartup::~DeskStartup()
{
    // The window first, then what it shows: the demo's sandbox, the runtime, the book.
    m_window.reset();
    m_sandbox.reset();
    m_runtime.reset();
    m_workspace.reset();
}

void DeskStartup::start()
{
    m_opening = BookConnection::open(m_request.dir, m_request.database, this);
    connect(m_opening, &BookOpening::finished, this, &DeskStartup::bookOpened);
}

void DeskStartup::bookOpened()
{
    QString error = m_opening->error();
    m_workspace = m_opening->takeWorkspace();
    m_opening->deleteLater();
    m_opening = nullptr;
    if (m_workspace && m_request.demo) {
        if (!DemoOrders::fillIfEmpty(*m_workspace, m_currencies, &error))
            m_workspace.reset();
    }
    if (!m_workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PayoutDesk"),
            QApplication::translate("main", "The workspace %1 cannot be opened:\n%2").arg(m_request.dir, error));
        QCoreApplication::exit(1);
        return;
    }
    m_runtime = std::make_unique<DeskRuntime>(*m_workspace, m_registry, m_currencies);
    m_runtime->engine().setLanguage(Language::effective(Language::chosen()));
    if (!m_request.demo) {
        showDesk();
        return;
    }
    // The demo pays through a sandbox server of its own; the window reads the provider's
    // settings once it is ready (or has had its time).
    m_sandbox = std::make_unique<DemoSandbox>(m_runtime->providers());
    connect(m_sandbox.get(), &DemoSandbox::ready, this, [this] { sandboxSettled({}); });
    connect(m_sandbox.get(), &DemoSandbox::failed, this, [this](const QString &why) {
        sandboxSettled(QApplication::translate("main", "The demo's sandbox provider stays disabled: %1").arg(why));
    });
    m_sandboxWait.start();
    m_sandbox->start();
}

void DeskStartup::sandboxSettled(const QString &problem)
{
    if (m_sandboxSettled)
        return;
    m_sandboxSettled = true;
    m_sandboxWait.stop();
    m_startProblem = problem;
    showDesk();
}

void DeskStartup::showDesk()
{
    // The payout engine, the poller, the automation, the IPN sender and the listener, as the
    // settings say; the demo opens its listener on a free loopback port so that its sandbox
    // can call back.
    DeskRuntime::Options options;
    options.listening
        = m_request.demo ? DeskRuntime::Listening::LoopbackAnyPort : DeskRuntime::Listening::AsSettingsSay;
    m_runtime->start(options);
    m_window = std::make_unique<MainWindow>(*m_workspace, m_currencies, m_runtime->providers(), m_runtime->engine());
    // The daily reconciliation's mismatches, in the tray.
    connect(
        &m_runtime->daily(), &DailyReconciliation::mismatchesOpen, m_window.get(), &MainWindow::reconciliationFound);
    // A listener that cannot start is said over the window.
    connect(m_runtime.get(), &DeskRuntime::listenerFailed, m_window.get(), [this](const QString &problem) {
        QMessageBox::warning(m_window.get(), QApplication::translate("main", "PayoutDesk"),
            QApplication::translate("main", "The listener for webhooks could not start: %1").arg(problem));
    });
    connect(m_runtime.get(), &DeskRuntime::ipnTaken, &m_ipnRefresh, [this] {
        if (!m_ipnRefresh.isActive())
            m_ipnRefresh.start();
    });
    m_window->show();
    emit shown();
    // OpenSSL carries every HTTPS call to a provider: without it, say so before staff try to pay.
    const QString tlsProblem = TlsSupport::problem();
    if (!tlsProblem.isEmpty())
        m_startProblem = m_startProblem.isEmpty() ? tlsProblem : m_startProblem + QStringLiteral("\n\n") + tlsProblem;
    if (!m_startProblem.isEmpty())
        QMessageBox::warning(m_window.get(), QApplication::translate("main", "PayoutDesk"), m_startProblem);
}

} // namespace pd
