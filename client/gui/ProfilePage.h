// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Clock.h"
#include "petinfo/common/Domain.h"
#include "petinfo/common/Validation.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace petinfo::client {

class DateEdit;
class FieldIssueLabel;

/** The editor's Profile tab: who the pet is (name, species, breed, sex, birth date, markings,
 *  microchips, status, allergies, conditions). Each field has its inline issue label. */
class ProfilePage final : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(const Clock& clock, QWidget* parent = nullptr);

    void setPet(const Pet& pet);
    /** The pet as edited (fields not on the form, such as ids and the tag, come from setPet). */
    Pet pet() const;

    /** Problems with what was typed that pet() cannot carry: a birth date that is not a date, or
     *  "Known" ticked with no date. Add them to the report before showing or saving. */
    ValidationReport inputIssues() const;

    /** Shows the report's issues for profile fields next to them; returns how many it showed. */
    int showIssues(const ValidationReport& report);
    /** Moves the focus to a field by its wire name ("microchip"); false if it is not here. */
    bool focusField(const std::string& field);

Q_SIGNALS:
    void edited();

private:
    QWidget* withIssue(QWidget* field, const QString& name, bool reserveSpace = false);
    void updateBirthDate();

    const Clock& m_clock;
    Pet m_pet;
    bool m_loading = false;
    QHash<QString, FieldIssueLabel*> m_issues;
    QHash<QString, QWidget*> m_fields;

    QLineEdit* m_name;
    QComboBox* m_species;
    QLineEdit* m_breed;
    QComboBox* m_sex;
    QComboBox* m_neutered;
    QCheckBox* m_birthKnown;
    DateEdit* m_birthDate;
    QCheckBox* m_birthEstimated;
    QLabel* m_age;
    QLineEdit* m_colour;
    QLineEdit* m_microchip;
    QLineEdit* m_microchip2;
    QComboBox* m_status;
    QPlainTextEdit* m_allergies;
    QPlainTextEdit* m_conditions;
    QPlainTextEdit* m_notes;
};

} // namespace petinfo::client
