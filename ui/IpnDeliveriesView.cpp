#include "IpnDeliveriesView.h"
#include "DateText.h"

#include <QHeaderView>
#include <QLocale>

namespace pd {

IpnDeliveriesView::IpnDeliveriesView(QWidget *parent)
    : QTableWidget(0, 5, parent)
{
    setHorizontalHeaderLabels({ tr("Queued"), tr("Status sent"), tr("Outcome"), tr("HTTP"), tr("Error") });
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
}

int IpnDeliveriesView::show(const QList<IpnDeliveries::Delivery> &deliveries)
{
    setRowCount(int(deliveries.size()));
    for (int row = 0; row < deliveries.size(); ++row) {
        const auto &d = deliveries.at(row);
        const QString outcome = d.state == QLatin1String("delivered") ? tr("delivered")
            : d.state == QLatin1String("failed")                      ? tr("failed")
            : d.state == QLatin1String("pending") ? (d.tries > 0 ? tr("to be retried") : tr("waiting"))
                                                  : tr("sending");
        const QStringList cells = { DateText::shown(d.queuedAt), d.status,
            d.tries > 1 ? tr("%1 (%2 tries)").arg(outcome).arg(d.tries) : outcome,
            d.httpStatus ? QString::number(d.httpStatus) : QStringLiteral("—"), d.error };
        for (int column = 0; column < cells.size(); ++column)
            setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    resizeColumnsToContents();
    return int(deliveries.size());
}

} // namespace pd
