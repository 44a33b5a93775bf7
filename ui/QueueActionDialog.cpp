#include "QueueActionDialog.h"

#include "ReserveBanner.h"
#include "services/QueueActions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pd {

QString QueueActionDialog::title(QueueAction action)
{
    switch (action) {
    case QueueAction::Hold:
        return tr("Hold payouts");
    case QueueAction::Release:
        return tr("Release held orders");
    case QueueAction::Reject:
        return tr("Reject payouts");
    case QueueAction::Retry:
        return tr("Retry failed payouts");
    case QueueAction::MarkPaid:
        return tr("Mark paid manually");
    }
    return {};
}

QueueActionDialog::QueueActionDialog(QueueActions &actions, QueueAction action, const QStringList &orderIds,
    const QList<OrderLines::Line> &lines, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_action(action)
    , m_orderIds(orderIds)
    , m_lines(new OrderLines({}, lines, this))
    , m_intro(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_results(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(title(action));
    const int n = int(lines.size());
    QString label;
    switch (action) {
    case QueueAction::Hold:
        m_intro->setText(tr("These %n order(s) will not be paid until a staff member releases them.", nullptr, n));
        label = tr("Why are they held?");
        m_ok = m_buttons->addButton(tr("Hold"), QDialogButtonBox::AcceptRole);
        break;
    case QueueAction::Release:
        m_intro->setText(tr("These %n order(s) go back to where they were held from; one waiting for its payout can "
                            "be approved again.",
            nullptr, n));
        label = tr("Comment (optional):");
        m_ok = m_buttons->addButton(tr("Release"), QDialogButtonBox::AcceptRole);
        break;
    case QueueAction::Reject:
        m_intro->setText(tr("These %n order(s) will not be paid out and are marked returned: the sender is to be "
                            "refunded. This cannot be undone.",
            nullptr, n));
        label = tr("Why are they rejected?");
        m_ok = m_buttons->addButton(tr("Reject"), QDialogButtonBox::DestructiveRole);
        break;
    case QueueAction::Retry:
        m_intro->setText(tr("These %n order(s) go back to the payout queue for a new attempt.", nullptr, n));
        label = tr("Comment (optional):");
        m_ok = m_buttons->addButton(tr("Retry"), QDialogButtonBox::AcceptRole);
        break;
    case QueueAction::MarkPaid:
        m_intro->setText(tr("These %n order(s) were paid outside the desk and are marked paid out. This cannot be "
                            "undone.",
            nullptr, n));
        label = tr("External reference (transaction id, receipt number):");
        m_ok = m_buttons->addButton(tr("Mark paid"), QDialogButtonBox::DestructiveRole);
        break;
    }
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_intro->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(ReserveBanner::shortColor().name()));
    m_results->setWordWrap(true);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->setVisible(false);
    // Where the action cannot be undone, Enter cancels: only a click or Alt+key confirms.
    const bool final = QueueActions::isFinal(action);
    m_ok->setDefault(!final);
    m_ok->setAutoDefault(!final);
    m_cancel->setDefault(final);
    m_cancel->setAutoDefault(final);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_lines);
    scroll->setWidgetResizable(true);
    auto *form = new QFormLayout;
    form->addRow(label, m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_results);
    layout->addWidget(m_buttons);
    connect(m_text, &QLineEdit::textChanged, this, &QueueActionDialog::check);
    connect(m_ok, &QPushButton::clicked, this, &QueueActionDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    check();
    if (final)
        m_cancel->setFocus();
    else
        m_text->setFocus();

    const QScreen *screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect room = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
    resize(qBound(560, m_lines->neededWidth() + 60, room.width() * 95 / 100),
        qBound(320, 240 + m_lines->sizeHint().height(), room.height() * 9 / 10));
}

QString QueueActionDialog::text() const
{
    return m_text->text().trimmed();
}

void QueueActionDialog::check()
{
    const bool missing = QueueActions::needsText(m_action) && text().isEmpty();
    m_ok->setEnabled(!missing);
    m_problem->setText(!missing                 ? QString()
            : m_action == QueueAction::MarkPaid ? tr("Type the payout's external reference to go on.")
                                                : tr("Type a reason to go on: it is kept in each order's history."));
}

void QueueActionDialog::run()
{
    if (!m_ok->isEnabled())
        return;
    m_ok->setEnabled(false);
    m_text->setEnabled(false);
    m_problem->setText(tr("Working…"));
    // The reply belongs to the dialog's parent: closed meanwhile, the action still reports.
    auto *reply = m_actions.act(m_action, m_orderIds, text(), parent() ? parent() : this);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        QueueActionResults results = reply->value();
        if (!reply->ok())
            results = { { QString(), 0, false, reply->error() } };
        showResults(results);
        emit acted(results);
    });
}

void QueueActionDialog::showResults(const QueueActionResults &results)
{
    QStringList lines;
    int done = 0;
    for (const QueueActionResult &r : results) {
        lines << QStringLiteral("%1: %2").arg(r.uid ? QString::number(r.uid) : r.orderId, r.message);
        done += r.done;
    }
    m_problem->setText(tr("%1 of %n order(s) changed.", nullptr, int(results.size())).arg(done));
    m_problem->setStyleSheet(
        done == results.size() ? QString() : QStringLiteral("color: %1").arg(ReserveBanner::shortColor().name()));
    m_results->setText(lines.join(u'\n'));
    m_results->setVisible(true);
    m_ok->setVisible(false);
    m_cancel->setText(tr("Close"));
    m_cancel->setDefault(true);
    m_cancel->setFocus();
}

QString QueueActionDialog::resultsText() const
{
    return m_results->text();
}

} // namespace pd
