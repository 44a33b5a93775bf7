#pragma once

#include <QWidget>

class QTableWidget;

namespace pd {

class Database;

// The desk's activity log: imports, refused webhooks, settings changed, payouts that failed
// or need a person; newest first.
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    explicit ActivityPage(Database &database, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Database &m_db;
    QTableWidget *m_table;
};

} // namespace pd
