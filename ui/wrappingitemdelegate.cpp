#include "wrappingitemdelegate.h"

#include <QHeaderView>
#include <QTreeView>

WrappingItemDelegate::WrappingItemDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view)
{
    connect(view->header(), &QHeaderView::sectionResized, view, [this](int section) {
        if (m_view->itemDelegateForColumn(section) == this)
            m_view->doItemsLayout();
    });
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (!m_view->wordWrap())
        return base;
    int level = 0; // the tree's own column is indented by the depth of the row
    const int treeColumn =
        m_view->treePosition() < 0 ? m_view->header()->logicalIndex(0) : m_view->treePosition();
    if (index.column() == treeColumn) {
        level = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++level;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int width = m_view->header()->sectionSize(index.column()) - level * m_view->indentation();
    if (width <= 0)
        return base;
    opt.rect = QRect(0, 0, width, base.height());
    const QRect textRect = m_view->style()->subElementRect(QStyle::SE_ItemViewItemText, &opt, m_view);
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1;
    const QRect needed =
        opt.fontMetrics.boundingRect(QRect(0, 0, qMax(1, textRect.width() - 2 * margin), 1 << 20),
                                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, opt.text);
    return {base.width(), qMax(base.height(), needed.height() + base.height() - opt.fontMetrics.height())};
}
