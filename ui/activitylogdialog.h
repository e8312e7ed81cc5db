#pragma once

#include <QDialog>

class Core;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// ICS-214 activity log: for one role, each holder in turn and what they recorded while holding it;
// exportable as CSV or Markdown.
class ActivityLogDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Csv, Markdown };
    ActivityLogDialog(Core& core, qint64 incidentId, const QString& roleKey, QWidget* parent = nullptr);

    void setRole(const QString& roleKey);
    bool exportTo(const QString& path, Format format);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    void fillRoles();

    Core& m_core;
    qint64 m_incidentId;
    QComboBox* m_role;
    QLabel* m_roleLabel;
    QTreeWidget* m_tree;
    QLabel* m_status;
    QPushButton* m_csv;
    QPushButton* m_markdown;
    QDialogButtonBox* m_buttons;
};
