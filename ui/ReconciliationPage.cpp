#include "ReconciliationPage.h"

#include "MismatchModel.h"
#include "ReconciliationRunModel.h"
#include "TableKeys.h"
#include "domain/StaffRole.h"
#include "payouts/Reconciler.h"
#include "providerhub/ProviderHub.h"
#include "services/ReconciliationService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

namespace {

const char *splitterKey = "reconciliation/splitter";

QTableView *table(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    TableKeys::apply(view);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

ReconciliationPage::ReconciliationPage(Workspace &workspace, ProviderHub &providers, PayoutEngine &engine,
    const CurrencyRegistry &currencies, QWidget *parent)
    : QWidget(parent)
    , m_reconciler(new Reconciler(workspace.database(), providers, engine, currencies, this))
    , m_mismatches(new MismatchModel(this))
    , m_runs(new ReconciliationRunModel(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_providerLabel(new QLabel(this))
    , m_provider(new QComboBox(this))
    , m_run(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_openTitle(new QLabel(this))
    , m_showResolved(new QCheckBox(this))
    , m_resolve(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_mayResolve(StaffRoles::mayOperate(workspace.member().role))
{
    // Named for the tests and for accessibility tools.
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_provider->setObjectName(QStringLiteral("provider"));
    m_run->setObjectName(QStringLiteral("reconcileNow"));
    m_status->setObjectName(QStringLiteral("status"));
    m_showResolved->setObjectName(QStringLiteral("showResolved"));
    m_resolve->setObjectName(QStringLiteral("resolve"));
    m_export->setObjectName(QStringLiteral("export"));
    m_service = new ReconciliationService(workspace.bookThread(), *m_reconciler, workspace.member().login, this);
    for (const Manifest &m : providers.registry().manifests())
        m_names << m.name;
    // The period is in UTC days, as the providers' statements and the daily run count them.
    const QDate yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(QDateTime::currentDateTimeUtc().date());
        edit->setDate(yesterday);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_providerLabel->setBuddy(m_provider);
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Every enabled provider" whole in each language
    m_provider->addItem(QString(), QString());
    for (const Manifest &m : providers.registry().manifests())
        m_provider->addItem(m.title, m.name);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_mismatchTable = table(m_mismatches, this);
    m_mismatchTable->setObjectName(QStringLiteral("mismatches"));
    m_runTable = table(m_runs, this);
    m_runTable->setObjectName(QStringLiteral("runs"));
    m_mismatchTable->setColumnWidth(MismatchModel::Found, 130);
    m_mismatchTable->setColumnWidth(MismatchModel::Provider, 90);
    m_mismatchTable->setColumnWidth(MismatchModel::Kind, 230);
    m_mismatchTable->setColumnWidth(MismatchModel::Order, 200);
    m_mismatchTable->setColumnWidth(MismatchModel::Desk, 240);
    m_mismatchTable->setColumnWidth(MismatchModel::AtProvider, 240);
    // The runs' columns as wide as their headers in each language (the figures are short).
    m_runTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runTable->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_fromLabel);
    top->addWidget(m_from);
    top->addWidget(m_toLabel);
    top->addWidget(m_to);
    top->addWidget(m_providerLabel);
    top->addWidget(m_provider);
    top->addWidget(m_run);
    top->addWidget(m_status, 1);

    auto *mismatchBox = new QWidget(m_split);
    auto *mismatchLayout = new QVBoxLayout(mismatchBox);
    mismatchLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_openTitle, 1);
    bar->addWidget(m_showResolved);
    bar->addWidget(m_resolve);
    bar->addWidget(m_export);
    mismatchLayout->addLayout(bar);
    mismatchLayout->addWidget(m_mismatchTable);
    auto *runBox = new QWidget(m_split);
    auto *runLayout = new QVBoxLayout(runBox);
    runLayout->setContentsMargins(0, 0, 0, 0);
    m_runsTitle = new QLabel(runBox);
    runLayout->addWidget(m_runsTitle);
    runLayout->addWidget(m_runTable);
    m_split->addWidget(mismatchBox);
    m_split->addWidget(runBox);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->restoreState(QSettings().value(QLatin1String(splitterKey)).toByteArray());
    connect(m_split, &QSplitter::splitterMoved, this,
        [this] { QSettings().setValue(QLatin1String(splitterKey), m_split->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_split, 1);

    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (m_to->date() < day)
            m_to->setDate(day);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (m_from->date() > day)
            m_from->setDate(day);
    });
    connect(m_run, &QPushButton::clicked, this, &ReconciliationPage::reconcileNow);
    connect(m_resolve, &QPushButton::clicked, this, &ReconciliationPage::resolveSelected);
    connect(m_export, &QPushButton::clicked, this, &ReconciliationPage::exportCsv);
    connect(m_showResolved, &QCheckBox::toggled, this, &ReconciliationPage::refresh);
    connect(m_mismatchTable, &QTableView::doubleClicked, this, &ReconciliationPage::resolveSelected);
    connect(m_mismatchTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ReconciliationPage::updateButtons);
    connect(m_mismatches, &QAbstractItemModel::modelReset, this, &ReconciliationPage::updateButtons);
    relabel();
    updateButtons();
}

ReconciliationPage::~ReconciliationPage() = default;

void ReconciliationPage::relabel()
{
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&to"));
    m_providerLabel->setText(tr("&Provider"));
    m_provider->setItemText(0, tr("Every enabled provider"));
    m_run->setText(tr("&Reconcile now"));
    m_run->setToolTip(tr("Reads each provider's own books for these days (UTC) and holds them against the desk's "
                         "payouts. The desk also does this every day for the day before."));
    m_showResolved->setText(tr("Show resolved &too"));
    m_resolve->setText(tr("Re&solve…"));
    m_resolve->setToolTip(tr("Say how this mismatch was settled; the comment goes into the order's history."));
    m_export->setText(tr("&Export CSV…"));
    m_runsTitle->setText(tr("Runs"));
    int open = 0;
    for (const Mismatch &m : m_mismatches->mismatches())
        open += m.isOpen();
    m_openTitle->setText(
        open == 0 ? tr("No mismatch is open.") : tr("%n mismatch(es) open: each waits for a person.", nullptr, open));
    m_mismatches->relabel();
    m_runs->relabel();
}

void ReconciliationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        relabel();
    QWidget::changeEvent(event);
}

void ReconciliationPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void ReconciliationPage::updateButtons()
{
    const QModelIndex current = m_mismatchTable->selectionModel()->currentIndex();
    const bool open = current.isValid() && current.data(MismatchModel::OpenRole).toBool();
    m_resolve->setEnabled(m_mayResolve && open);
    m_resolve->setVisible(m_mayResolve);
    m_run->setEnabled(m_mayResolve && m_run->property("running").toBool() == false);
    m_export->setEnabled(!m_mismatches->mismatches().isEmpty());
}

void ReconciliationPage::refresh()
{
    if (m_reading) {
        m_stale = true;
        return;
    }
    m_reading = true;
    m_stale = false;
    auto *runs = m_service->runs(200);
    auto *mismatches = m_service->mismatches(!m_showResolved->isChecked());
    auto both = std::make_shared<int>(2);
    const auto done = [this, both] {
        if (--*both > 0)
            return;
        m_reading = false;
        relabel();
        if (m_stale)
            refresh();
        else
            emit loaded();
    };
    connect(runs, &BookReply::finished, this, [this, runs, done] {
        runs->deleteLater();
        if (runs->ok())
            m_runs->setRuns(runs->value());
        done();
    });
    connect(mismatches, &BookReply::finished, this, [this, mismatches, done] {
        mismatches->deleteLater();
        if (mismatches->ok()) {
            m_mismatches->setMismatches(mismatches->value());
        } else {
            m_status->setStyleSheet(QStringLiteral("color: #c62828"));
            m_status->setText(tr("The mismatches cannot be read: %1").arg(mismatches->error()));
        }
        done();
    });
}

void ReconciliationPage::reconcileNow()
{
    const QString chosen = m_provider->currentData().toString();
    const QStringList providers = chosen.isEmpty() ? m_names : QStringList { chosen };
    m_run->setProperty("running", true);
    updateButtons();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Reading the providers' statements…"));
    const QDateTime from = m_from->date().startOfDay(Qt::UTC);
    const QDateTime to = m_to->date().addDays(1).startOfDay(Qt::UTC).addMSecs(-1);
    auto *reply = m_service->reconcile(providers, from, to);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_run->setProperty("running", false);
        updateButtons();
        QStringList said;
        for (const Reconciler::Outcome &o : reply->value()) {
            if (o.error.isEmpty())
                said << tr("%1: %2 in the statement, %3 matched, %4 settled, %5 open.")
                            .arg(o.run.provider)
                            .arg(o.run.rows)
                            .arg(o.run.matched)
                            .arg(o.run.settled)
                            .arg(o.run.mismatched);
            else
                said << o.error;
        }
        if (said.isEmpty())
            said << reply->error();
        m_status->setStyleSheet(reply->ok() ? QString() : QStringLiteral("color: #c62828"));
        m_status->setText(said.join(u' '));
        refresh();
        emit reconciled();
    });
}

void ReconciliationPage::resolveSelected()
{
    const QModelIndex current = m_mismatchTable->selectionModel()->currentIndex();
    if (!m_mayResolve || !current.isValid() || !current.data(MismatchModel::OpenRole).toBool())
        return;
    const qint64 id = current.data(MismatchModel::IdRole).toLongLong();
    const Mismatch &m = m_mismatches->mismatches().at(current.row());
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(this, tr("Resolve mismatch %1").arg(id),
        tr("%1 with %2.\nIn the desk: %3\nAt the provider: %4\n\nHow was it settled? (kept in the order's history)")
            .arg(MismatchModel::kindTitle(m.kind), m.provider,
                m.deskSide.isEmpty() ? MismatchModel::tr("nothing") : m.deskSide,
                m.providerSide.isEmpty() ? MismatchModel::tr("nothing") : m.providerSide),
        QString(), &ok);
    if (!ok)
        return;
    if (comment.trimmed().isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #c62828"));
        m_status->setText(tr("Nothing was changed: a mismatch is resolved with a comment that says how."));
        return;
    }
    resolve(id, comment);
}

void ReconciliationPage::resolve(qint64 id, const QString &comment)
{
    auto *reply = m_service->resolve(id, comment);
    connect(reply, &BookReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        m_status->setStyleSheet(reply->ok() ? QString() : QStringLiteral("color: #c62828"));
        m_status->setText(reply->ok()
                ? tr("Mismatch %1 resolved.").arg(id)
                : tr("Mismatch %1 was not resolved: %2").arg(QString::number(id), reply->error()));
        refresh();
        if (reply->ok())
            emit resolved(id);
    });
}

void ReconciliationPage::exportCsv()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/reconciliation-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export mismatches"), start, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto *reply = m_service->exportCsv(path, !m_showResolved->isChecked());
    connect(reply, &BookReply::finished, this, [this, reply, path] {
        reply->deleteLater();
        m_status->setStyleSheet(reply->ok() ? QString() : QStringLiteral("color: #c62828"));
        m_status->setText(
            reply->ok() ? tr("%n mismatch(es) written to %1.", nullptr, reply->value()).arg(path) : reply->error());
    });
}

} // namespace pd
