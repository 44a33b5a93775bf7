#include "ProviderDelegate.h"

#include "PayoutQueueModel.h"
#include "ProviderRegistry.h"

#include <QComboBox>

namespace pd {

ProviderDelegate::ProviderDelegate(const ProviderRegistry &registry, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_registry(registry)
{
}

QWidget *ProviderDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *box = new QComboBox(parent);
    for (const QString &name : index.data(PayoutQueueModel::ProvidersRole).toStringList()) {
        const auto manifest = m_registry.manifest(name);
        auto icon = m_icons.constFind(name);
        if (icon == m_icons.constEnd())
            icon = m_icons.insert(name, manifest ? QIcon(manifest->icon) : QIcon());
        box->addItem(*icon, manifest ? manifest->title : name, name);
    }
    // A choice is taken at once, not when the cell loses focus.
    connect(box, &QComboBox::activated, this, [this, box] {
        auto *self = const_cast<ProviderDelegate *>(this);
        emit self->commitData(box);
        emit self->closeEditor(box);
    });
    return box;
}

void ProviderDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(qMax(0, box->findData(index.data(PayoutQueueModel::ProviderRole))));
}

void ProviderDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace pd
