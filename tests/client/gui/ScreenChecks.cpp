// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenChecks.h"

#include "gui/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QTranslator>

#include <algorithm>

namespace petinfo::test {

namespace {

/** What a label or header draws of `text`: mnemonic marks gone; the widest of its lines. */
int drawnWidth(const QFontMetrics& metrics, QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    return widest;
}

QString describe(const QWidget* w, const QString& text, int has, int needs)
{
    return QStringLiteral("%1 \"%2\": %3 px, needs %4").arg(w->objectName(), text).arg(has).arg(needs);
}

bool isPlainText(const QLabel* label)
{
    return label->pixmap().isNull() && label->textFormat() != Qt::RichText && !Qt::mightBeRichText(label->text());
}

void checkLabels(QWidget* root, QStringList& problems)
{
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || !isPlainText(label) || label->width() <= 0) {
            continue;
        }
        if (label->wordWrap()) {
            // Wrapped text needs its lines' height: a layout that gives less cuts the last ones.
            const int needs = label->heightForWidth(label->width());
            if (label->height() < needs) {
                problems << QStringLiteral("%1 \"%2\": %3 px high, needs %4")
                                .arg(label->objectName(), label->text())
                                .arg(label->height())
                                .arg(needs);
            }
            continue;
        }
        const int needs = drawnWidth(label->fontMetrics(), label->text()) + 2 * label->margin();
        if (label->contentsRect().width() < needs) {
            problems << describe(label, label->text(), label->contentsRect().width(), needs);
        }
    }
}

void checkButtons(QWidget* root, QStringList& problems)
{
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() ||
            !(qobject_cast<const QPushButton*>(button) || qobject_cast<const QCheckBox*>(button) ||
              qobject_cast<const QRadioButton*>(button))) {
            continue;
        }
        if (button->width() < button->minimumSizeHint().width()) {
            problems << describe(button, button->text(), button->width(), button->minimumSizeHint().width());
        }
    }
}

void checkTables(QWidget* root, QStringList& problems)
{
    for (QTableView* table : root->findChildren<QTableView*>()) {
        if (!table->isVisibleTo(root) || !table->model()) {
            continue;
        }
        QHeaderView* header = table->horizontalHeader();
        int last = -1;
        for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
            last = header->isSectionHidden(header->logicalIndex(visual)) ? -1 : header->logicalIndex(visual);
        }
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column)) {
                continue;
            }
            // The stretched last column's title too (it may be left less room than its title);
            // its cells hold free text that may be elided.
            const int width = table->columnWidth(column);
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            const int titleNeeds = drawnWidth(header->fontMetrics(), title);
            if (width < titleNeeds) {
                problems << describe(table, title, width, titleNeeds);
            }
            for (int row = 0; column != last && row < std::min(table->model()->rowCount(), 50); ++row) {
                const QModelIndex index = table->model()->index(row, column);
                const QString text = index.data().toString();
                if (text.isEmpty() || table->indexWidget(index) || index.data(Qt::ToolTipRole).toString() == text) {
                    continue; // a cell elided on purpose shows its whole text in a tooltip
                }
                const int needs = drawnWidth(table->fontMetrics(), text);
                if (width < needs) {
                    problems << describe(table, text, width, needs);
                }
            }
        }
    }
}

} // namespace

QString testLanguage()
{
    const QString chosen = qEnvironmentVariable("PETINFO_TEST_LANGUAGE");
    return chosen.isEmpty() ? QStringLiteral("en") : chosen;
}

bool installTestLanguage(const QString& language)
{
    using namespace petinfo::client;
    if (language == QLatin1String("pseudo")) {
        // English plural forms under the pseudo-translation made at build time.
        if (!installTranslations(QLocale(QLocale::English))) {
            return false;
        }
        auto* pseudo = new QTranslator(QCoreApplication::instance());
        if (!pseudo->load(qEnvironmentVariable("PETINFO_PSEUDO_QM"))) {
            delete pseudo;
            return false;
        }
        QCoreApplication::installTranslator(pseudo);
        return true;
    }
    // As the app starts with this language chosen in Preferences, for a clinic in Argentina.
    QLocale::setDefault(chosenLocale(language, QStringLiteral("AR")));
    return installTranslations(QLocale());
}

QStringList clippedTexts(QWidget* root)
{
    QStringList problems;
    checkLabels(root, problems);
    checkButtons(root, problems);
    checkTables(root, problems);
    return problems;
}

QStringList untranslatedTexts(QWidget* root)
{
    QStringList problems;
    auto check = [&](const QString& where, const QString& text) {
        const bool words = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
        if (words && !text.contains(QChar(0x27E6))) {
            problems << QStringLiteral("%1 \"%2\" is not translated").arg(where, text);
        }
    };
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        // OK, Cancel and the like come from Qt's own translation.
        const auto* box = qobject_cast<const QDialogButtonBox*>(button->parentWidget());
        if (box && box->standardButton(button) != QDialogButtonBox::NoButton) {
            continue;
        }
        if (button->isVisibleTo(root) && !button->text().isEmpty() &&
            (qobject_cast<const QPushButton*>(button) || qobject_cast<const QCheckBox*>(button) ||
             qobject_cast<const QRadioButton*>(button))) {
            check(button->objectName(), button->text());
        }
    }
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisibleTo(root) && label->buddy()) {
            check(QStringLiteral("label"), label->text());
        }
    }
    for (const QGroupBox* group : root->findChildren<QGroupBox*>()) {
        if (group->isVisibleTo(root)) {
            check(group->objectName(), group->title());
        }
    }
    for (const QTabBar* tabs : root->findChildren<QTabBar*>()) {
        for (int i = 0; tabs->isVisibleTo(root) && i < tabs->count(); ++i) {
            check(QStringLiteral("tab"), tabs->tabText(i));
        }
    }
    if (auto* window = qobject_cast<QMainWindow*>(root)) {
        for (const QAction* menu : window->menuBar()->actions()) {
            check(QStringLiteral("menu"), menu->text());
        }
    }
    for (const QTableView* table : root->findChildren<QTableView*>()) {
        if (!table->isVisibleTo(root) || !table->model() || table->objectName() == QLatin1String("previewTableView")) {
            continue; // the import preview's titles are the file's own headers
        }
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (!table->horizontalHeader()->isSectionHidden(column)) {
                check(table->objectName(), table->model()->headerData(column, Qt::Horizontal).toString());
            }
        }
    }
    return problems;
}

} // namespace petinfo::test
