#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace pd {

class CurrencyRegistry;
class MismatchModel;
class PayoutEngine;
class ProviderHub;
class Reconciler;
class ReconciliationRunModel;
class ReconciliationService;
class Workspace;

// The Reconciliation tab (issue 20): each provider's books held against the desk's payouts.
// A period and a provider to reconcile now (the desk also runs yesterday on its own), the
// mismatches, open first, each resolved with a comment, exported to CSV, and the runs so far.
class ReconciliationPage : public QWidget {
    Q_OBJECT
public:
    ReconciliationPage(Workspace &workspace, ProviderHub &providers, PayoutEngine &engine,
        const CurrencyRegistry &currencies, QWidget *parent = nullptr);
    ~ReconciliationPage() override;

    // Reads the runs and mismatches again (after a run, a resolution, a daily run).
    void refresh();
    // Reconciles the chosen provider(s) over the chosen period now.
    void reconcileNow();
    // Resolves the selected open mismatch, asking for the comment.
    void resolveSelected();
    // Resolves mismatch `id` with `comment` (what the dialog asks for).
    void resolve(qint64 id, const QString &comment);

signals:
    void loaded();
    void reconciled();
    void resolved(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void relabel();
    void exportCsv();
    void updateButtons();

    ReconciliationService *m_service;
    Reconciler *m_reconciler;
    MismatchModel *m_mismatches;
    ReconciliationRunModel *m_runs;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_providerLabel;
    QComboBox *m_provider;
    QPushButton *m_run;
    QLabel *m_status;
    QLabel *m_openTitle;
    QCheckBox *m_showResolved;
    QPushButton *m_resolve;
    QPushButton *m_export;
    QTableView *m_mismatchTable;
    QLabel *m_runsTitle;
    QTableView *m_runTable;
    QSplitter *m_split;
    QStringList m_names;
    bool m_reading = false;
    bool m_stale = false;
    bool m_mayResolve = false;
};

} // namespace pd
