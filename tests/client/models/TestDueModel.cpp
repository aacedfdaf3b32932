// SPDX-License-Identifier: GPL-3.0-or-later
// The due soon / overdue view: lazy pages, counts and following service changes.
#include "ServiceFixture.h"

#include "models/DueModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestDueModel final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    std::unique_ptr<DueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void makeModel(int pageSize)
    {
        m_tester.reset();
        m_model = std::make_unique<DueModel>(m_f.service(), pageSize);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_f.setUp()); }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void testShowsOverdueAndDueSoonOnly()
    {
        const QString rex =
            m_f.addPet(QStringLiteral("Rex"), {}, QStringLiteral("Ana"), QStringLiteral("+5491123456789"));
        const QString luna = m_f.addPet(QStringLiteral("Luna"));
        m_f.addRecord(rex, HealthKind::Vaccine, Date{2025, 11, 1}, Date{2026, 11, 1});   // overdue by 21 days
        m_f.addRecord(luna, HealthKind::Deworming, Date{2026, 9, 1}, Date{2026, 12, 1}); // due in 9 days
        m_f.addRecord(luna, HealthKind::Vaccine, Date{2026, 1, 1}, Date{2027, 6, 1});    // far away: not listed
        makeModel(DueModel::kDefaultPageSize);

        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->counts().overdue, 1);
        QCOMPARE(m_model->counts().dueSoon, 1);
        const QModelIndex first = m_model->index(0, DueModel::Pet);
        QCOMPARE(first.data().toString(), QStringLiteral("Rex"));
        QCOMPARE(first.data(DueModel::DueStateRole).toInt(), int(DueState::Overdue));
        QCOMPARE(first.data(DueModel::DaysLeftRole).toInt(), -21);
        QCOMPARE(first.data(DueModel::PetIdRole).toString(), rex);
        // Plural forms come from the English translation the app loads; the count is what matters here.
        QVERIFY(
            first.siblingAtColumn(DueModel::State).data().toString().startsWith(QStringLiteral("Overdue by 21 day")));
        QCOMPARE(first.siblingAtColumn(DueModel::Kind).data().toString(), QStringLiteral("Vaccine"));
        QCOMPARE(first.siblingAtColumn(DueModel::Owner).data().toString(), QStringLiteral("Ana"));
        const QModelIndex second = m_model->index(1, DueModel::State);
        QCOMPARE(second.data(DueModel::DueStateRole).toInt(), int(DueState::DueSoon));
        QVERIFY(second.data().toString().startsWith(QStringLiteral("Due in 9 day")));
    }

    void testFetchesPagesLazily()
    {
        for (int i = 0; i < 12; ++i) {
            const QString id = m_f.addPet(QStringLiteral("Pet %1").arg(i, 2, 10, QLatin1Char('0')));
            m_f.addRecord(id, HealthKind::Vaccine, Date{2025, 1, 1}, Date{2026, 1, 1}.addDays(i));
        }
        // The tester fetches everything it can, so the first page is checked before it is attached.
        m_model = std::make_unique<DueModel>(m_f.service(), 5);
        QCOMPARE(m_model->rowCount(), 5);
        QVERIFY(m_model->canFetchMore({}));
        QCOMPARE(m_model->counts().overdue, 12);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 10);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_model->rowCount(), 12);
        QVERIFY(!m_model->canFetchMore({}));
        for (const QList<QVariant>& args : inserted) {
            QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= 5);
        }
        QCOMPARE(m_model->index(11, DueModel::Pet).data().toString(), QStringLiteral("Pet 11"));
    }

    void testFollowsChanges()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        makeModel(5);
        QCOMPARE(m_model->rowCount(), 0);
        QSignalSpy counts(m_model.get(), &DueModel::countsChanged);

        m_f.addRecord(rex, HealthKind::Vaccine, Date{2025, 11, 1}, Date{2026, 11, 1});
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(m_model->counts().overdue, 1);

        // A newer record of the same series supersedes the overdue one.
        const QString renewed = m_f.addRecord(rex, HealthKind::Vaccine, kTodayDate(), Date{2027, 11, 22});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->counts().overdue, 0);

        // Deleting the renewal brings the overdue one back.
        QVERIFY(m_f.service().trashHealthRecord(renewed));
        QCOMPARE(m_model->rowCount(), 1);

        // A pet in the trash has nothing due.
        QVERIFY(m_f.service().trashPet(rex));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_f.service().restorePet(rex));
        QCOMPARE(m_model->rowCount(), 1);

        // Renaming the pet shows in the row.
        auto record = m_f.service().loadPet(rex);
        QVERIFY(record);
        record->pet.name = "Rex II";
        QVERIFY(m_f.service().updatePet(*record));
        QCOMPARE(m_model->index(0, DueModel::Pet).data().toString(), QStringLiteral("Rex II"));
    }

    void testRefreshKeepsLoadedPages()
    {
        for (int i = 0; i < 8; ++i) {
            const QString id = m_f.addPet(QStringLiteral("Pet %1").arg(i));
            m_f.addRecord(id, HealthKind::Vaccine, Date{2025, 1, 1}, Date{2026, 1, 1}.addDays(i));
        }
        m_model = std::make_unique<DueModel>(m_f.service(), 3);
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 6);
        // Moving a day on does not drop the rows the user scrolled to.
        m_f.clock().setToday(Date{2026, 11, 23});
        m_model->refresh();
        QCOMPARE(m_model->rowCount(), 6);
        QVERIFY(m_model->canFetchMore({}));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->refresh();
        QCOMPARE(m_model->rowCount(), 8);
    }

private:
    static Date kTodayDate() { return test::kToday; }
};

QTEST_GUILESS_MAIN(TestDueModel)
#include "TestDueModel.moc"
