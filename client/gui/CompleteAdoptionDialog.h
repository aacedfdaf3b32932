// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <string>

class QLabel;
class QLineEdit;
class QPushButton;

namespace petinfo::client {

class SignaturePad;

/** Asks before an adoption is completed, and who signs the contract for the organisation: the
 *  staff member's full name (required, printed under the signature) and, if they like, their
 *  signature drawn with the mouse, a pen or a finger. Without a drawing the contract prints the
 *  typed name as the signature, as before. */
class CompleteAdoptionDialog final : public QDialog
{
    Q_OBJECT

public:
    CompleteAdoptionDialog(const QString& applicantName, const QString& staffName, QWidget* parent = nullptr);

    QString staffName() const;
    /** encodeSignature() of the drawing; empty when nothing (or too little to count) was drawn. */
    std::string staffSignature() const;
    SignaturePad* signaturePad() const { return m_pad; }

    /** Refuses without a name. */
    void accept() override;

private:
    void updateState();

    QLineEdit* m_name;
    SignaturePad* m_pad;
    QPushButton* m_clear;
    QLabel* m_padState;
    QLabel* m_error;
};

} // namespace petinfo::client
