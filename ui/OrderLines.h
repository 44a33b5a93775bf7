#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace pd {

// The orders a confirmation or an action acts on, one line each, every recipient in full:
// staff check the address they are about to pay or refuse, so it is never cut. A value wider
// than the screen is elided in the middle, whole in its tooltip; each has a Copy button.
// Labels, not a table: at most a few hundred lines, and what is shown is what is checked.
class OrderLines : public QWidget {
    Q_OBJECT
public:
    struct Line {
        qint64 uid = 0;
        QString recipient;
        QString amount; // as shown, with its currency
        QStringList more; // further cells: network, provider, …
    };

    OrderLines(const QStringList &moreHeaders, const QList<Line> &lines, QWidget *parent = nullptr);

    // The recipient's label on line `i` (tests check that it holds the whole value).
    QLabel *recipientLabel(int i) const { return m_recipients.value(i); }
    // The width the lines need to show every recipient whole, for the dialog's size.
    int neededWidth() const;

private:
    QList<QLabel *> m_recipients;
    QGridLayout *m_grid;
};

} // namespace pd
