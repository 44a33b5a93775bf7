#include "ClientLinksBox.h"

#include "QrCode.h"
#include "domain/Order.h"
#include "merchant/PaymentLinks.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pd {

ClientLinksBox::ClientLinksBox(const Order &order, const QString &siteUrl, const QString &language, QWidget *parent)
    : QGroupBox(tr("Client links"), parent)
{
    auto *grid = new QGridLayout(this);
    QString why;
    const auto links = PaymentLinks::make(siteUrl, language, order.uid, order.secret, &why);
    if (!links) {
        auto *note = new QLabel(why, this);
        note->setWordWrap(true);
        grid->addWidget(note, 0, 0);
        return;
    }
    m_payment = links->payment.toString(QUrl::FullyEncoded);
    m_order = links->order.toString(QUrl::FullyEncoded);
    int row = 0;
    const auto addLink = [&](const QString &title, const QString &link) {
        auto *text = new QLabel(link.toHtmlEscaped(), this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *copy = new QPushButton(tr("Copy"), this);
        auto *open = new QPushButton(tr("Open"), this);
        connect(copy, &QPushButton::clicked, this, [link] { QApplication::clipboard()->setText(link); });
        connect(open, &QPushButton::clicked, this, [link] { QDesktopServices::openUrl(QUrl(link)); });
        grid->addWidget(new QLabel(title, this), row, 0);
        grid->addWidget(text, row, 1);
        grid->addWidget(copy, row, 2);
        grid->addWidget(open, row, 3);
        ++row;
        return copy;
    };
    m_copyPayment = addLink(tr("Payment:"), m_payment);
    m_copyPayment->setToolTip(tr("Copy the payment link (Ctrl+Shift+C)"));
    addLink(tr("Order:"), m_order);
    m_qr = new QPushButton(tr("QR code…"), this);
    grid->addWidget(m_qr, row, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    connect(m_qr, &QPushButton::clicked, this, &ClientLinksBox::showQr);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(shortcut, &QShortcut::activated, m_copyPayment, &QPushButton::click);
}

void ClientLinksBox::showQr()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("QrDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Payment link as a QR code"));
    auto *layout = new QVBoxLayout(dialog);
    auto *image = new QLabel(dialog);
    image->setObjectName(QStringLiteral("QrImage"));
    image->setPixmap(QPixmap::fromImage(QrCode::image(m_payment, 8)));
    image->setAlignment(Qt::AlignCenter);
    auto *caption = new QLabel(m_payment.toHtmlEscaped(), dialog);
    caption->setAlignment(Qt::AlignCenter);
    caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(image);
    layout->addWidget(caption);
    layout->addWidget(buttons);
    dialog->show();
}

} // namespace pd
