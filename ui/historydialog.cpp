#include "historydialog.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(const QString& title, const QStringList& versions, QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(title);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->addItems(versions);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 420);
}
