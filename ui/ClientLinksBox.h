#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace pd {

struct Order;

// On the order's window: the client's payment link and order link (PaymentLinks), each with
// Copy and Open, and the payment link as a QR code to show a client. Without the exchange
// site's address in the settings it says so instead of showing a broken link.
class ClientLinksBox : public QGroupBox {
    Q_OBJECT
public:
    ClientLinksBox(const Order &order, const QString &siteUrl, const QString &language, QWidget *parent = nullptr);

    QString paymentLink() const { return m_payment; }
    QString orderLink() const { return m_order; }
    QPushButton *copyPaymentButton() const { return m_copyPayment; }
    QPushButton *qrButton() const { return m_qr; }

    void showQr(); // the QR code in a window of its own

private:
    QString m_payment;
    QString m_order;
    QPushButton *m_copyPayment = nullptr;
    QPushButton *m_qr = nullptr;
};

} // namespace pd
