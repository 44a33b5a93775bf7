#include "OrderBookDialog.h"
#include "TableKeys.h"

#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>

namespace pd {

std::optional<bool> OrderBookDialog::s_nextAnswer;

OrderBookDialog::OrderBookDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_service(new OrderBookService(workspace, this))
    , m_current(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_use(new QPushButton(tr("&Use this book"), this))
    , m_move(new QPushButton(tr("&Move this desk's book there…"), this))
    , m_back(new QPushButton(tr("Back to this folder's SQLite book"), this))
    , m_result(new QLabel(this))
    , m_report(new QTableWidget(0, 4, this))
{
    setWindowTitle(tr("Order book"));
    // Enter tests the connection; nothing that writes or moves is ever pressed by Enter.
    for (QPushButton *b : { m_use, m_move, m_back })
        b->setAutoDefault(false);
    m_test->setDefault(true);
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_address->setText(Workspace::bookUrl(m_service->dir()).toString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From the keychain (or PGPASSWORD / ~/.pgpass) when empty"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    TableKeys::apply(m_report);
    m_report->setHorizontalHeaderLabels({ tr("Table"), tr("Rows here"), tr("Rows there"), tr("Same") });
    m_report->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_report->verticalHeader()->hide();
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("This desk's book:"), m_current);
    form->addRow(tr("PostgreSQL server:"), m_address);
    form->addRow(tr("Password:"), m_password);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(m_use);
    actions->addWidget(m_move);
    actions->addWidget(m_back);
    actions->addStretch(1);
    auto *note = new QLabel(tr("Team mode: several desks share one order book on PostgreSQL. A desk opens the book "
                               "chosen here from its next start; moving copies every order, history entry and payout "
                               "attempt into an empty database, all or nothing, and checks every table on both sides."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);

    connect(m_test, &QPushButton::clicked, this, &OrderBookDialog::testConnection);
    connect(m_use, &QPushButton::clicked, this, &OrderBookDialog::useBook);
    connect(m_move, &QPushButton::clicked, this, &OrderBookDialog::moveBook);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (!confirm(tr("Back to SQLite"),
                tr("From its next start this desk opens the SQLite book in its folder again. "
                   "Nothing is copied back from PostgreSQL.")))
            return;
        QString error;
        if (Workspace::setBookUrl(m_service->dir(), {}, &error))
            m_result->setText(tr("From the next start this desk uses the SQLite book in %1.").arg(m_service->dir()));
        else
            m_result->setText(error);
        updateCurrent();
    });
    updateCurrent();
    resize(760, 420);
}

void OrderBookDialog::done(int result)
{
    if (m_moving)
        return;
    QDialog::done(result);
}

void OrderBookDialog::updateCurrent()
{
    const bool onPostgres = m_service->onPostgres();
    const QUrl next = Workspace::bookUrl(m_service->dir());
    QString text = onPostgres ? tr("PostgreSQL, %1").arg(m_service->openUrl().toString())
                              : tr("SQLite, %1").arg(m_service->sqlitePath());
    const bool switching = onPostgres ? next != m_service->openUrl() : !next.isEmpty();
    if (switching)
        text += u'\n'
            + (next.isEmpty() ? tr("From the next start: the SQLite book in this folder.")
                              : tr("From the next start: %1").arg(next.toString()));
    m_current->setText(text);
    m_move->setEnabled(!onPostgres && !m_busy);
    m_back->setVisible(!next.isEmpty());
}

bool OrderBookDialog::confirm(const QString &title, const QString &text)
{
    if (s_nextAnswer) {
        const bool answer = *std::exchange(s_nextAnswer, std::nullopt);
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Ok | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Ok;
}

std::optional<QUrl> OrderBookDialog::address()
{
    const QUrl url(m_address->text().trimmed());
    if (url.scheme() != QLatin1String("postgresql") || url.host().isEmpty() || url.path().size() < 2) {
        m_result->setText(tr("An order book address looks like postgresql://user@host:5432/database."));
        return std::nullopt;
    }
    return url;
}

void OrderBookDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_test->setEnabled(!busy);
    m_use->setEnabled(!busy);
    m_move->setEnabled(!busy && !m_service->onPostgres());
    m_address->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void OrderBookDialog::testConnection()
{
    const auto url = address();
    if (!url || m_busy)
        return;
    setBusy(true);
    m_result->setText(tr("Connecting to %1…").arg(url->toString()));
    // Connecting may take up to the connect timeout: on the book's thread, not the window's.
    auto *reply = m_service->test(*url, m_password->text());
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_result->setText(reply->ok() ? reply->value() : reply->error());
        setBusy(false);
        emit tested(reply->ok());
    });
}

void OrderBookDialog::useBook()
{
    const auto url = address();
    if (!url)
        return;
    if (!confirm(tr("Use this book"),
            tr("From its next start this desk opens the order book at %1 instead of the one it "
               "uses now. Nothing is copied.")
                .arg(url->toString())))
        return;
    setBusy(true);
    auto *reply = m_service->use(*url, m_password->text());
    connect(reply, &BookReply::finished, this, [this, reply, url = *url] {
        reply->deleteLater();
        setBusy(false);
        if (!reply->ok()) {
            m_result->setText(reply->error());
            return;
        }
        m_password->clear();
        m_result->setText(tr("From the next start this desk uses the order book at %1. Restart PayoutDesk to open it.")
                              .arg(url.toString()));
        updateCurrent();
    });
}

void OrderBookDialog::moveBook()
{
    const auto url = address();
    if (!url || m_busy || m_service->onPostgres())
        return;
    if (!confirm(tr("Move the order book"),
            tr("Every order, history entry, payout attempt and setting of this desk's book is copied into the empty "
               "database at %1, all or nothing, and then checked table by table. From its next start this desk "
               "uses that book; its SQLite file stays as it is. Pay nothing on this desk until it has restarted.")
                .arg(url->toString())))
        return;
    setBusy(true);
    m_moving = true;
    m_report->hide();
    auto *progress = new QProgressDialog(tr("Moving the order book…"), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();
    auto *reply = m_service->move(*url, m_password->text());
    connect(m_service, &OrderBookService::moveProgress, progress,
        [progress](const QString &table, qint64 done, qint64 total) {
            progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            progress->setValue(int(qMin<qint64>(done, INT_MAX)));
            progress->setLabelText(tr("Moving %1: %2 of %3 rows").arg(table).arg(done).arg(total));
        });
    connect(reply, &BookReply::finished, this, [this, reply, url = *url, progress] {
        reply->deleteLater();
        progress->deleteLater();
        m_moving = false;
        showReport(reply->value());
        const bool ok = reply->ok();
        if (ok) {
            m_result->setText(tr("Moved: every table matches. From the next start this desk uses the order book at %1; "
                                 "restart PayoutDesk now.")
                                  .arg(url.toString()));
            m_password->clear();
        } else {
            m_result->setText(tr("Not moved: %1").arg(reply->error()));
        }
        setBusy(false);
        updateCurrent();
        emit moved(ok);
    });
}

void OrderBookDialog::showReport(const QList<OrderBookService::TableCheck> &tables)
{
    m_report->setRowCount(int(tables.size()));
    for (int i = 0; i < tables.size(); ++i) {
        const OrderBookService::TableCheck &t = tables.at(i);
        m_report->setItem(i, 0, new QTableWidgetItem(t.name));
        m_report->setItem(i, 1, new QTableWidgetItem(QLocale().toString(t.rowsHere)));
        m_report->setItem(i, 2, new QTableWidgetItem(QLocale().toString(t.rowsThere)));
        m_report->setItem(i, 3, new QTableWidgetItem(t.matches ? tr("yes") : tr("NO")));
    }
    m_report->setVisible(!tables.isEmpty());
}

} // namespace pd
