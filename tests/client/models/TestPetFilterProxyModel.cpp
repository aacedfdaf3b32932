// SPDX-License-Identifier: GPL-3.0-or-later
// The pet list's sorting and filtering proxy: whatever path a change takes (narrowing or widening a
// search, rows announced in place or as a layout change, pets edited, added or removed under a
// filter), the proxy shows the rows, in the order, of a proxy made afresh, keeps the selection, and
// passes QAbstractItemModelTester.
#include "ServiceFixture.h"

#include "models/PetFilterProxyModel.h"
#include "models/PetListModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

namespace {

QStringList idsOf(const PetFilterProxyModel& proxy)
{
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        ids << proxy.itemFromIndex(proxy.index(r, 0))->id;
    }
    return ids;
}

/** Pets with names, owners, phones and statuses spread so that every search below hides and shows
 *  scattered rows. */
std::vector<PetSummary> samplePets(int count)
{
    const QStringList names{QStringLiteral("Luna"), QStringLiteral("Toby"), QStringLiteral("Ñandú"),
                            QStringLiteral("Lulú"), QStringLiteral("Manchas")};
    const QStringList owners{QStringLiteral("Ana Díaz"), QStringLiteral("Beto Luna"), QStringLiteral("José Pérez")};
    std::vector<PetSummary> pets;
    for (int i = 0; i < count; ++i) {
        PetSummary s;
        s.id = QStringLiteral("id-%1").arg(i, 4, 10, QLatin1Char('0'));
        s.name = QStringLiteral("%1 %2").arg(names[i % names.size()]).arg(i * 7919 % count);
        s.microchip = QStringLiteral("98200000%1").arg(i * 31 % count, 7, 10, QLatin1Char('0'));
        s.ownerName = owners[(i / 2) % owners.size()];
        s.ownerPhones = QStringLiteral("+54911%1").arg(i * 13 % 10000, 8, 10, QLatin1Char('0'));
        s.status = i % 5 == 0 ? PetStatus::Lost : PetStatus::Owned;
        s.species = i % 3 == 0 ? Species::Cat : Species::Dog;
        pets.push_back(std::move(s));
    }
    return pets;
}

} // namespace

class TestPetFilterProxyModel final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    std::unique_ptr<PetListModel> m_model;
    std::unique_ptr<PetFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    /** The ids a proxy made afresh over the same model shows with the same filters and sort. */
    QStringList freshIds() const
    {
        PetFilterProxyModel fresh;
        fresh.setSourceModel(m_model.get());
        fresh.sort(m_proxy->sortColumn(), m_proxy->sortOrder());
        fresh.setFilterText(m_proxy->filterText());
        fresh.setStatusFilter(m_proxy->statusFilter());
        return idsOf(fresh);
    }

    void select(QItemSelectionModel& selection, const QString& id)
    {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            if (m_proxy->itemFromIndex(m_proxy->index(r, 0))->id == id) {
                selection.setCurrentIndex(m_proxy->index(r, 0),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 is not shown").arg(id)));
    }

    QString selectedId(const QItemSelectionModel& selection) const
    {
        const QModelIndexList rows = selection.selectedRows();
        if (rows.size() != 1 || selection.currentIndex().row() != rows.front().row()) {
            return {};
        }
        return m_proxy->itemFromIndex(rows.front())->id;
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
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void testTypingShowsWhatAFreshProxyShows_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("sortOrder");
        QTest::addColumn<int>("status"); // -1: every status
        // Typed a key at a time, then deleted a key at a time: narrowing, then widening.
        QStringList typing;
        const QString word = QStringLiteral("luna 12");
        for (qsizetype i = 1; i <= word.size(); ++i) {
            typing << word.left(i);
        }
        for (qsizetype i = word.size() - 1; i >= 0; --i) {
            typing << word.left(i);
        }
        QTest::newRow("type and delete") << typing << int(PetListModel::Name) << int(Qt::AscendingOrder) << -1;
        QTest::newRow("owner order, lost only")
            << typing << int(PetListModel::Owner) << int(Qt::DescendingOrder) << int(PetStatus::Lost);
        QTest::newRow("unsorted") << typing << -1 << int(Qt::AscendingOrder) << -1;
        // Neither narrower nor wider: the old answers say nothing about the new ones.
        QTest::newRow("unrelated") << QStringList{"lu", "ul", "to", "ana", "beto", "b", "ñ", "n", ""}
                                   << int(PetListModel::Name) << int(Qt::AscendingOrder) << -1;
        // The same terms in another order match the same rows.
        QTest::newRow("words swapped") << QStringList{"ana luna", "luna ana", "luna  ana ", "luna"}
                                       << int(PetListModel::Microchip) << int(Qt::AscendingOrder) << -1;
        QTest::newRow("numbers") << QStringList{"9",    "98",    "982 000",      "982 000 001", "982 000 0012",
                                                "54 9", "+54 9", "+54 911 0000", "+5"}
                                 << int(PetListModel::Phone) << int(Qt::AscendingOrder) << -1;
        // Selecting one word of the text and typing over it: nothing in common.
        QTest::newRow("replaced") << QStringList{"toby", "luna", "lulu", "lulú 1", "manchas", "jose perez"}
                                  << int(PetListModel::Name) << int(Qt::DescendingOrder) << int(PetStatus::Owned);
    }

    void testTypingShowsWhatAFreshProxyShows()
    {
        QFETCH(QStringList, typed);
        QFETCH(int, sortColumn);
        QFETCH(int, sortOrder);
        QFETCH(int, status);
        m_model->setSummaries(samplePets(600));
        m_proxy->sort(sortColumn, static_cast<Qt::SortOrder>(sortOrder));
        m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional(static_cast<PetStatus>(status)));
        for (const QString& text : typed) {
            m_proxy->setFilterText(text);
            QCOMPARE(idsOf(*m_proxy), freshIds());
        }
    }

    void testSelectionSurvivesEveryPath()
    {
        m_model->setSummaries(samplePets(600));
        QItemSelectionModel selection(m_proxy.get());
        // "Luna 0" (id-0000): an owned cat of Ana Díaz, found by every search below.
        select(selection, QStringLiteral("id-0000"));
        QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy removals(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
        for (const QString& text :
             {QStringLiteral("l"), QStringLiteral("lu"), QStringLiteral("luna"), QStringLiteral("luna 0"),
              QStringLiteral("luna"), QString(), QStringLiteral("ana"), QStringLiteral("ana luna")}) {
            m_proxy->setFilterText(text);
            QCOMPARE(idsOf(*m_proxy), freshIds());
            QCOMPARE(selectedId(selection), QStringLiteral("id-0000"));
        }
        // Both paths were taken: many scattered rows as layout changes, few in place.
        QVERIFY(!layouts.isEmpty());
        QVERIFY(!removals.isEmpty());
        m_proxy->sort(PetListModel::Microchip, Qt::DescendingOrder);
        QCOMPARE(idsOf(*m_proxy), freshIds());
        QCOMPARE(selectedId(selection), QStringLiteral("id-0000"));
    }

    void testEditsUnderAFilterMoveShowAndHideRows()
    {
        QStringList ids;
        for (const QString& name : {QStringLiteral("Alma"), QStringLiteral("Bruno"), QStringLiteral("Coco"),
                                    QStringLiteral("Dina"), QStringLiteral("Elsa"), QStringLiteral("Fido")}) {
            ids << m_f.addPet(name, {}, QStringLiteral("Ana"));
        }
        QVERIFY(m_model->reload());
        m_proxy->setFilterText(QStringLiteral("ana"));
        QCOMPARE(m_proxy->rowCount(), 6);
        QItemSelectionModel selection(m_proxy.get());
        select(selection, ids[1]); // Bruno

        auto rename = [&](const QString& id, const std::string& name, const std::string& owner = "Ana") {
            auto record = m_f.service().loadPet(id);
            QVERIFY(record);
            record->pet.name = name;
            record->contacts.front().person.name = owner;
            QVERIFY(m_f.service().updatePet(*record));
        };
        // Bruno becomes Zorro: the row moves to the end and stays selected.
        QSignalSpy moves(m_proxy.get(), &QAbstractItemModel::rowsMoved);
        rename(ids[1], "Zorro");
        QCOMPARE(moves.count(), 1);
        QCOMPARE(idsOf(*m_proxy), freshIds());
        QCOMPARE(m_proxy->index(5, PetListModel::Name).data().toString(), QStringLiteral("Zorro"));
        QCOMPARE(selectedId(selection), ids[1]);
        // And back to the start.
        rename(ids[1], "Aaron");
        QCOMPARE(moves.count(), 2);
        QCOMPARE(m_proxy->index(0, PetListModel::Name).data().toString(), QStringLiteral("Aaron"));
        QCOMPARE(selectedId(selection), ids[1]);
        // An edit that keeps its place changes the row's text in place.
        QSignalSpy changed(m_proxy.get(), &QAbstractItemModel::dataChanged);
        rename(ids[2], "Coco Loco");
        QCOMPARE(moves.count(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.front().at(0).toModelIndex().row(), 2);
        // Another owner: no longer found by "ana", hidden; found again once it is Ana's.
        rename(ids[3], "Dina", "Beto");
        QCOMPARE(m_proxy->rowCount(), 5);
        QCOMPARE(idsOf(*m_proxy), freshIds());
        rename(ids[3], "Dina", "Ana");
        QCOMPARE(m_proxy->rowCount(), 6);
        QCOMPARE(idsOf(*m_proxy), freshIds());
        // Added, trashed and restored pets land in their sorted places.
        ids << m_f.addPet(QStringLiteral("Bambi"), {}, QStringLiteral("Ana"));
        m_f.addPet(QStringLiteral("Bambi Dos"), {}, QStringLiteral("Beto")); // not found by "ana"
        QCOMPARE(m_proxy->rowCount(), 7);
        QCOMPARE(m_proxy->index(2, PetListModel::Name).data().toString(), QStringLiteral("Bambi")); // after Aaron, Alma
        QVERIFY(m_f.service().trashPet(ids[0]));
        QCOMPARE(idsOf(*m_proxy), freshIds());
        QVERIFY(m_f.service().restorePet(ids[0]));
        QCOMPARE(idsOf(*m_proxy), freshIds());
        QCOMPARE(selectedId(selection), ids[1]);
        // Under a status filter, a pet marked lost appears.
        m_proxy->setStatusFilter(PetStatus::Lost);
        QCOMPARE(m_proxy->rowCount(), 0);
        auto record = m_f.service().loadPet(ids[4]);
        QVERIFY(record);
        record->pet.status = PetStatus::Lost;
        QVERIFY(m_f.service().updatePet(*record));
        QCOMPARE(idsOf(*m_proxy), QStringList{ids[4]});
    }

    void testColumnTitlesWhenNothingMatches()
    {
        m_model->setSummaries(samplePets(10));
        m_proxy->setFilterText(QStringLiteral("no such pet"));
        QCOMPARE(m_proxy->rowCount(), 0);
        QCOMPARE(m_proxy->headerData(PetListModel::Microchip, Qt::Horizontal).toString(), QStringLiteral("Microchip"));
    }

    void testSourceGoneFirst()
    {
        m_model->setSummaries(samplePets(10));
        m_proxyTester.reset(); // it would see rows go without a signal, as with Qt's own proxies
        m_model.reset();
        QCOMPARE(m_proxy->rowCount(), 0);
        QCOMPARE(m_proxy->columnCount(), 0);
        m_proxy->setFilterText(QStringLiteral("luna"));
        QCOMPARE(m_proxy->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPetFilterProxyModel)
#include "TestPetFilterProxyModel.moc"
