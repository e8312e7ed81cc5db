#pragma once

#include <QDialog>

class Core;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

// On-call rotations and who is on call now (primary, secondary, until when); creates rotations and overrides.
class OnCallDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OnCallDialog(Core& core, QWidget* parent = nullptr);

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Core& m_core;
    QLabel* m_intro;
    QTableWidget* m_table;
    QPushButton* m_newRotation;
    QPushButton* m_override;
    QDialogButtonBox* m_buttons;
};
