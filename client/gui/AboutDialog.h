// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "about/Libraries.h"

#include <QDialog>

class QTreeWidget;

namespace petinfo::client {

/** Help > About: the version, where the records are, the licence with its full text, and the
 *  libraries Pet Info is built on. "Copy Details" puts what a support request needs on the
 *  clipboard. */
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    /** `databasePath` is the open database, shown for support (empty: none). */
    explicit AboutDialog(const QString& databasePath, QWidget* parent = nullptr);

    /** Every library of the app: the core's, ZXing-C++ and the Qt modules of the GUI. */
    static QList<Library> libraries();
    /** The version, the system and every library with its version, one per line (not translated
     *  names, so that support can read them). */
    QString details() const;

private:
    QWidget* createAboutPage(const QString& databasePath);
    QWidget* createLibrariesPage();
    QWidget* createLicencePage();

    QList<Library> m_libraries;
};

} // namespace petinfo::client
