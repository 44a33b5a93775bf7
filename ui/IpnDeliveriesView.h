#pragma once

#include <QTableWidget>

namespace pd {

class Database;

// On the order's window: every IPN the desk sent about the order — when, which status, the
// receiver's HTTP status or the error — so staff can tell the merchant what arrived.
class IpnDeliveriesView : public QTableWidget {
    Q_OBJECT
public:
    explicit IpnDeliveriesView(QWidget *parent = nullptr);
    // Returns how many deliveries there are (the caller hides the view when none).
    int load(Database &database, const QString &orderId);
};

} // namespace pd
