// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceFixture.h"

#include "models/PeopleModel.h"
#include "services/PersonService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestPeopleModel final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    std::unique_ptr<PersonService> m_people;

    QStringList column(const QAbstractItemModel& model, int col)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row) {
            out << model.index(row, col).data().toString();
        }
        return out;
    }

    QString ownerId(const QString& petId)
    {
        return QString::fromStdString(m_f.service().loadPet(petId)->contacts.front().person.id);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_f.setUp());
        m_people = std::make_unique<PersonService>(m_f.service());
    }

    void cleanup() { m_people.reset(); }

    void testListsPeopleSortedByFoldedName()
    {
        m_f.addPet(QStringLiteral("Rex"), {}, QStringLiteral("Bruno"), QStringLiteral("+5491122223333"));
        m_f.addPet(QStringLiteral("Luna"), {}, QStringLiteral("Álvarez"), QStringLiteral("011 15-4321-9876"));
        m_f.addPet(QStringLiteral("Toby"), {}, QStringLiteral("adela"));
        PeopleModel model(*m_people);
        PeopleFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().hasValue());
        proxy.sort(PeopleModel::Name);
        QCOMPARE(column(proxy, PeopleModel::Name), (QStringList{"adela", "Álvarez", "Bruno"}));
        // Phones the local way, pets by name and count.
        QCOMPARE(column(proxy, PeopleModel::Phone).at(1), QStringLiteral("011 15-4321-9876"));
        QCOMPARE(column(proxy, PeopleModel::Pets), (QStringList{"Toby", "Luna", "Rex"}));
        QCOMPARE(proxy.index(0, PeopleModel::PetCount).data().toInt(), 1);
        QCOMPARE(model.headerData(PeopleModel::Email, Qt::Horizontal).toString(), QStringLiteral("E-mail"));
    }

    void testFilterMatchesLocalPhonesAndAccents_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty") << QString() << QStringList{"Álvarez", "Bruno"};
        QTest::newRow("local phone") << QStringLiteral("011 4321-9876") << QStringList{"Álvarez"};
        QTest::newRow("without accent") << QStringLiteral("alvarez") << QStringList{"Álvarez"};
        QTest::newRow("pet name") << QStringLiteral("rex") << QStringList{"Bruno"};
        QTest::newRow("nobody") << QStringLiteral("zz") << QStringList();
    }

    void testFilterMatchesLocalPhonesAndAccents()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, names);
        m_f.addPet(QStringLiteral("Rex"), {}, QStringLiteral("Bruno"), QStringLiteral("+5491122223333"));
        m_f.addPet(QStringLiteral("Luna"), {}, QStringLiteral("Álvarez"), QStringLiteral("011 15-4321-9876"));
        PeopleModel model(*m_people);
        PeopleFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().hasValue());
        proxy.sort(PeopleModel::Name);
        proxy.setFilterText(typed);
        QCOMPARE(column(proxy, PeopleModel::Name), names);
    }

    void testExcludedPersonIsLeftOut()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"), {}, QStringLiteral("Bruno"));
        m_f.addPet(QStringLiteral("Luna"), {}, QStringLiteral("Ana"));
        PeopleModel model(*m_people);
        PeopleFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QVERIFY(model.reload().hasValue());
        proxy.setExcludedId(ownerId(rex));
        QCOMPARE(column(proxy, PeopleModel::Name), QStringList{"Ana"});
        QVERIFY(proxy.itemFromIndex(proxy.index(0, 0)));
        QCOMPARE(proxy.itemFromIndex(proxy.index(0, 0))->name, QStringLiteral("Ana"));
    }

    void testReloadsOnlyWhileLive()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"), {}, QStringLiteral("Bruno"));
        PeopleModel model(*m_people);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isStale());
        model.setLive(true);
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(!model.isStale());

        // A live list follows a phone change made on the person's page.
        Person bruno = m_people->person(ownerId(rex))->person;
        bruno.phones = {"011 5555-1234"};
        QVERIFY(m_people->updatePerson(bruno).hasValue());
        QTRY_COMPARE(model.index(0, PeopleModel::Phone).data().toString(), QStringLiteral("011 5555-1234"));

        // A hidden list only notes that it is out of date.
        model.setLive(false);
        m_f.addPet(QStringLiteral("Luna"), {}, QStringLiteral("Ana"));
        QVERIFY(model.isStale());
        QTest::qWait(20);
        QCOMPARE(model.rowCount(), 1);
        model.setLive(true);
        QTRY_COMPARE(model.rowCount(), 2);

        // A merge removes the duplicate's row.
        const PersonSummary ana = model.items().front().person;
        QVERIFY(m_people->merge(ownerId(rex), ana.id).hasValue());
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PeopleModel::Pets).data().toString(), QStringLiteral("Luna, Rex"));
    }
};

QTEST_GUILESS_MAIN(TestPeopleModel)
#include "TestPeopleModel.moc"
