#include "timelinedelegate.h"

#include "domain/timelineentry.h"
#include "entryinput.h"
#include "timelinemodel.h"

#include <QComboBox>
#include <QDateTimeEdit>

QWidget* TimelineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    switch (index.column()) {
    case TimelineModel::Time: {
        auto* edit = new QDateTimeEdit(parent);
        edit->setObjectName(QStringLiteral("timeEditor"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
        return edit;
    }
    case TimelineModel::Kind: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("kindEditor"));
        for (EntryKind k : EntryKinds::all())
            combo->addItem(EntryKinds::label(k), int(k));
        return combo;
    }
    case TimelineModel::Text: {
        auto* input = new EntryInput(parent);
        input->setObjectName(QStringLiteral("textEditor"));
        auto* self = const_cast<TimelineDelegate*>(this);
        connect(input, &EntryInput::submitted, self, [self, input] {
            emit self->commitData(input);
            emit self->closeEditor(input, QAbstractItemDelegate::NoHint);
        });
        return input;
    }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TimelineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant v = index.data(Qt::EditRole);
    if (auto* edit = qobject_cast<QDateTimeEdit*>(editor))
        edit->setDateTime(v.toDateTime());
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(combo->findData(v.toInt()));
    else if (auto* input = qobject_cast<EntryInput*>(editor)) {
        input->setPlainText(v.toString());
        input->moveCursor(QTextCursor::End);
    } else
        QStyledItemDelegate::setEditorData(editor, index);
}

void TimelineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QDateTimeEdit*>(editor))
        model->setData(index, edit->dateTime());
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData());
    else if (auto* input = qobject_cast<EntryInput*>(editor))
        model->setData(index, input->toPlainText());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void TimelineDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    if (qobject_cast<EntryInput*>(editor)) { // room for a few lines below the row
        QRect r = option.rect;
        r.setHeight(qMax(r.height(), editor->sizeHint().height()));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

void TimelineDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The kind column is sized for plain kinds: elide in the middle, so that "· public" stays in sight.
    if (index.column() == TimelineModel::Kind)
        option->textElideMode = Qt::ElideMiddle;
}
