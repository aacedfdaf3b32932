// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AboutDialog.h"

#include "gui/AppIcon.h"
#include "petinfo/report/ZxingVersion.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QSysInfo>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

QLabel* wrappingLabel(const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

QString systemDescription()
{
    return QStringLiteral("%1 (%2 %3, %4), Qt platform %5")
        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
             QSysInfo::currentCpuArchitecture(), QGuiApplication::platformName());
}

} // namespace

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_libraries(libraries())
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Pet Info"));

    auto* icon = new QLabel;
    icon->setObjectName(QStringLiteral("iconLabel"));
    const int side = fontMetrics().height() * 4;
    icon->setPixmap(appIcon().pixmap(QSize(side, side)));
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Pet Info")));
    title->setObjectName(QStringLiteral("titleLabel"));
    auto* version = new QLabel(tr("Version %1").arg(QApplication::applicationVersion()));
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* titles = new QVBoxLayout;
    titles->addStretch();
    titles->addWidget(title);
    titles->addWidget(version);
    titles->addStretch();
    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addSpacing(fontMetrics().averageCharWidth() * 2);
    header->addLayout(titles, 1);

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("aboutTabWidget"));
    tabs->addTab(createAboutPage(databasePath), tr("&About"));
    tabs->addTab(createLibrariesPage(), tr("&Libraries"));
    tabs->addTab(createLicencePage(), tr("Li&cence"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("aboutButtonBox"));
    QPushButton* copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    copy->setToolTip(tr("Copy the version, the system and the libraries, to paste into a support request"));
    copy->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(details()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    // The licence's lines (up to 80 columns of the fixed font) fit without scrolling sideways.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int licenceWidth = fixed.horizontalAdvance(QString(80, QLatin1Char('x'))) +
                             style()->pixelMetric(QStyle::PM_ScrollBarExtent) + fontMetrics().averageCharWidth() * 6;
    resize(qMax(licenceWidth, fontMetrics().averageCharWidth() * 80), fontMetrics().height() * 30);
}

QWidget* AboutDialog::createAboutPage(const QString& databasePath)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("aboutPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(wrappingLabel(tr("Offline-first pet records for clinics, shelters and owners."),
                                    QStringLiteral("summaryLabel")));
    if (!databasePath.isEmpty()) {
        layout->addWidget(wrappingLabel(
            tr("Your records are kept in an encrypted database on this computer:") +
                QStringLiteral("<br><code>%1</code>").arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()),
            QStringLiteral("databaseLabel")));
    }
    layout->addWidget(wrappingLabel(tr("Pet Info is free software: you may share and change it under the terms of "
                                       "the GNU General Public License, version 3 or later. It comes with "
                                       "<b>no warranty</b>."),
                                    QStringLiteral("licenceSummaryLabel")));
    layout->addWidget(
        wrappingLabel(tr("Running on %1.").arg(systemDescription().toHtmlEscaped()), QStringLiteral("systemLabel")));
    layout->addWidget(wrappingLabel(QStringLiteral("<a href=\"%1\">%1</a>").arg(QStringLiteral(PETINFO_HOMEPAGE)),
                                    QStringLiteral("homepageLabel")));
    layout->addStretch();
    return page;
}

QWidget* AboutDialog::createLibrariesPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("librariesPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(wrappingLabel(tr("Pet Info is built on these free software libraries. Thank you to their "
                                       "authors."),
                                    QStringLiteral("librariesLabel")));
    auto* tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("librariesTreeWidget"));
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    for (const Library& library : m_libraries) {
        auto* item = new QTreeWidgetItem(
            tree, {library.name, library.version.isEmpty() ? tr("unknown") : library.version, library.licence});
        item->setToolTip(0, library.url);
    }
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    layout->addWidget(tree, 1);
    return page;
}

QWidget* AboutDialog::createLicencePage()
{
    auto* text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("licencePlainTextEdit"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The full text travels inside the app, so it is there offline and on every platform.
    QFile licence(QStringLiteral(":/COPYING"));
    if (licence.open(QIODevice::ReadOnly)) {
        text->setPlainText(QString::fromUtf8(licence.readAll()));
    }
    return text;
}

QList<Library> AboutDialog::libraries()
{
    QList<Library> all = coreLibraries();
    const QString qt = QString::fromLatin1(qVersion());
    all.append({QStringLiteral("Qt Charts"), qt, QStringLiteral("GPL-3.0-only"), QStringLiteral("https://www.qt.io")});
    all.append({QStringLiteral("Qt PDF (PDFium)"), qt, QStringLiteral("LGPL-3.0-only AND BSD-3-Clause"),
                QStringLiteral("https://www.qt.io")});
    all.append({QStringLiteral("ZXing-C++"), report::zxingVersion(), QStringLiteral("Apache-2.0"),
                QStringLiteral("https://github.com/zxing-cpp/zxing-cpp")});
    return all;
}

QString AboutDialog::details() const
{
    QStringList lines{QStringLiteral("Pet Info %1").arg(QApplication::applicationVersion()), systemDescription()};
    for (const Library& library : m_libraries) {
        lines.append(QStringLiteral("%1 %2").arg(library.name,
                                                 library.version.isEmpty() ? QStringLiteral("?") : library.version));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace petinfo::client
