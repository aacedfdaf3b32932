// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace petinfo::client {

/** Installs the app's translation for `locale` (embedded under :/i18n) on top of the English plural
 *  forms, plus Qt's own translation for standard buttons. Returns whether the app's translation for
 *  that language exists (English always counts as found). */
bool installTranslations(const QLocale& locale);

} // namespace petinfo::client
