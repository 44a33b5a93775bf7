#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace pd {

class ActivityFilter;
class ActivityModel;
class ActivityService;
class Workspace;

// The desk's activity log: imports, refused webhooks, settings changed, payouts that failed
// or need a person, reconciliation mismatches; newest first, filtered by kind and by who. Read through ActivityService
// on the book's thread, each time the page is shown (and on refresh()); nothing here waits for it.
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    explicit ActivityPage(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ActivityModel *model() const { return m_model; }
    // What the table shows: the model through the kind and person chosen.
    ActivityFilter *filter() const { return m_filter; }
    // Every kind / everyone, then each kind (in words) and each person in the log as read.
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *actorBox() const { return m_actor; }
    // Reads the log again; a refresh asked while a read is on its way reads once more after it.
    void refresh();

signals:
    // The table shows what the log held at the last read.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relabel();
    // The choices from the entries read; the one chosen stays chosen while it is there.
    void fillChoices();

    ActivityService *m_service;
    ActivityModel *m_model;
    ActivityFilter *m_filter;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_actorLabel;
    QComboBox *m_actor;
    QTableView *m_table;
    QLabel *m_problem;
    bool m_reading = false;
    bool m_stale = false;
};

} // namespace pd
