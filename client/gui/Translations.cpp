// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace petinfo::client {

namespace {

// Qt's own translations (qtbase_*.qm) come in a separate package on Linux and may be missing: the
// standard buttons every dialog shows are translated with the app's strings too (same context and
// text as Qt's QPlatformTheme), so OK and Cancel never show in English in a Spanish or Portuguese app.
[[maybe_unused]] const char* const kStandardButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"), QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
};

} // namespace

bool installTranslations(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    // Source strings are English; petinfo_en holds only their plural forms ("1 pet", "2 pets").
    auto* english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/petinfo_en.qm"))) {
        QCoreApplication::installTranslator(english);
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return true;
    }
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("petinfo"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

QLocale chosenLocale(const QString& language, const QString& country)
{
    if (language.isEmpty()) {
        return QLocale::system();
    }
    const QLocale chosen(language);
    if (!country.isEmpty()) {
        // Spanish in Argentina writes dates and numbers as Argentina does; Portuguese "in
        // Argentina" has no such locale and keeps Brazil's.
        const QLocale inCountry(chosen.language(), QLocale::codeToTerritory(country));
        if (inCountry.language() == chosen.language() && inCountry.territory() == QLocale::codeToTerritory(country)) {
            return inCountry;
        }
    }
    return chosen;
}

} // namespace petinfo::client
