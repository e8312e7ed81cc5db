#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QListWidget;
class QPushButton;

// The list of the versions of something (a document field, a production change, report wording), oldest
// first. Read-only unless the caller offers a restore.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString& title, const QStringList& versions, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }
    // Adds a "Restore this version" button, enabled while a version is selected; it calls `restore` with the
    // selected row and closes the dialog.
    void offerRestore(std::function<void(int row)> restore);

private:
    QListWidget* m_list;
    QDialogButtonBox* m_buttons;
    QPushButton* m_restore = nullptr;
};
