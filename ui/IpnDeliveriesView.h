#pragma once

#include "merchant/IpnDeliveries.h"

#include <QTableWidget>

namespace pd {

// On the order's window: every IPN the desk sent about the order — when, which status, the
// receiver's HTTP status or the error — so staff can tell the merchant what arrived.
class IpnDeliveriesView : public QTableWidget {
    Q_OBJECT
public:
    explicit IpnDeliveriesView(QWidget *parent = nullptr);
    // Returns how many deliveries there are (the caller hides the view when none).
    int show(const QList<IpnDeliveries::Delivery> &deliveries);
};

} // namespace pd
