// SPDX-License-Identifier: GPL-3.0-or-later
// The pet list and its filter-as-you-type proxy, each under a QAbstractItemModelTester.
#include "ServiceFixture.h"

#include "models/PetFilterProxyModel.h"
#include "models/PetListModel.h"
#include "models/PhoneText.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestPetListModel final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    std::unique_ptr<PetListModel> m_model;
    std::unique_ptr<PetFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QStringList proxyNames() const
    {
        QStringList names;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            names << m_proxy->index(r, PetListModel::Name).data().toString();
        }
        return names;
    }

    void addSamplePets()
    {
        QVERIFY(!m_f.addPet(QStringLiteral("Zanahoria"), QStringLiteral("982000123456789"), QStringLiteral("Ana Díaz"),
                            QStringLiteral("+54 9 11 2345-6789"))
                     .isEmpty());
        QVERIFY(!m_f.addPet(QStringLiteral("Ñandú"), QStringLiteral("985141000123456"), QStringLiteral("José Pérez"),
                            QStringLiteral("+34 612 345 678"), Species::Bird)
                     .isEmpty());
        QVERIFY(!m_f.addPet(QStringLiteral("Michi"), {}, QStringLiteral("Ana Gómez"), QStringLiteral("+5491155550000"),
                            Species::Cat)
                     .isEmpty());
        QVERIFY(!m_f.addPet(QStringLiteral("Bobby")).isEmpty());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_f.setUp());
        m_model = std::make_unique<PetListModel>(&m_f.service());
        m_proxy = std::make_unique<PetFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_proxy->sort(PetListModel::Name);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void testReloadShowsEveryColumn()
    {
        addSamplePets();
        QVERIFY(m_model->reload());
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), int(PetListModel::ColumnCount));
        const int row = m_model->rowOf(m_model->index(0, 0).data(PetListModel::IdRole).toString());
        QCOMPARE(row, 0);
        QCOMPARE(proxyNames(), (QStringList{"Bobby", "Michi", "Ñandú", "Zanahoria"}));
        const QModelIndex zanahoria = m_proxy->index(3, 0);
        QCOMPARE(zanahoria.siblingAtColumn(PetListModel::Species).data().toString(), QStringLiteral("Dog"));
        QCOMPARE(zanahoria.siblingAtColumn(PetListModel::Microchip).data().toString(),
                 QStringLiteral("982000123456789"));
        QCOMPARE(zanahoria.siblingAtColumn(PetListModel::Owner).data().toString(), QStringLiteral("Ana Díaz"));
        // Stored as +5491123456789, shown as people in Argentina (the fixture's country) write it.
        QCOMPARE(zanahoria.siblingAtColumn(PetListModel::Phone).data().toString(), QStringLiteral("011 15-2345-6789"));
        // A number of another country keeps its country code.
        QCOMPARE(m_proxy->index(2, 0).siblingAtColumn(PetListModel::Phone).data().toString(),
                 QStringLiteral("+34 612 34 56 78"));
        const PetSummary* pet = m_proxy->itemFromIndex(zanahoria);
        QVERIFY(pet);
        QCOMPARE(pet->name, QStringLiteral("Zanahoria"));
        QCOMPARE(m_model->headerData(PetListModel::Microchip, Qt::Horizontal).toString(), QStringLiteral("Microchip"));
    }

    void testFollowsServiceChanges()
    {
        QVERIFY(m_model->reload());
        QCOMPARE(m_model->rowCount(), 0);
        const QString id = m_f.addPet(QStringLiteral("Luna"), QStringLiteral("982000123456789"));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowOf(id), 0);

        auto record = m_f.service().loadPet(id);
        QVERIFY(record);
        record->pet.name = "Luna Lunera";
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_f.service().updatePet(*record));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->index(0, PetListModel::Name).data().toString(), QStringLiteral("Luna Lunera"));

        const QString other = m_f.addPet(QStringLiteral("Sol"));
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_f.service().trashPet(id));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowOf(id), -1);
        QCOMPARE(m_model->rowOf(other), 0);
        QVERIFY(m_f.service().restorePet(id));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(proxyNames(), (QStringList{"Luna Lunera", "Sol"}));

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_f.service().announceReset();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
    }

    void testPhoneColumnFollowsTheRegion()
    {
        // The Phone column keeps the text it shows, but makes it again when Preferences change
        // the country the numbers are written for.
        QVERIFY(!m_f.addPet(QStringLiteral("Luna"), {}, QStringLiteral("Ana"), QStringLiteral("+54 9 11 2345-6789"))
                     .isEmpty());
        QVERIFY(m_model->reload());
        const QModelIndex phone = m_model->index(0, PetListModel::Phone);
        const QString stored = m_model->summaryAt(0).ownerPhones;
        setPhoneRegion(QStringLiteral("AR"));
        const QString inArgentina = phone.data().toString();
        QCOMPARE(inArgentina, phoneForDisplay(stored));
        QCOMPARE(phone.data().toString(), inArgentina);
        setPhoneRegion(QStringLiteral("BR"));
        QCOMPARE(phone.data().toString(), phoneForDisplay(stored));
        QVERIFY(phone.data().toString() != inArgentina);
        setPhoneRegion(QStringLiteral("AR"));
        QCOMPARE(phone.data().toString(), inArgentina);
    }

    void testFilter_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList{"Bobby", "Michi", "Ñandú", "Zanahoria"};
        QTest::newRow("name prefix") << "zana" << QStringList{"Zanahoria"};
        QTest::newRow("name upper case") << "MICHI" << QStringList{"Michi"};
        QTest::newRow("accents ignored") << "nandu" << QStringList{"Ñandú"};
        QTest::newRow("accents typed") << "ÑANDÚ" << QStringList{"Ñandú"};
        QTest::newRow("microchip") << "982000123456789" << QStringList{"Zanahoria"};
        QTest::newRow("microchip with spaces") << "982 000 123" << QStringList{"Zanahoria"};
        QTest::newRow("owner name") << "ana" << QStringList{"Michi", "Zanahoria"};
        QTest::newRow("owner accent") << "perez" << QStringList{"Ñandú"};
        QTest::newRow("two words") << "ana gomez" << QStringList{"Michi"};
        QTest::newRow("owner and pet") << "ana zana" << QStringList{"Zanahoria"};
        QTest::newRow("phone with dashes") << "11 2345-6789" << QStringList{"Zanahoria"};
        QTest::newRow("phone international") << "+34 612 345" << QStringList{"Ñandú"};
        QTest::newRow("phone digits") << "5555" << QStringList{"Michi"};
        // As people in Argentina write mobiles: with the area's 0, with or without the 15.
        QTest::newRow("phone as dialled locally") << "011 2345-6789" << QStringList{"Zanahoria"};
        QTest::newRow("phone with the 15") << "011 15-2345-6789" << QStringList{"Zanahoria"};
        QTest::newRow("phone digits only") << "01123456789" << QStringList{"Zanahoria"};
        QTest::newRow("no match") << "xyz" << QStringList{};
        QTest::newRow("surrounding spaces") << "  bob  " << QStringList{"Bobby"};
    }

    void testFilter()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        addSamplePets();
        QVERIFY(m_model->reload());
        m_proxy->setFilterText(typed);
        QCOMPARE(proxyNames(), expected);
        m_proxy->setFilterText(QString());
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void testFilterKeepsFollowingChanges()
    {
        addSamplePets();
        QVERIFY(m_model->reload());
        m_proxy->setFilterText(QStringLiteral("lu"));
        QCOMPARE(m_proxy->rowCount(), 0);
        const QString id = m_f.addPet(QStringLiteral("Lucky"));
        QCOMPARE(proxyNames(), QStringList{"Lucky"});
        QVERIFY(m_f.service().trashPet(id));
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void testStatusFilter()
    {
        addSamplePets();
        const QString lost = m_f.addPet(QStringLiteral("Perdido"));
        auto record = m_f.service().loadPet(lost);
        QVERIFY(record);
        record->pet.status = PetStatus::Lost;
        QVERIFY(m_f.service().updatePet(*record));
        QVERIFY(m_model->reload());
        m_proxy->setStatusFilter(PetStatus::Lost);
        QCOMPARE(proxyNames(), QStringList{"Perdido"});
        m_proxy->setStatusFilter(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void testSortByColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name descending") << int(PetListModel::Name) << int(Qt::DescendingOrder)
                                         << QStringList{"Zanahoria", "Ñandú", "Michi", "Bobby"};
        // No owner sorts first; "Ana Díaz" before "Ana Gómez" before "José Pérez".
        QTest::newRow("owner") << int(PetListModel::Owner) << int(Qt::AscendingOrder)
                               << QStringList{"Bobby", "Zanahoria", "Michi", "Ñandú"};
        QTest::newRow("species") << int(PetListModel::Species) << int(Qt::AscendingOrder)
                                 << QStringList{"Bobby", "Zanahoria", "Michi", "Ñandú"};
    }

    void testSortByColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        addSamplePets();
        QVERIFY(m_model->reload());
        m_proxy->sort(column, static_cast<Qt::SortOrder>(order));
        QCOMPARE(proxyNames(), expected);
    }

    void testManyRowsShownOrHiddenKeepOrderAndSelection()
    {
        // A search or status filter that hides or shows many rows is announced as one layout
        // change; one that changes few, in place. Either way the rows, their order and the
        // selection are those of a proxy made afresh with the same filter.
        constexpr int kPets = 2000;
        std::vector<PetSummary> pets;
        for (int i = 0; i < kPets; ++i) {
            PetSummary s;
            s.id = QStringLiteral("id-%1").arg(i);
            s.name = QStringLiteral("%1 %2")
                         .arg(i % 3 ? QStringLiteral("Luna") : QStringLiteral("Toby"))
                         .arg(i * 7919 % kPets);
            s.ownerName = i % 10 ? QStringLiteral("Ana") : QStringLiteral("Beto");
            s.status = i % 2 ? PetStatus::Lost : PetStatus::Owned;
            pets.push_back(std::move(s));
        }
        m_model->setSummaries(std::move(pets));
        QItemSelectionModel selection(m_proxy.get());
        auto select = [&](const QString& id) {
            for (int r = 0; r < m_proxy->rowCount(); ++r) {
                if (m_proxy->itemFromIndex(m_proxy->index(r, 0))->id == id) {
                    selection.setCurrentIndex(m_proxy->index(r, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                }
            }
        };
        auto ids = [](const PetFilterProxyModel& proxy) {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r) {
                out << proxy.itemFromIndex(proxy.index(r, 0))->id;
            }
            return out;
        };
        select(QStringLiteral("id-30")); // "Toby ...", owner Beto, owned: visible in every filter below
        const std::vector<std::pair<QString, std::optional<PetStatus>>> filters{
            {QStringLiteral("toby"), std::nullopt},
            {QStringLiteral("toby beto"), std::nullopt},
            {QStringLiteral("toby bet"), std::nullopt},
            {QStringLiteral("beto"), std::nullopt},
            {QString(), std::nullopt},
            {QStringLiteral("t"), std::nullopt},
            {QString(), std::nullopt},
            {QString(), PetStatus::Owned}, // hides 1,000
            {QStringLiteral("beto"), PetStatus::Owned},
            {QStringLiteral("beto"), std::nullopt}, // shows 100
            {QString(), std::nullopt},
        };
        for (const auto& [typed, status] : filters) {
            m_proxy->setFilterText(typed);
            m_proxy->setStatusFilter(status);
            PetFilterProxyModel fresh;
            fresh.setSourceModel(m_model.get());
            fresh.setFilterText(typed);
            fresh.setStatusFilter(status);
            fresh.sort(PetListModel::Name);
            QCOMPARE(ids(*m_proxy), ids(fresh));
            QVERIFY2(selection.currentIndex().isValid(), qPrintable(typed));
            QCOMPARE(m_proxy->itemFromIndex(selection.currentIndex())->id, QStringLiteral("id-30"));
            QCOMPARE(selection.selectedRows().size(), 1);
        }
    }

    void testLargeListFindsLocalPhoneFormsOnceWorkedOut()
    {
        // A big list is shown before its phones' local forms are worked out (on a worker thread):
        // meanwhile numbers match as stored, then the search text is completed and an active
        // filter shows what it now matches.
        constexpr int kPets = PetListModel::kPhoneFormsAtOnce + 500;
        std::vector<PetSummary> pets;
        for (int i = 0; i < kPets; ++i) {
            PetSummary s;
            s.id = QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0'));
            s.name = QStringLiteral("Mascota %1").arg(i);
            s.ownerPhones = QStringLiteral("+54911%1").arg(20000000 + i);
            pets.push_back(std::move(s));
        }
        m_proxyTester.reset();
        m_modelTester.reset();
        QSignalSpy completed(m_model.get(), &PetListModel::phoneSearchCompleted);
        m_model->setSummaries(std::move(pets));
        QVERIFY(!m_model->phoneSearchComplete());
        // Typed the local way, with the area's 0 and the 15: found only once the forms are known.
        // The worker's answer is delivered through the event loop, so nothing can land before here.
        m_proxy->setFilterText(QStringLiteral("011 15-2000-0777"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setFilterText(QStringLiteral("+54 9 11 2000 0778"));
        QCOMPARE(proxyNames(), QStringList{"Mascota 778"});
        m_proxy->setFilterText(QStringLiteral("011 15-2000-0777"));
        QVERIFY(completed.wait(10000));
        QVERIFY(m_model->phoneSearchComplete());
        QCOMPARE(proxyNames(), QStringList{"Mascota 777"});
        m_proxy->setFilterText(QStringLiteral("011 2000-0999"));
        QCOMPARE(proxyNames(), QStringList{"Mascota 999"});
        // A pet added afterwards is found the local way at once.
        QVERIFY(!m_f.addPet(QStringLiteral("Nuevo"), {}, QStringLiteral("Ana"), QStringLiteral("+5491133334444"))
                     .isEmpty());
        m_proxy->setFilterText(QStringLiteral("011 15-3333-4444"));
        QCOMPARE(proxyNames(), QStringList{"Nuevo"});
        QCOMPARE(completed.size(), 1);
    }

    void testLargeListFiltersQuickly()
    {
        // Not a timing test (see bench-client); it checks the typed paths on a realistic size.
        constexpr int kPets = 20000;
        std::vector<PetSummary> pets;
        pets.reserve(kPets);
        for (int i = 0; i < kPets; ++i) {
            PetSummary s;
            s.id = QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0'));
            s.name = QStringLiteral("Mascota %1").arg(i);
            s.microchip = QStringLiteral("982000%1").arg(i, 9, 10, QLatin1Char('0'));
            s.ownerName = i % 2 ? QStringLiteral("José") : QStringLiteral("María");
            s.ownerPhones = QStringLiteral("+54911%1").arg(i, 8, 10, QLatin1Char('0'));
            pets.push_back(std::move(s));
        }
        // The testers walk every row on each change; detach them for this size.
        m_proxyTester.reset();
        m_modelTester.reset();
        m_model->setSummaries(std::move(pets));
        QCOMPARE(m_proxy->rowCount(), kPets);
        QElapsedTimer timer;
        timer.start();
        m_proxy->setFilterText(QStringLiteral("maria"));
        QCOMPARE(m_proxy->rowCount(), kPets / 2);
        m_proxy->setFilterText(QStringLiteral("maria 1234"));
        int expected = 0;
        for (int i = 0; i < kPets; i += 2) {
            expected += QString::number(i).contains(QStringLiteral("1234")) ? 1 : 0;
        }
        QCOMPARE(m_proxy->rowCount(), expected);
        m_proxy->setFilterText(QStringLiteral("000012345"));
        QCOMPARE(proxyNames(), QStringList{"Mascota 12345"});
        qInfo("three filter changes over %d pets: %lld ms", kPets, timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestPetListModel)
#include "TestPetListModel.moc"
