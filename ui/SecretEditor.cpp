#include "SecretEditor.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

SecretEditor::SecretEditor(SecretStore &secrets, const QString &owner, const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_owner(owner)
    , m_key(key)
    , m_edit(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_replace(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_result(new QLabel(this))
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setObjectName(QStringLiteral("secret_") + key);
    m_result->setWordWrap(true);
    m_result->hide();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_replace);
    row->addWidget(m_remove);
    row->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_result);

    connect(m_save, &QPushButton::clicked, this, &SecretEditor::save);
    m_edit->installEventFilter(this);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        m_edit->setEnabled(true);
        m_save->setEnabled(true);
        m_edit->setPlaceholderText(tr("Type the new secret"));
        m_edit->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &SecretEditor::remove);
    retranslate();
    readState();
}

// Enter saves the secret and goes no further: in a dialog it would also press OK and close
// the dialog while the keychain is still answering.
bool SecretEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            save();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SecretEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecretEditor::retranslate()
{
    m_save->setText(tr("Save"));
    m_replace->setText(tr("Replace"));
    m_remove->setText(tr("Remove"));
    showState(m_state);
}

// The secret is read only to learn whether one is there, and dropped at once.
void SecretEditor::readState()
{
    showState(State::Reading);
    SecretJob *job = m_secrets.read(m_owner, m_key);
    connect(job, &SecretJob::finished, this, [this, job] {
        job->deleteLater();
        switch (job->outcome()) {
        case SecretJob::Outcome::Ok:
            showState(State::Stored);
            break;
        case SecretJob::Outcome::NotFound:
            showState(State::NotSet);
            break;
        case SecretJob::Outcome::NoKeychain:
        case SecretJob::Outcome::Failed:
            m_keychainProblem = job->error();
            showState(State::NoKeychain);
            showResult(false, m_keychainProblem);
            break;
        }
        emit stateKnown(m_state);
    });
}

void SecretEditor::showState(State state)
{
    m_state = state;
    m_edit->clear();
    switch (state) {
    case State::Reading:
        m_edit->setPlaceholderText(tr("Asking the keychain…"));
        break;
    case State::Stored:
        m_edit->setPlaceholderText(tr("A secret is stored in the keychain"));
        break;
    case State::NotSet:
        m_edit->setPlaceholderText(tr("Not set: type it and press Save"));
        break;
    case State::NoKeychain:
        m_edit->setPlaceholderText(tr("The keychain cannot be reached"));
        break;
    }
    const bool typing = state == State::NotSet;
    m_edit->setEnabled(typing);
    m_save->setEnabled(typing);
    m_replace->setVisible(state == State::Stored);
    m_remove->setVisible(state == State::Stored);
}

void SecretEditor::showResult(bool ok, const QString &text)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
    m_result->setVisible(!text.isEmpty());
}

void SecretEditor::save()
{
    if (!m_save->isEnabled())
        return;
    const QString secret = m_edit->text();
    if (secret.isEmpty()) {
        showResult(false, tr("Type the secret first."));
        return;
    }
    m_edit->clear(); // the form keeps no copy
    m_edit->setEnabled(false);
    m_save->setEnabled(false);
    showResult(true, tr("Saving to the keychain…"));
    SecretJob *job = m_secrets.write(m_owner, m_key, secret);
    connect(job, &SecretJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->ok()) {
            // Still as before: the old secret (or none) stays in force.
            showState(m_state == State::Stored ? State::Stored : State::NotSet);
            showResult(false, job->error());
            return;
        }
        showState(State::Stored);
        showResult(true, tr("Stored in the keychain."));
        emit changed(true);
    });
}

void SecretEditor::remove()
{
    if (QMessageBox::question(this, tr("Remove secret"),
            m_removeQuestion.isEmpty() ? tr("Remove this secret from the keychain?") : m_removeQuestion,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    SecretJob *job = m_secrets.remove(m_owner, m_key);
    connect(job, &SecretJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->ok() && job->outcome() != SecretJob::Outcome::NotFound) {
            showResult(false, job->error());
            return;
        }
        showState(State::NotSet);
        showResult(true, tr("Removed from the keychain."));
        emit changed(false);
    });
}

} // namespace pd
