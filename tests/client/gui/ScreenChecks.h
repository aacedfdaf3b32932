// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace petinfo::test {

/** The language a screen test runs in (PETINFO_TEST_LANGUAGE: en, es, pt_BR, or pseudo for the
 *  pseudo-translation of scripts/pseudo-translation.py); "en" when unset. */
QString testLanguage();

/** Installs the translations of `language` as the app does for a clinic in Argentina (the pseudo-
 *  translation from PETINFO_PSEUDO_QM over English plural forms); returns whether they loaded. */
bool installTestLanguage(const QString& language);

/** Labels, buttons and table columns (titles, the stretched last one's too, and cells) of `root` and
 *  its children that are narrower than their text, and word-wrapped labels shorter than their
 *  lines; empty when nothing is cut off. */
QStringList clippedTexts(QWidget* root);

/** Under the pseudo-translation every string of the interface is marked ⟦…⟧: buttons, tabs, group
 *  titles, form labels and column titles without the mark never went through tr(). */
QStringList untranslatedTexts(QWidget* root);

} // namespace petinfo::test
