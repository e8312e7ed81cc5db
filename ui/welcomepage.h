#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What the workspace shows while no incident is selected: where to start when production breaks (declare
// early, and when), and a way to practise first, since the teams this tool is for have most often never
// rehearsed.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void declareRequested();
    void drillRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_heading;
    QLabel* m_declareText;
    QLabel* m_drillText;
    QPushButton* m_declare;
    QPushButton* m_drill;
};
