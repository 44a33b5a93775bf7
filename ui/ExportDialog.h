#pragma once

#include "export/CsvExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pd {

// File → Export to CSV…: what to export (orders or their history), which rows (the orders
// page's current filter or a date range), the delimiter, the byte order mark, and the file.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const OrderFilter &pageFilter, const OrderSort &pageSort, QWidget *parent = nullptr);

    CsvExport::Options options() const;
    QString path() const;

    QRadioButton *ordersButton() const { return m_orders; }
    QRadioButton *historyButton() const { return m_history; }
    QRadioButton *pageFilterButton() const { return m_pageFilter; }
    QRadioButton *dateRangeButton() const { return m_dateRange; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QCheckBox *bomBox() const { return m_bom; }
    QLineEdit *pathEdit() const { return m_path; }

    // The page's filter in words, e.g. "status Done, currency BTC, search “4711”".
    static QString describe(const OrderFilter &filter);

    void accept() override;

private:
    void chooseFile();
    void updateWidgets();
    QString defaultPath() const;

    OrderFilter m_filter;
    OrderSort m_sort;
    QRadioButton *m_orders;
    QRadioButton *m_history;
    QRadioButton *m_pageFilter;
    QRadioButton *m_dateRange;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export = nullptr;
    QString m_suggested; // the path last suggested, replaced while staff have not typed their own
};

} // namespace pd
