// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/LostFound.h"

#include <QByteArray>
#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace petinfo::client {

class DateEdit;
class FoundAnimalService;
class Prompts;

/** Records a stray that was taken in, or edits one: what it looks like, its microchip or tag,
 *  where and when it was found, and a photo. Saving checks every field and names what is wrong;
 *  nothing typed is lost on a refused save. */
class FoundAnimalDialog final : public QDialog
{
    Q_OBJECT

public:
    FoundAnimalDialog(FoundAnimalService& service, Prompts& prompts, QWidget* parent = nullptr);

    /** Shows an existing record (the photo is loaded from the database). */
    void setAnimal(const FoundAnimal& animal);
    /** The record as saved (valid after accept()). */
    const FoundAnimal& animal() const { return m_animal; }

    /** Reads a photo file (as the Choose… button does). False, with a message, for an unreadable
     *  file or one that is not an image. */
    bool choosePhotoFile(const QString& path);

public Q_SLOTS:
    void accept() override;

private:
    FoundAnimal collect() const;
    void showPhoto(const QByteArray& bytes);

    FoundAnimalService& m_service;
    Prompts& m_prompts;
    FoundAnimal m_animal;
    std::optional<QByteArray> m_newPhoto;
    QComboBox* m_species;
    QComboBox* m_sex;
    QLineEdit* m_breed;
    QLineEdit* m_colour;
    QComboBox* m_size;
    QSpinBox* m_ageYears;
    QSpinBox* m_ageMonths;
    QLineEdit* m_microchip;
    QLineEdit* m_tag;
    QLineEdit* m_place;
    DateEdit* m_foundOn;
    QPlainTextEdit* m_notes;
    QLabel* m_photo;
    QPushButton* m_choosePhoto;
    QPushButton* m_removePhoto;
    QLabel* m_error;
};

} // namespace petinfo::client
