#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace pd {

class ActivityModel;
class ActivityService;
class Workspace;

// The desk's activity log: imports, refused webhooks, settings changed, payouts that failed
// or need a person; newest first. Read through ActivityService on the book's thread, each time
// the page is shown (and on refresh()); nothing here waits for it.
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    explicit ActivityPage(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ActivityModel *model() const { return m_model; }
    // Reads the log again; a refresh asked while a read is on its way reads once more after it.
    void refresh();

signals:
    // The table shows what the log held at the last read.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ActivityService *m_service;
    ActivityModel *m_model;
    QTableView *m_table;
    QLabel *m_problem;
    bool m_reading = false;
    bool m_stale = false;
};

} // namespace pd
