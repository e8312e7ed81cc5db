#pragma once

#include <QDialog>

class Core;
class FollowUpList;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

// Follow-ups across all incidents: open ones (or only the overdue, or all), exportable as CSV and as
// tracker-shaped JSON.
class FollowUpsOverviewDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Show { Open, Overdue, All };

    explicit FollowUpsOverviewDialog(Core& core, QWidget* parent = nullptr);

    void setShow(Show show);
    void setIncludeDrills(bool include);
    FollowUpList* list() const { return m_list; }
    // Writes what is listed; `json` false: CSV. Returns false and shows why on failure.
    bool exportTo(const QString& path, bool json);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void exportInteractively(bool json);
    void retranslateUi();

    Core& m_core;
    QLabel* m_showLabel;
    QComboBox* m_show;
    QCheckBox* m_drills;
    FollowUpList* m_list;
    QPushButton* m_csv;
    QPushButton* m_json;
    QLabel* m_message;
};
