#include "historydialog.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(const QString& title, const QStringList& versions, QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(title);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->addItems(versions);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    resize(640, 420);
}

void HistoryDialog::offerRestore(std::function<void(int row)> restore)
{
    m_restore = m_buttons->addButton(tr("Restore this version"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    m_restore->setToolTip(tr("Make the selected version the current one. The restore is kept in the history "
                             "as a new version."));
    m_restore->setEnabled(false);
    // Selected, not merely current: the list makes its first row current when it takes the focus.
    connect(m_list, &QListWidget::itemSelectionChanged, m_restore,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_restore, &QPushButton::clicked, this, [this, restore = std::move(restore)] {
        const QList<QListWidgetItem*> selected = m_list->selectedItems();
        if (selected.isEmpty())
            return;
        restore(m_list->row(selected.first()));
        accept();
    });
}
