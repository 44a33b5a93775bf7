#include "OrderLines.h"
#include "CopyButton.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QScreen>
#include <QToolButton>

namespace pd {

OrderLines::OrderLines(const QStringList &moreHeaders, const QList<Line> &lines, QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(4);
    const QStringList headers = QStringList { tr("UID"), tr("Amount"), tr("Recipient") } + moreHeaders;
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(c).toHtmlEscaped()), this);
        m_grid->addWidget(h, 0, c);
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QScreen *screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    // Beyond this a recipient is elided in the middle: the dialog would not fit the screen.
    const int widest = screen ? screen->availableGeometry().width() * 6 / 10 : 900;
    for (int i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        const int row = i + 1;
        m_grid->addWidget(new QLabel(QString::number(l.uid), this), row, 0);
        auto *amount = new QLabel(l.amount, this);
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(amount, row, 1);
        auto *recipient = new QLabel(this);
        recipient->setFont(mono);
        recipient->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const QFontMetrics metrics(mono);
        recipient->setText(metrics.horizontalAdvance(l.recipient) <= widest
                ? l.recipient
                : metrics.elidedText(l.recipient, Qt::ElideMiddle, widest));
        recipient->setToolTip(l.recipient);
        QToolButton *copy = copyButton(l.recipient, tr("Copy the whole recipient"), this);
        auto *cell = new QHBoxLayout;
        cell->setSpacing(6);
        cell->addWidget(recipient);
        cell->addWidget(copy);
        cell->addStretch();
        m_grid->addLayout(cell, row, 2);
        for (int c = 0; c < l.more.size(); ++c)
            m_grid->addWidget(new QLabel(l.more.at(c), this), row, 3 + c);
        m_recipients << recipient;
    }
    m_grid->setColumnStretch(2, 1);
    m_grid->setRowStretch(int(lines.size()) + 1, 1);
}

int OrderLines::neededWidth() const
{
    return sizeHint().width();
}

} // namespace pd
