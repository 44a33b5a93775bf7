#include "PageSlot.h"

#include <QVBoxLayout>

namespace pd {

PageSlot::PageSlot(std::function<QWidget *(QWidget *parent)> build, QWidget *parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *PageSlot::page()
{
    if (!m_page) {
        m_page = m_build(this);
        layout()->addWidget(m_page);
    }
    return m_page;
}

void PageSlot::showEvent(QShowEvent *event)
{
    page();
    QWidget::showEvent(event);
}

} // namespace pd
