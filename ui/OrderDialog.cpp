#include "OrderDialog.h"
#include "AmountText.h"
#include "CopyButton.h"

#include "ClientLinksBox.h"
#include "HistoryTimeline.h"
#include "IpnDeliveriesView.h"
#include "QueueActionDialog.h"
#include "StatusStyle.h"
#include "services/QueueActions.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd {

namespace {

QLabel *selectable(const QString &text, QWidget *parent, bool fixed = false)
{
    auto *label = new QLabel(text.toHtmlEscaped(), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (fixed)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

constexpr const char *geometryKey = "orderWindow/geometry";

} // namespace

OrderDialog::OrderDialog(Workspace &workspace, const QString &orderId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_lookup(std::make_unique<OrderLookup>(workspace.bookThread(), workspace.member().login))
    , m_actions(std::make_unique<QueueActions>(workspace.bookThread(), workspace.member().login))
    , m_orderId(orderId)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("OrderDialog"));
    setWindowTitle(tr("Order"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_page = new QLabel(tr("Reading the order…"), this);
    outer->addWidget(m_page);
    if (!restoreGeometry(QSettings().value(QLatin1String(geometryKey)).toByteArray()))
        resize(1120, 600);
    reload();
}

void OrderDialog::hideEvent(QHideEvent *event)
{
    QSettings().setValue(QLatin1String(geometryKey), saveGeometry());
    QDialog::hideEvent(event);
}

OrderDialog::~OrderDialog() = default;

void OrderDialog::reload()
{
    auto *reply = m_lookup->details(m_orderId, this);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_details = reply->value();
        m_error = reply->error();
        m_loaded = true;
        if (m_page) {
            m_page->hide();
            m_page->deleteLater();
        }
        build();
        emit loaded();
    });
}

QueueActionDialog *OrderDialog::askToAct(QueueAction action)
{
    if (!m_details.order || !QueueActions::appliesTo(action, m_details.order->status))
        return nullptr;
    const Order &o = *m_details.order;
    auto *dialog = new QueueActionDialog(*m_actions, action, { o.id },
        { { o.uid, o.recipient(), AmountText::shown(o.outAmount) + u' ' + o.xmlTo, {} } }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QueueActionDialog::acted, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
    return dialog;
}

// A language switch while the order is open: the page is read-only and holds nothing that is
// not in the book, so it is built again in the new language (and with the book as it is now).
void OrderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_page && m_loaded) {
        m_page->hide();
        m_page->deleteLater();
        build();
    }
    QDialog::changeEvent(event);
}

void OrderDialog::setRole(StaffRole role)
{
    m_role = role;
    if (m_acceptRecipient)
        m_acceptRecipient->setVisible(StaffRoles::mayAdminister(role));
    if (m_keepRecipient)
        m_keepRecipient->setVisible(StaffRoles::mayOperate(role));
    const bool operates = StaffRoles::mayOperate(role);
    for (auto it = m_actionButtons.cbegin(); it != m_actionButtons.cend(); ++it)
        it.value()->setVisible(
            operates && m_details.order && QueueActions::appliesTo(it.key(), m_details.order->status));
}

void OrderDialog::decideRecipient(bool accept)
{
    bool ok = false;
    const QString comment
        = QInputDialog::getText(this, accept ? tr("Accept the new recipient") : tr("Keep the pinned recipient"),
            accept ? tr("Why is the recipient the site sent the right one? (kept in the order's history)")
                   : tr("Why is the new recipient refused? (kept in the order's history)"),
            QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto *reply = m_lookup->decideRecipient(m_orderId, accept, comment, this);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->ok() || !reply->value()) {
            auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), reply->error(), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        reload();
        emit changed();
    });
}

void OrderDialog::build()
{
    const QString &orderId = m_orderId;
    m_page = new QWidget(this);
    static_cast<QVBoxLayout *>(QDialog::layout())->addWidget(m_page);
    m_timeline = new HistoryTimeline(m_page);
    m_links = nullptr;
    m_deliveries = nullptr;
    m_actionButtons.clear();
    auto *layout = new QVBoxLayout(m_page);
    const QString error = m_error;
    const auto &order = m_details.order;
    if (!order) {
        layout->addWidget(
            new QLabel(error.isEmpty() ? tr("The order %1 is no longer in the book.").arg(orderId) : error, m_page));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_page);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        m_page->show();
        return;
    }
    const Order &o = *order;
    setWindowTitle(tr("Order %1").arg(o.uid));

    auto *status = new QLabel(m_page);
    status->setText(QStringLiteral("<span style='color:%1; font-weight:600'>%2</span>")
                        .arg(StatusStyle::color(o.status).name(), OrderStatuses::title(o.status).toHtmlEscaped()));
    auto *statusRow = new QHBoxLayout;
    auto *statusIcon = new QLabel(m_page);
    statusIcon->setPixmap(StatusStyle::icon(o.status).pixmap(20, 20));
    statusRow->addWidget(statusIcon);
    statusRow->addWidget(status);
    statusRow->addStretch();

    auto *details = new QGroupBox(tr("Order"), m_page);
    auto *form = new QFormLayout(details);
    form->addRow(tr("UID:"), selectable(QString::number(o.uid), m_page));
    form->addRow(tr("Order id:"), selectable(o.id, m_page, true));
    form->addRow(tr("Status:"), statusRow);
    form->addRow(tr("Client pays:"), selectable(AmountText::shown(o.inAmount) + u' ' + o.xmlFrom, m_page));
    form->addRow(tr("Payout:"), selectable(AmountText::shown(o.outAmount) + u' ' + o.xmlTo, m_page));
    form->addRow(tr("Route:"), selectable(o.routeId.isEmpty() ? tr("—") : o.routeId, m_page, true));
    form->addRow(tr("Partner:"), selectable(o.partner.isEmpty() ? tr("—") : o.partner, m_page));
    form->addRow(
        tr("Created:"), selectable(QLocale().toString(o.createdAt.toLocalTime(), QLocale::LongFormat), m_page));
    form->addRow(
        tr("Updated:"), selectable(QLocale().toString(o.updatedAt.toLocalTime(), QLocale::LongFormat), m_page));

    auto *recipient = new QGroupBox(tr("Recipient"), m_page);
    auto *recipientForm = new QFormLayout(recipient);
    if (o.toValues.isEmpty())
        recipientForm->addRow(new QLabel(tr("No recipient details."), m_page));
    for (const OrderValue &v : o.toValues) {
        auto *value = new QHBoxLayout;
        value->addWidget(selectable(v.value, m_page, true));
        QToolButton *copy = copyButton(v.value, tr("Copy %1").arg(v.name.isEmpty() ? v.key : v.name), m_page);
        copy->setObjectName(QStringLiteral("copyRecipient"));
        value->addWidget(copy);
        value->addStretch();
        recipientForm->addRow((v.name.isEmpty() ? v.key : v.name) + u':', value);
    }

    // Another recipient the site sent: beside the pinned one, until a person decides.
    QGroupBox *proposed = nullptr;
    m_acceptRecipient = m_keepRecipient = nullptr;
    if (o.recipientWaitsForAPerson()) {
        proposed = new QGroupBox(tr("Another recipient sent by the exchange site"), m_page);
        proposed->setObjectName(QStringLiteral("proposedRecipient"));
        auto *proposedForm = new QFormLayout(proposed);
        auto *why = new QLabel(tr("An IPN named another recipient on %1. The checksum does not cover the recipient, "
                                  "so it is not taken on its word: the order is paid to neither until a staff "
                                  "member accepts it or keeps the pinned one above.")
                                   .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(o.proposedAt).toLocalTime(),
                                       QLocale::LongFormat)),
            m_page);
        why->setWordWrap(true);
        proposedForm->addRow(why);
        for (const OrderValue &v : o.proposedToValues)
            proposedForm->addRow((v.name.isEmpty() ? v.key : v.name) + u':', selectable(v.value, m_page, true));
        auto *decide = new QHBoxLayout;
        m_acceptRecipient = new QPushButton(tr("Accept the new recipient…"), m_page);
        m_keepRecipient = new QPushButton(tr("Keep the pinned recipient…"), m_page);
        decide->addWidget(m_acceptRecipient);
        decide->addWidget(m_keepRecipient);
        decide->addStretch();
        proposedForm->addRow(decide);
        connect(m_acceptRecipient, &QPushButton::clicked, this, [this] { decideRecipient(true); });
        connect(m_keepRecipient, &QPushButton::clicked, this, [this] { decideRecipient(false); });
        setRole(m_role);
    }
    if (!o.siteStatus.isEmpty()) {
        const auto said = OrderStatuses::fromCode(o.siteStatus);
        auto *note
            = new QLabel(tr("The exchange site says \"%1\", which cannot follow \"%2\": not applied. Check "
                            "the order with the exchange.")
                             .arg(said ? OrderStatuses::title(*said) : o.siteStatus, OrderStatuses::title(o.status)),
                m_page);
        note->setWordWrap(true);
        form->addRow(tr("Site:"), note);
    }

    auto *history = new QGroupBox(tr("History"), m_page);
    auto *historyLayout = new QVBoxLayout(history);
    m_timeline->setEntries(m_details.history);
    historyLayout->addWidget(m_timeline);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(details);
    left->addWidget(recipient);
    if (proposed)
        left->addWidget(proposed);
    if (!o.secret.isEmpty()) {
        m_links = new ClientLinksBox(o, m_details.siteUrl, m_details.siteLanguage, m_page);
        left->addWidget(m_links);
    }
    auto *deliveries = new IpnDeliveriesView(m_page);
    if (deliveries->show(m_details.deliveries) > 0) {
        auto *box = new QGroupBox(tr("IPNs sent by the desk"), m_page);
        (new QVBoxLayout(box))->addWidget(deliveries);
        deliveries->setMaximumHeight(140);
        left->addWidget(box);
        m_deliveries = deliveries;
    } else {
        delete deliveries;
    }
    left->addStretch();
    columns->addLayout(left, 1);
    columns->addWidget(history, 1);
    layout->addLayout(columns);

    // The payout actions that apply now, as in the queue (the same dialog, the same rules).
    auto *actionRow = new QHBoxLayout;
    const QList<std::pair<QueueAction, QString>> actions { { QueueAction::Hold, tr("Hold…") },
        { QueueAction::Release, tr("Release hold…") }, { QueueAction::Reject, tr("Reject…") },
        { QueueAction::Retry, tr("Retry…") }, { QueueAction::MarkPaid, tr("Mark paid manually…") } };
    for (const auto &[action, text] : actions) {
        auto *button = new QPushButton(text, m_page);
        button->setToolTip(QueueActionDialog::title(action));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action = action] { askToAct(action); });
        actionRow->addWidget(button);
        m_actionButtons.insert(action, button);
    }
    actionRow->addStretch();
    layout->addLayout(actionRow);
    setRole(m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_page);
    auto *copyId = buttons->addButton(tr("Copy order id"), QDialogButtonBox::ActionRole);
    auto *copyUid = buttons->addButton(tr("Copy UID"), QDialogButtonBox::ActionRole);
    connect(copyId, &QPushButton::clicked, this, [id = o.id] { QApplication::clipboard()->setText(id); });
    connect(copyUid, &QPushButton::clicked, this,
        [uid = o.uid] { QApplication::clipboard()->setText(QString::number(uid)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_page->show(); // built after the window was shown: its page is not shown with it
}

} // namespace pd
