#pragma once

#include <QWidget>

#include <functional>

class QShowEvent;

namespace pd {

// A tab's place for a page that is built when it is first needed: when its tab is first shown
// or when the window hands it out. A cold start then pays only for the pages staff see first;
// the dashboard's charts and the providers' forms wait for their tab (docs/DESIGN.md,
// "Budgets": no GUI-thread stall over 100 ms, on a book of a million orders too).
class PageSlot : public QWidget {
public:
    PageSlot(std::function<QWidget *(QWidget *parent)> build, QWidget *parent);

    // The page, built now if it was not yet.
    QWidget *page();
    bool built() const { return m_page != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<QWidget *(QWidget *parent)> m_build;
    QWidget *m_page = nullptr;
};

} // namespace pd
