#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pd {

class SecretStore;

// One keychain secret in a form: never shown, only said to be there. Typing one and Save (or
// Enter) stores it at once; Replace opens the field again; Remove asks first. The state comes
// from the keychain itself when the editor opens, so a missing keychain is said plainly and
// nothing can be typed into a field that cannot be stored.
class SecretEditor : public QWidget {
    Q_OBJECT
public:
    enum class State { Reading, Stored, NotSet, NoKeychain };

    SecretEditor(SecretStore &secrets, const QString &owner, const QString &key, QWidget *parent = nullptr);

    State state() const { return m_state; }
    // What Remove asks before it removes, in words about what stops working without it.
    void setRemoveQuestion(const QString &question) { m_removeQuestion = question; }

    // For tests: the parts.
    QLineEdit *edit() const { return m_edit; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *replaceButton() const { return m_replace; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *result() const { return m_result; }

signals:
    // After the keychain answered: stored (true) or removed (false). The secret is not passed.
    void changed(bool stored);
    void stateKnown(pd::SecretEditor::State state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void readState();
    void showState(State state);
    void showResult(bool ok, const QString &text);
    void save();
    void remove();

    SecretStore &m_secrets;
    const QString m_owner;
    const QString m_key;
    State m_state = State::Reading;
    QString m_keychainProblem;
    QString m_removeQuestion;
    QLineEdit *m_edit;
    QPushButton *m_save;
    QPushButton *m_replace;
    QPushButton *m_remove;
    QLabel *m_result;
};

} // namespace pd
