#pragma once

#include "domain/productionchange.h"

#include <QDialog>

class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

// Records or corrects one change made to production: what, who, when, and how to revert it.
class ChangeDialog final : public QDialog
{
    Q_OBJECT
public:
    ChangeDialog(const ChangeDraft& draft, QWidget* parent = nullptr);
    ChangeDraft draft() const;

private:
    QPlainTextEdit* m_what;
    QLineEdit* m_who;
    QDateTimeEdit* m_when;
    QPlainTextEdit* m_revert;
};
