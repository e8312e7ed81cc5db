#pragma once

#include <QStyledItemDelegate>

class QTreeView;

// Lets columns of a tree wrap their text onto several lines. QTreeView does not tell a delegate how wide a
// column is when it asks for a row's height, so this delegate measures the text at the header's width and
// re-lays the rows out when a column is resized. Install it per column (setItemDelegateForColumn). Used
// for checklist steps and their skip reasons, which must be read whole.
class WrappingItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingItemDelegate(QTreeView* view);
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_view;
};
