#pragma once

#include "domain/timelinefilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLineEdit;
class QToolButton;

// Search as you type (Japanese and English) and filters by kind, author, role, importance; the order
// toggle; whether deleted entries are shown (to restore them).
class TimelineFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineFilterBar(QWidget* parent = nullptr);

    TimelineFilter filter() const;
    bool newestFirst() const;
    void setAuthors(const QStringList& authors);
    QLineEdit* search() const { return m_search; }
    void toggleOrder();
    void toggleDeleted();
    // Stacked, the search has a row of its own above the filters, which take two rows (a narrow window:
    // beside them the search was squeezed to a few letters).
    void setStacked(bool stacked);
    bool isStacked() const { return m_stacked; }

signals:
    void filterChanged();
    void orderChanged(bool newestFirst);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_author;
    QComboBox* m_role;
    QCheckBox* m_important;
    QCheckBox* m_deleted;
    QToolButton* m_order;
    QGridLayout* m_grid;
    bool m_stacked = true;
};
