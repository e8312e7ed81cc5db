#pragma once

#include <QDialog>

class QListWidget;

// Read-only list of the versions of something (a document field, a production change), oldest first.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString& title, const QStringList& versions, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};
