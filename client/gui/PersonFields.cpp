// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PersonFields.h"

#include "models/PhoneText.h"

#include <QComboBox>
#include <QLocale>

namespace petinfo::client::personfields {

void fillLanguages(QComboBox* combo)
{
    combo->setEditable(true);
    combo->addItem(QString());
    for (const char* code : {"es", "en", "pt-BR", "pt", "fr", "de", "it"}) {
        const QLocale locale{QString::fromLatin1(code)};
        combo->addItem(QStringLiteral("%1 — %2").arg(QString::fromLatin1(code), locale.nativeLanguageName()),
                       QString::fromLatin1(code));
    }
}

void setLanguage(QComboBox* combo, const std::string& code)
{
    const QString language = QString::fromStdString(code);
    const int index = combo->findData(language);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else {
        combo->setCurrentText(language);
    }
}

std::string language(const QComboBox* combo)
{
    // The combo shows "es — español"; its item data is the code.
    const int index = combo->findText(combo->currentText());
    return (index >= 0 ? combo->itemData(index).toString() : combo->currentText().trimmed()).toStdString();
}

QString phonesText(const std::vector<std::string>& phones)
{
    QStringList shown;
    for (const std::string& p : phones) {
        shown << phoneForDisplay(QString::fromStdString(p));
    }
    return shown.join(QStringLiteral(", "));
}

std::vector<std::string> phonesFromText(const QString& text)
{
    std::vector<std::string> phones;
    for (const QString& phone : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!phone.trimmed().isEmpty()) {
            phones.push_back(phone.trimmed().toStdString());
        }
    }
    return phones;
}

} // namespace petinfo::client::personfields
