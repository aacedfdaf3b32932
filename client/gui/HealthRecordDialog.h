// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace petinfo::client {

class DateEdit;
class FieldIssueLabel;
class PetService;
class Prompts;

/** Records a vaccine, deworming, treatment… for one pet. Health records are append-only, so this
 *  dialog only adds; a correction is a deletion plus a new record. It saves through PetService
 *  and stays open with inline messages when something is not valid. */
class HealthRecordDialog final : public QDialog
{
    Q_OBJECT

public:
    HealthRecordDialog(PetService& service, Prompts& prompts, const QString& petId, QWidget* parent = nullptr);

    /** Starts from an earlier record: same kind and product, dated today, next due after the same
     *  interval (a booster). */
    void renewFrom(const HealthRecord& previous);
    HealthRecord record() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(const petinfo::HealthRecord& record);

private:
    void suggestNextDue();
    QWidget* withIssue(QWidget* field, const QString& name);

    PetService& m_service;
    Prompts& m_prompts;
    QString m_petId;
    QHash<QString, FieldIssueLabel*> m_issues;
    QComboBox* m_kind;
    DateEdit* m_date;
    QLineEdit* m_product;
    QLineEdit* m_batch;
    QCheckBox* m_hasNextDue;
    DateEdit* m_nextDue;
    QLineEdit* m_givenBy;
    QPlainTextEdit* m_notes;
    QDialogButtonBox* m_buttons;
    bool m_nextDueTouched = false;
};

} // namespace petinfo::client
