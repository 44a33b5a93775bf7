#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd {

// Help → About PayoutDesk: what the desk is, and the build details staff paste into a support
// ticket (version, commit, build type, compiler, Qt, OpenSSL, SQLite, the workspace folder),
// with a button that copies them all.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const QString &workspaceDir, QWidget *parent = nullptr);

    // All of it as plain text, as Copy puts it on the clipboard.
    QString supportText() const;
    QTableWidget *detailsTable() const { return m_details; }
    QPushButton *copyButton() const { return m_copy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_workspaceDir;
    QLabel *m_title;
    QLabel *m_blurb;
    QTableWidget *m_details;
    QPushButton *m_copy;
    QPushButton *m_close;
};

} // namespace pd
