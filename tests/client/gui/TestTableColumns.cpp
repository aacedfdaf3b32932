// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's list columns (issue 14): at 1024 and 1440 pixels wide, in English, Spanish and
// Portuguese, no key column cuts its text for real rows; what a person does to the columns (a width
// dragged, a column moved or hidden) survives a restart of the window, a reset undoes it, and a
// layout saved for another set of columns is not applied.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/MainWindow.h"
#include "gui/TableColumns.h"
#include "gui/Translations.h"
#include "models/DueModel.h"
#include "models/PetListModel.h"
#include "models/TrashModel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace petinfo;
using namespace petinfo::client;

namespace {

/** Brazilian Portuguese for the labels of the lists (the app has no Portuguese translation yet): the
 *  columns must fit whatever words the language of the day uses. */
class PortugueseLabels final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        static const QHash<QString, QString> words{
            {"Name", "Nome"},
            {"Species", "Espécie"},
            {"Breed", "Raça"},
            {"Status", "Situação"},
            {"Owner", "Tutor"},
            {"Phone", "Telefone"},
            {"Due", "Vencimento"},
            {"State", "Estado"},
            {"Pet", "Animal"},
            {"Kind", "Tipo"},
            {"Product", "Produto"},
            {"Deleted", "Excluído"},
            {"Dog", "Cachorro"},
            {"Cat", "Gato"},
            {"Rabbit", "Coelho"},
            {"Bird", "Pássaro"},
            {"Reptile", "Réptil"},
            {"Other", "Outro"},
            {"Owned", "Com tutor"},
            {"In care", "Em acolhimento"},
            {"Adoptable", "Para adoção"},
            {"Adopted", "Adotado"},
            {"Lost", "Perdido"},
            {"Deceased", "Falecido"},
            {"Vaccine", "Vacina"},
            {"Deworming", "Vermifugação"},
            {"Flea/tick", "Antipulgas e carrapatos"},
            {"Treatment", "Tratamento"},
            {"Surgery", "Cirurgia"},
            {"Check-up", "Consulta de rotina"},
            {"Lab work", "Exames laboratoriais"},
            {"Overdue by %n day(s)", "Vencida há %n dia(s)"},
            {"Due today", "Vence hoje"},
            {"Due in %n day(s)", "Vence em %n dia(s)"},
        };
        return words.value(QString::fromUtf8(source));
    }
};

struct Language
{
    QLocale locale;
    bool portuguese = false;
};

} // namespace

class TestTableColumns final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;

    QTableView* table(const char* name) { return m_window->findChild<QTableView*>(QString::fromLatin1(name)); }

    void useLanguage(const Language& language)
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(language.locale);
        QVERIFY(installTranslations(language.locale) || language.portuguese);
        if (language.portuguese) {
            QCoreApplication::installTranslator(new PortugueseLabels(QCoreApplication::instance()));
        }
    }

    void setPet(const QString& id, PetStatus status, const std::string& breed = {})
    {
        auto record = m_f.service().loadPet(id);
        QVERIFY(record);
        record->pet.status = status;
        record->pet.breed = breed;
        QVERIFY(m_f.service().updatePet(*record));
    }

    /** A clinic's day: every status and species, full microchips, long names, overdue and due-soon
     *  records of every kind, a pet in the trash. */
    void addClinic()
    {
        const QString zanahoria =
            m_f.addPet(QStringLiteral("Zanahoria de la Costa"), QStringLiteral("982000123456789"),
                       QStringLiteral("María José Fernández"), QStringLiteral("+54 9 11 2345-6789"));
        setPet(zanahoria, PetStatus::Owned, "Labrador Retriever");
        const QString luna = m_f.addPet(QStringLiteral("Luna"), QStringLiteral("985141000123456"),
                                        QStringLiteral("Ana Díaz"), QStringLiteral("+54 9 11 5555-0000"));
        setPet(luna, PetStatus::Lost, "Mestizo");
        const QString michi = m_f.addPet(QStringLiteral("Michi"), QStringLiteral("900215004562198"),
                                         QStringLiteral("Refugio Patitas"), {}, Species::Cat);
        setPet(michi, PetStatus::Adoptable, "Europeo");
        const QString pelusa = m_f.addPet(QStringLiteral("Pelusa"), QStringLiteral("968000009876543"),
                                          QStringLiteral("Refugio Patitas"), {}, Species::Rabbit);
        setPet(pelusa, PetStatus::InCare);
        const QString pipo =
            m_f.addPet(QStringLiteral("Pipo"), QStringLiteral("941000024681357"), QStringLiteral("Joaquín Rodríguez"),
                       QStringLiteral("+54 11 4321-9876"), Species::Bird);
        setPet(pipo, PetStatus::Adopted);
        const QString rex = m_f.addPet(QStringLiteral("Rex"), QStringLiteral("276098106012345"),
                                       QStringLiteral("Martín González"), {}, Species::Reptile);
        setPet(rex, PetStatus::Deceased);
        const QString bobby = m_f.addPet(QStringLiteral("Bobby"), QStringLiteral("982000999999999"),
                                         QStringLiteral("Lucía Sánchez"), {}, Species::Other);
        m_f.addRecord(zanahoria, HealthKind::Vaccine, Date{2025, 11, 1}, Date{2026, 11, 1});
        m_f.addRecord(luna, HealthKind::Deworming, Date{2022, 11, 10}, Date{2023, 2, 8}, QStringLiteral("Drontal"));
        m_f.addRecord(michi, HealthKind::FleaTick, Date{2026, 9, 10}, Date{2026, 12, 10});
        m_f.addRecord(pelusa, HealthKind::Treatment, Date{2026, 11, 1}, Date{2026, 11, 22});
        m_f.addRecord(pipo, HealthKind::Lab, Date{2026, 5, 1}, Date{2026, 9, 30});
        m_f.addRecord(bobby, HealthKind::CheckUp, Date{2025, 12, 1}, Date{2026, 12, 1});
        m_f.addRecord(bobby, HealthKind::Surgery, Date{2026, 8, 1}, Date{2026, 8, 31});
        const QString gone =
            m_f.addPet(QStringLiteral("Tobías"), QStringLiteral("982000555555555"), QStringLiteral("Valentina Romero"));
        QVERIFY(m_f.service().trashPet(gone));
    }

    void openWindow(const QSize& size = QSize(1024, 700))
    {
        m_window = std::make_unique<MainWindow>(m_f.service(), m_f.database().file, m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        QCoreApplication::processEvents();
    }

    void restartWindow()
    {
        m_window->close(); // as a person quits
        m_window.reset();
        openWindow();
    }

    /** The cells of `columns` whose text does not fit its column: "row 3, Microchip: 9820001234…".
     *  Measured with QFontMetrics in the font the row is drawn in, against the text area the style
     *  gives a cell as wide as the column (minus an icon where the row has one). */
    QStringList cutCells(QTableView* view, const QList<int>& columns, int iconColumn = -1)
    {
        QStringList cut;
        QAbstractItemModel* model = view->model();
        QHeaderView* header = view->horizontalHeader();
        QStyle* style = view->style();
        const int textMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column : columns) {
                if (header->isSectionHidden(column)) {
                    continue;
                }
                const QModelIndex index = model->index(row, column);
                const QString text = index.data().toString();
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.font = view->font();
                const auto state = static_cast<DueState>(index.data(DueModel::DueStateRole).toInt());
                const bool marked = iconColumn >= 0 && (state == DueState::Overdue || state == DueState::DueSoon);
                if (iconColumn >= 0 && state == DueState::Overdue) {
                    option.font.setBold(true); // DueStateDelegate draws overdue rows bold
                }
                option.fontMetrics = QFontMetrics(option.font);
                option.features = QStyleOptionViewItem::HasDisplay;
                option.text = text;
                if (marked && column == iconColumn) {
                    option.features |= QStyleOptionViewItem::HasDecoration;
                    option.decorationSize = QSize(16, 16);
                    option.icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
                }
                option.rect = QRect(0, 0, header->sectionSize(column), view->rowHeight(row));
                option.widget = view;
                const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
                const int room = textRect.width() - 2 * textMargin;
                if (option.fontMetrics.horizontalAdvance(text) > room) {
                    cut << QStringLiteral("row %1, %2: \"%3\" needs %4 px, has %5")
                               .arg(row)
                               .arg(model->headerData(column, Qt::Horizontal).toString(), text)
                               .arg(option.fontMetrics.horizontalAdvance(text))
                               .arg(room);
                }
            }
        }
        return cut;
    }

    /** The last shown column reaches the view's right edge: no empty strip, no column past it. */
    static bool lastColumnFills(QTableView* view)
    {
        QHeaderView* header = view->horizontalHeader();
        int last = -1;
        for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
            last = header->isSectionHidden(header->logicalIndex(visual)) ? -1 : header->logicalIndex(visual);
        }
        return header->sectionViewportPosition(last) + header->sectionSize(last) == header->viewport()->width();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_f.setUp());
        m_prompts.reset();
    }

    void cleanup()
    {
        m_window.reset();
        useLanguage({QLocale(QLocale::English)});
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }

    void testKeyColumnsAreNotCut_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("portuguese");
        QTest::addColumn<QSize>("size");
        for (const QSize& size : {QSize(1024, 700), QSize(1440, 900)}) {
            const QString w = QString::number(size.width());
            QTest::newRow(qPrintable(QStringLiteral("en-") + w)) << QLocale(QLocale::English) << false << size;
            QTest::newRow(qPrintable(QStringLiteral("es-") + w))
                << QLocale(QLocale::Spanish, QLocale::Argentina) << false << size;
            QTest::newRow(qPrintable(QStringLiteral("pt-") + w))
                << QLocale(QLocale::Portuguese, QLocale::Brazil) << true << size;
        }
    }

    void testKeyColumnsAreNotCut()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, portuguese);
        QFETCH(QSize, size);
        useLanguage({locale, portuguese});
        addClinic();
        openWindow(size);
        const QString name = QString::fromLatin1(QTest::currentDataTag());

        auto* pets = table("petTableView");
        QCOMPARE(pets->model()->rowCount(), 7);
        QStringList cut = cutCells(pets, {PetListModel::Name, PetListModel::Species, PetListModel::Status,
                                          PetListModel::Microchip, PetListModel::Owner});
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QVERIFY(lastColumnFills(pets));
        test::snapshot(m_window.get(), QStringLiteral("columns-%1-pets").arg(name));

        m_window->showView(MainWindow::DueView);
        auto* due = table("dueTableView");
        const DueCounts counts = m_window->dueModel()->counts();
        QVERIFY(counts.overdue >= 3 && counts.dueSoon >= 2);
        QTRY_COMPARE(due->model()->rowCount(), counts.overdue + counts.dueSoon);
        cut = cutCells(due, {DueModel::DueDate, DueModel::State, DueModel::Pet, DueModel::Kind}, DueModel::State);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QVERIFY(lastColumnFills(due));
        test::snapshot(m_window.get(), QStringLiteral("columns-%1-due").arg(name));

        m_window->showView(MainWindow::TrashView);
        auto* trash = table("trashTableView");
        QCOMPARE(trash->model()->rowCount(), 1);
        cut = cutCells(trash, {TrashModel::Name, TrashModel::Species, TrashModel::Microchip, TrashModel::Deleted});
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QVERIFY(lastColumnFills(trash));
        test::snapshot(m_window.get(), QStringLiteral("columns-%1-trash").arg(name));
    }

    void testLastColumnIsNeverNarrowerThanItsTitle()
    {
        // Columns wider together than the view: the last one keeps the width fitted to it (the header
        // stretches it over spare room only) and the view scrolls sideways, rather than squeezing it
        // under its title as the health tab's "WhatsApp reminder" was; with room again it reaches the
        // edge.
        QStandardItemModel model(1, 4);
        const QStringList titles{QStringLiteral("Date of the visit"), QStringLiteral("Product given to the pet"),
                                 QStringLiteral("Veterinarian in charge"), QStringLiteral("WhatsApp reminder sent")};
        model.setHorizontalHeaderLabels(titles);
        QTableView view;
        view.setObjectName(QStringLiteral("narrowTableView"));
        view.setModel(&model);
        view.resize(300, 200);
        new TableColumns(&view, QStringLiteral("narrow"), 1,
                         {{.column = 0}, {.column = 1}, {.column = 2}, {.column = 3}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView* header = view.horizontalHeader();
        QTRY_VERIFY(header->sectionSize(3) >= header->fontMetrics().horizontalAdvance(titles[3]));
        QVERIFY(view.horizontalScrollBar()->maximum() > 0);
        view.resize(1400, 200);
        QTRY_VERIFY(lastColumnFills(&view));
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        view.resize(300, 200);
        QTRY_VERIFY(header->sectionSize(3) >= header->fontMetrics().horizontalAdvance(titles[3]));
    }

    void testSearchKeepsTheWidths()
    {
        // A search that shows no pet, then one, must not size the columns to that one pet.
        addClinic();
        openWindow();
        QHeaderView* header = table("petTableView")->horizontalHeader();
        std::vector<int> widths;
        for (int column = 0; column < header->count(); ++column) {
            widths.push_back(header->sectionSize(column));
        }
        auto* filter = m_window->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
        filter->setText(QStringLiteral("nobody"));
        QCOMPARE(table("petTableView")->model()->rowCount(), 0);
        filter->setText(QStringLiteral("luna"));
        QCOMPARE(table("petTableView")->model()->rowCount(), 1);
        filter->clear();
        for (int column = 0; column < header->count(); ++column) {
            QCOMPARE(header->sectionSize(column), widths[static_cast<std::size_t>(column)]);
        }
    }

    void testLayoutSurvivesRestart()
    {
        addClinic();
        openWindow();
        auto* pets = table("petTableView");
        QHeaderView* header = pets->horizontalHeader();
        const int nameWidth = header->sectionSize(PetListModel::Name);

        // Drag the right edge of Name 60 px to the right.
        const int edge = header->sectionViewportPosition(PetListModel::Name) + nameWidth - 1;
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(header->viewport(), QPoint(edge + 30, y));
        QTest::mouseMove(header->viewport(), QPoint(edge + 60, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 60, y));
        QCOMPARE(header->sectionSize(PetListModel::Name), nameWidth + 60);
        QVERIFY(m_window->columns(MainWindow::PetsView)->isSizedByUser(PetListModel::Name));

        // Drag Microchip's title to the front.
        const int chip =
            header->sectionViewportPosition(PetListModel::Microchip) + header->sectionSize(PetListModel::Microchip) / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(chip, y));
        for (int x = chip - 20; x > 2; x -= 20) {
            QTest::mouseMove(header->viewport(), QPoint(x, y));
        }
        QTest::mouseMove(header->viewport(), QPoint(2, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(2, y));
        QCOMPARE(header->visualIndex(PetListModel::Microchip), 0);
        // Hide Breed from the header's context menu.
        QContextMenuEvent click(QContextMenuEvent::Mouse, QPoint(5, y), header->viewport()->mapToGlobal(QPoint(5, y)));
        QCoreApplication::sendEvent(header->viewport(), &click);
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = pets->findChild<QMenu*>(QStringLiteral("columnsMenu"))) && menu->isVisible());
        auto* breed = menu->findChild<QAction*>(QStringLiteral("column%1Action").arg(PetListModel::Breed));
        QVERIFY(breed && breed->isChecked());
        QVERIFY(!menu->findChild<QAction*>(QStringLiteral("column%1Action").arg(PetListModel::Name))->isEnabled());
        test::snapshot(menu, QStringLiteral("columns-menu"));
        breed->trigger();
        menu->close();
        QVERIFY(header->isSectionHidden(PetListModel::Breed));
        // Sort by owner, descending.
        pets->sortByColumn(PetListModel::Owner, Qt::DescendingOrder);
        const QString firstPet = pets->model()->index(0, PetListModel::Name).data().toString();

        restartWindow();
        pets = table("petTableView");
        header = pets->horizontalHeader();
        QCOMPARE(header->sectionSize(PetListModel::Name), nameWidth + 60);
        QCOMPARE(header->visualIndex(PetListModel::Microchip), 0);
        QVERIFY(header->isSectionHidden(PetListModel::Breed));
        QCOMPARE(header->sortIndicatorSection(), int(PetListModel::Owner));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(pets->model()->index(0, PetListModel::Name).data().toString(), firstPet);
        QVERIFY(lastColumnFills(pets));
        test::snapshot(m_window.get(), QStringLiteral("columns-restored"));

        // View > Columns > Reset Columns: back to the defaults, and they stay after a restart.
        auto* viewMenu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("columnsViewMenu"));
        QVERIFY(viewMenu);
        Q_EMIT viewMenu->aboutToShow();
        auto* reset = viewMenu->findChild<QAction*>(QStringLiteral("resetColumnsAction"));
        QVERIFY(reset);
        reset->trigger();
        auto* columns = m_window->columns(MainWindow::PetsView);
        QCOMPARE(header->sectionSize(PetListModel::Name), columns->contentWidth(PetListModel::Name));
        QVERIFY(!columns->isSizedByUser(PetListModel::Name));
        QCOMPARE(header->visualIndex(PetListModel::Microchip), int(PetListModel::Microchip));
        QVERIFY(!header->isSectionHidden(PetListModel::Breed));
        restartWindow();
        header = table("petTableView")->horizontalHeader();
        QCOMPARE(header->sectionSize(PetListModel::Name), nameWidth);
        QCOMPARE(header->visualIndex(PetListModel::Microchip), int(PetListModel::Microchip));
        QVERIFY(!header->isSectionHidden(PetListModel::Breed));
    }

    void testLayoutFromAnotherLanguageCutsNothing()
    {
        // Saved in English with one width set by hand; opened again in Portuguese, where "In care" is
        // "Em acolhimento": the hand-set width stays, the others fit the new words.
        addClinic();
        openWindow();
        QHeaderView* header = table("petTableView")->horizontalHeader();
        const int edge =
            header->sectionViewportPosition(PetListModel::Owner) + header->sectionSize(PetListModel::Owner) - 1;
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(header->viewport(), QPoint(edge + 40, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 40, y));
        const int ownerWidth = header->sectionSize(PetListModel::Owner);
        const int englishStatus = header->sectionSize(PetListModel::Status);
        m_window->close();
        m_window.reset();

        useLanguage({QLocale(QLocale::Portuguese, QLocale::Brazil), true});
        openWindow();
        auto* pets = table("petTableView");
        header = pets->horizontalHeader();
        const QStringList cut = cutCells(pets, {PetListModel::Species, PetListModel::Status, PetListModel::Microchip});
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QCOMPARE(header->sectionSize(PetListModel::Owner), ownerWidth);
        TableColumns* columns = m_window->columns(MainWindow::PetsView);
        QVERIFY(!columns->isSizedByUser(PetListModel::Status));
        QCOMPARE(header->sectionSize(PetListModel::Status), columns->contentWidth(PetListModel::Status));
        QVERIFY(header->sectionSize(PetListModel::Status) > englishStatus);
    }

    void testLayoutOfOtherColumnsIsIgnored_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QByteArray>("state");
        QTest::newRow("older version") << 0 << int(PetListModel::ColumnCount) << QByteArray();
        QTest::newRow("other column count") << 1 << int(PetListModel::ColumnCount) + 1 << QByteArray();
        QTest::newRow("damaged state") << 1 << int(PetListModel::ColumnCount) << QByteArray("not a header state");
    }

    void testLayoutOfOtherColumnsIsIgnored()
    {
        QFETCH(int, version);
        QFETCH(int, columns);
        QFETCH(QByteArray, state);
        addClinic();
        openWindow();
        QHeaderView* header = table("petTableView")->horizontalHeader();
        header->setSectionHidden(PetListModel::Breed, true);
        header->moveSection(header->visualIndex(PetListModel::Phone), 0);
        m_window->columns(MainWindow::PetsView)->save();
        m_window.reset();
        // What an older build with other columns (or a damaged file) left behind.
        QSettings settings;
        settings.setValue(QStringLiteral("columns/pets/version"), version);
        settings.setValue(QStringLiteral("columns/pets/columns"), columns);
        settings.setValue(QStringLiteral("columns/pets/userWidths"), QVariantList{PetListModel::Status, 5});
        if (!state.isEmpty()) {
            settings.setValue(QStringLiteral("columns/pets/header"), state);
        }
        settings.sync();

        openWindow();
        header = table("petTableView")->horizontalHeader();
        QVERIFY(!header->isSectionHidden(PetListModel::Breed));
        QCOMPARE(header->visualIndex(PetListModel::Phone), int(PetListModel::Phone));
        QVERIFY(header->sectionSize(PetListModel::Status) > 5);
        const QStringList cut = cutCells(table("petTableView"), {PetListModel::Status, PetListModel::Microchip});
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTableColumns)
#include "TestTableColumns.moc"
