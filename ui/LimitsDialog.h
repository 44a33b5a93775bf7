#pragma once

#include "services/LimitsService.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pd {

class ProviderRegistry;
class Workspace;

// Edit → Payout limits…: the limits per provider and currency (per payout minimum and
// maximum, per day and per month total and count) and the automatic payout rules. Each change
// is saved at once, by the staff member at the desk, and written to the activity log. What it
// shows and saves goes through LimitsService, on the book's thread: nothing here waits for it.
class LimitsDialog : public QDialog {
    Q_OBJECT
public:
    LimitsDialog(Workspace &workspace, const ProviderRegistry &providers, QWidget *parent = nullptr);

    // For tests.
    QTableWidget *table() const { return m_table; }
    QComboBox *providerBox() const { return m_provider; }
    QComboBox *currencyBox() const { return m_currency; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *valueEdit() const { return m_value; }
    QPushButton *setButton() const { return m_set; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *result() const { return m_result; }

    static QString kindLabel(int kind);

signals:
    // The table shows what the book held at the last read: once opened, and after each change.
    void loaded();

private:
    void refresh();
    void fillCurrencies();
    void setLimit(const QString &value);
    void setSaving(bool saving);
    void showLimits(const QList<LimitsService::Limit> &all);

    LimitsService *m_service;
    bool m_saving = false;
    bool m_shownOnce = false;
    const ProviderRegistry &m_providers;
    QTableWidget *m_table;
    QComboBox *m_provider;
    QComboBox *m_currency;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QPushButton *m_set;
    QPushButton *m_remove;
    QLabel *m_result;
};

} // namespace pd
