#include "channelpicker.h"

#include "channeldialog.h"
#include "core.h"
#include "plaintooltip.h"
#include "services/channelservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kAudienceRole = Qt::UserRole + 1;
} // namespace

ChannelPicker::ChannelPicker(Core& core, QWidget* parent)
    : QWidget(parent), m_core(core), m_list(new QListWidget), m_add(new QPushButton), m_edit(new QPushButton)
{
    m_list->setObjectName(QStringLiteral("composerChannels"));
    m_add->setObjectName(QStringLiteral("addChannel"));
    m_edit->setObjectName(QStringLiteral("editChannel"));
    m_list->setMaximumHeight(110);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::itemChanged, this, &ChannelPicker::selectionChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { editChannel(item->data(kIdRole).toLongLong()); });
    connect(m_add, &QPushButton::clicked, this, [this] { editChannel(0); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem())
            editChannel(item->data(kIdRole).toLongLong());
    });
    connect(&core.channels(), &ChannelService::channelsChanged, this, &ChannelPicker::reload);
    retranslateUi();
    reload();
}

void ChannelPicker::reload()
{
    const QList<qint64> checked = checkedChannels();
    const auto channels = m_core.channels().list();
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!channels)
        return;
    for (const Channel& c : channels.value()) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 — %2 · %3")
                                    .arg(c.name, ChannelKinds::label(c.kind), Audiences::label(c.audience)));
        item->setData(kIdRole, c.id);
        item->setData(kAudienceRole, int(c.audience));
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       (c.enabled ? Qt::ItemIsEnabled : Qt::NoItemFlags));
        item->setCheckState(c.enabled && checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(
            plainToolTip(c.enabled ? Channels::maskedUrl(c.url) : tr("Disabled: %1").arg(c.disabledReason)));
        m_list->addItem(item);
    }
    emit selectionChanged();
}

QList<qint64> ChannelPicker::checkedChannels() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->checkState() == Qt::Checked)
            ids << m_list->item(r)->data(kIdRole).toLongLong();
    return ids;
}

void ChannelPicker::checkFor(Audience audience)
{
    const QSignalBlocker block(m_list);
    for (int r = 0; r < m_list->count(); ++r) {
        QListWidgetItem* item = m_list->item(r);
        const bool match =
            item->data(kAudienceRole).toInt() == int(audience) && (item->flags() & Qt::ItemIsEnabled);
        item->setCheckState(match ? Qt::Checked : Qt::Unchecked);
    }
    emit selectionChanged();
}

void ChannelPicker::setChecked(qint64 channelId, bool checked)
{
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->data(kIdRole).toLongLong() == channelId)
            m_list->item(r)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ChannelPicker::editChannel(qint64 id)
{
    ChannelDialog dialog(m_core, id, this);
    if (dialog.exec() == QDialog::Accepted && !id)
        setChecked(dialog.channelId(), true);
}

void ChannelPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChannelPicker::retranslateUi()
{
    m_add->setText(tr("Add channel…"));
    m_edit->setText(tr("Channel settings…"));
    if (!m_list->signalsBlocked())
        reload();
}
