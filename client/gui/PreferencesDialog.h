// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace petinfo::client {

class Prompts;
class Settings;

/** Edit > Preferences: the country (how phone numbers are typed and shown), the language, the
 *  clinic or shelter shown on reports and tags, and the public address of the tag pages. Nothing
 *  is stored until OK, and OK stays available only while every field is fine. */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(Settings& settings, Prompts& prompts, QWidget* parent = nullptr);

    /** Stores the fields (OK does this); false, with the problem shown at its field, when one is wrong. */
    bool apply();
    /** Loads a logo from an image file (the Choose button asks for one). */
    bool setLogoFromFile(const QString& path);
    QByteArray logo() const { return m_logoPng; }

    void accept() override;

private:
    void validate();
    void chooseLogo();
    void showLogo();
    QString selectedCountry() const;

    Settings& m_settings;
    Prompts& m_prompts;
    QComboBox* m_country;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QLineEdit* m_clinicName;
    QPlainTextEdit* m_clinicAddress;
    QLineEdit* m_clinicPhone;
    QLabel* m_clinicPhoneError;
    QLabel* m_logoPreview;
    QPushButton* m_chooseLogo;
    QPushButton* m_removeLogo;
    QLineEdit* m_publicAddress;
    QLabel* m_publicAddressNote;
    QLabel* m_publicAddressError;
    QPushButton* m_ok;
    QByteArray m_logoPng;
    QString m_startLanguage;
};

} // namespace petinfo::client
