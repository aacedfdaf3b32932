// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace petinfo::client {

/** Installs the app's translation for `locale` (embedded under :/i18n) on top of the English plural
 *  forms, plus Qt's own translation for standard buttons. Returns whether the app's translation for
 *  that language exists (English always counts as found). */
bool installTranslations(const QLocale& locale);

/** The locale for the language chosen in Preferences ("es", "pt_BR", "en"; empty: the system's)
 *  with the formats of the organisation's country (ISO 3166 code, may be empty) where that
 *  language is spoken there; else the language's own. */
QLocale chosenLocale(const QString& language, const QString& country);

} // namespace petinfo::client
