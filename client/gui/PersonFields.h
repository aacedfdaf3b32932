// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

class QComboBox;

namespace petinfo::client {

/** The form fields a person is edited with, read and written the same way on a pet's Contacts
 *  tab and on the person's page. */
namespace personfields {

/** An editable combo of common languages ("es — español"); typed text is taken as a code. */
void fillLanguages(QComboBox* combo);
void setLanguage(QComboBox* combo, const std::string& code);
std::string language(const QComboBox* combo);

/** Stored (E.164) numbers as the region writes them, comma-separated. */
QString phonesText(const std::vector<std::string>& phones);
/** What was typed, split at commas (numbers are normalised when the person is validated). */
std::vector<std::string> phonesFromText(const QString& text);

} // namespace personfields

} // namespace petinfo::client
