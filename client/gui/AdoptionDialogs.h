// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace petinfo::client {

class AdoptionService;
class DateEdit;

/** Records an animal's intake: which pet, the day, how it came (stray, surrendered, transfer,
 *  born in care), who brought it and notes. A pet new to the workflow starts in "intake". */
class IntakeDialog final : public QDialog
{
    Q_OBJECT

public:
    /** `petId` preselects the pet (empty: the user chooses among all pets). */
    IntakeDialog(AdoptionService& service, const QString& petId, QWidget* parent = nullptr);

    void accept() override;
    QString petId() const;

private:
    AdoptionService& m_service;
    QComboBox* m_pet;
    DateEdit* m_date;
    QComboBox* m_source;
    QLineEdit* m_broughtBy;
    QLineEdit* m_phone;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
};

/** Moves an animal along its status path: only the statuses allowed from the current one are
 *  offered; the day and a note go into the history. An animal not yet in the workflow is added
 *  with its first status (intake, in care or adoptable). */
class StatusChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(AdoptionService& service, const QString& petId, QWidget* parent = nullptr);

    void accept() override;
    /** Chooses the target status (tests). False if it is not offered. */
    bool selectStatus(AdoptionStatus status);

private:
    AdoptionService& m_service;
    QString m_petId;
    bool m_inWorkflow = false;
    QComboBox* m_status;
    DateEdit* m_date;
    QLineEdit* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

/** The public adoption profile: description, size, energy, good with dogs / cats / children,
 *  fee and currency, and which of the pet's photos the public sees. */
class AdoptionProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    AdoptionProfileDialog(AdoptionService& service, const QString& petId, QWidget* parent = nullptr);

    void accept() override;

private:
    AdoptionService& m_service;
    AdoptionProfile m_profile;
    QPlainTextEdit* m_description;
    QComboBox* m_size;
    QComboBox* m_energy;
    QComboBox* m_dogs;
    QComboBox* m_cats;
    QComboBox* m_children;
    QDoubleSpinBox* m_fee;
    QLineEdit* m_currency;
    QListWidget* m_photos;
    QLabel* m_error;
};

} // namespace petinfo::client
