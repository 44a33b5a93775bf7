#pragma once

#include "merchant/ExchangeSiteClient.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace pd {

class OrderCreator;

// "New order" (File → New order…, Ctrl+N): every parameter of the exchange site's
// public/exchanger/order/create, checked as staff type (ExchangeSiteClient::problems), sent
// through OrderCreator. The IPN secret is generated, never shown in full, and kept in the
// keychain with the order. On success the dialog closes and says which order it created.
class NewOrderDialog : public QDialog {
    Q_OBJECT
public:
    NewOrderDialog(OrderCreator &creator, const QString &actor, QWidget *parent = nullptr);

    ExchangeSiteClient::NewOrder request() const;
    std::optional<Order> created() const { return m_created; }

    // For tests: the widgets staff fill in.
    QLineEdit *routeEdit() const { return m_route; }
    QLineEdit *amountEdit() const { return m_amount; }
    QTableWidget *toValuesTable() const { return m_to; }
    QCheckBox *agreementBox() const { return m_agreement; }
    QLineEdit *ipnUrlEdit() const { return m_ipnUrl; }
    QLabel *problemsLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QTableWidget *valuesTable(const QStringList &keys);
    void check();
    void send();

    OrderCreator &m_creator;
    QString m_actor;
    QLineEdit *m_route, *m_partner, *m_amount, *m_callback, *m_ipnUrl, *m_ipnSecret;
    QComboBox *m_lang;
    QTableWidget *m_from, *m_to, *m_routeValues;
    QCheckBox *m_agreement, *m_hideOutData;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    std::optional<Order> m_created;
};

} // namespace pd
