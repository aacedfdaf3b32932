// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace petinfo::client {

class SignaturePad;

/** The adoption application a visitor fills in for one animal: large fields, problems said in
 *  plain words next to the field they concern, the consent text, and a signature pad. It keeps
 *  nothing anywhere but in its widgets: to wipe it, it is destroyed. */
class ApplicationForm final : public QWidget
{
    Q_OBJECT

public:
    ApplicationForm(QString petId, QString petName, QString consentText, QWidget* parent = nullptr);

    const QString& petId() const { return m_petId; }
    /** The application as typed (not yet stamped with id, device and time). */
    AdoptionApplication application() const;
    /** Shows each problem next to its field and scrolls to the first; true when there were any. */
    bool showIssues(const ValidationReport& report);
    /** Checks what the visitor typed (the rules the kiosk's service applies) and shows problems. */
    bool check();
    /** A general message above the Send button (e.g. a storage failure). */
    void showMessage(const QString& text);
    /** Whether the visitor typed or drew anything. */
    bool isTouched() const;

Q_SIGNALS:
    /** "Send" with nothing to fix on screen. */
    void submitted();
    /** "Cancel": back to the animal. */
    void cancelled();

private:
    QLineEdit* lineEdit(const char* name, const QString& accessibleName);
    QLabel* issueLabel(const QString& field);
    void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& issueField);
    void clearIssue(const QString& field);
    QString plainWords(const ValidationIssue& issue) const;

    QString m_petId;
    QString m_petName;
    QString m_consentText;
    QScrollArea* m_scroll;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QSpinBox* m_adults;
    QSpinBox* m_children;
    QLineEdit* m_childrenAges;
    QComboBox* m_homeType;
    QComboBox* m_yard;
    QComboBox* m_landlord;
    QLineEdit* m_otherPets;
    QPlainTextEdit* m_experience;
    QPlainTextEdit* m_message;
    QCheckBox* m_consent;
    SignaturePad* m_signature;
    QLabel* m_generalIssue;
    QHash<QString, QLabel*> m_issues;
    QHash<QString, QWidget*> m_fields;
};

} // namespace petinfo::client
