#pragma once

#include <QStyledItemDelegate>

namespace pd {

class ProviderRegistry;

// The payout queue's provider cell: painted as text and icon like any cell (no widget per
// row), edited in a combo box of the providers that serve the row's currency, opened only
// while the row is edited. Icons are decoded once per provider.
class ProviderDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ProviderDelegate(const ProviderRegistry &registry, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const ProviderRegistry &m_registry;
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace pd
