#pragma once

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QToolButton>

namespace pd {

// "Copy" beside a value staff paste elsewhere (a recipient, a reference): the whole value goes to
// the clipboard, however it is shown.
inline QToolButton *copyButton(const QString &value, const QString &toolTip, QWidget *parent)
{
    auto *copy = new QToolButton(parent);
    copy->setText(QCoreApplication::translate("pd::CopyButton", "Copy"));
    copy->setToolTip(toolTip);
    QObject::connect(copy, &QToolButton::clicked, copy, [value] { QApplication::clipboard()->setText(value); });
    return copy;
}

} // namespace pd
