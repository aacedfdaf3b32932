// SPDX-License-Identifier: GPL-3.0-or-later
// The per-pet models of the editor (health, weight, notes, attachments, contacts) and the trash,
// each under a QAbstractItemModelTester that lives as long as the test.
#include "ServiceFixture.h"

#include "models/AttachmentModel.h"
#include "models/ContactModel.h"
#include "models/HealthRecordModel.h"
#include "models/NoteModel.h"
#include "models/TrashModel.h"
#include "models/WeightModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestPetModels final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    void watch(QAbstractItemModel* model)
    {
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    static QStringList column(const QAbstractItemModel& model, int col, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int r = 0; r < model.rowCount(); ++r) {
            values << model.index(r, col).data(role).toString();
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_f.setUp()); }
    void cleanup() { m_testers.clear(); }

    void testHealthRecordsMarkOnlyOpenOverdueRecords()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        const QString other = m_f.addPet(QStringLiteral("Other"));
        HealthRecordModel model(m_f.service());
        watch(&model);
        model.setPetId(rex);
        QCOMPARE(model.rowCount(), 0);

        const QString old = m_f.addRecord(rex, HealthKind::Vaccine, Date{2024, 10, 1}, Date{2025, 10, 1});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(HealthRecordModel::DueStateRole).toInt(), int(DueState::Overdue));
        QCOMPARE(model.overdueCount(), 1);

        m_f.addRecord(rex, HealthKind::Vaccine, Date{2025, 11, 1}, Date{2026, 11, 1});
        m_f.addRecord(rex, HealthKind::Deworming, Date{2026, 10, 1}, Date{2026, 12, 15});
        m_f.addRecord(other, HealthKind::Vaccine, Date{2025, 1, 1}, Date{2026, 1, 1});
        QCOMPARE(model.rowCount(), 3);
        // Newest first: deworming (Oct 2026), vaccine (Nov 2025), old vaccine (Oct 2024, superseded).
        QCOMPARE(column(model, HealthRecordModel::Kind), (QStringList{"Deworming", "Vaccine", "Vaccine"}));
        QCOMPARE(model.index(0, 0).data(HealthRecordModel::DueStateRole).toInt(), int(DueState::DueSoon));
        QCOMPARE(model.index(1, 0).data(HealthRecordModel::DueStateRole).toInt(), int(DueState::Overdue));
        QCOMPARE(model.index(2, 0).data(HealthRecordModel::DueStateRole).toInt(), int(DueState::None));
        QCOMPARE(model.index(2, 0).data(HealthRecordModel::OpenRole).toBool(), false);
        QCOMPARE(model.index(2, 0).data(HealthRecordModel::IdRole).toString(), old);
        QCOMPARE(model.overdueCount(), 1);
        QVERIFY(model.index(1, HealthRecordModel::NextDue).data().toString().contains(QStringLiteral("Overdue")));

        QVERIFY(m_f.service().trashHealthRecord(model.index(0, 0).data(HealthRecordModel::IdRole).toString()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.itemFromIndex(model.index(0, 0))->kind, HealthKind::Vaccine);

        model.setPetId(other);
        QCOMPARE(model.rowCount(), 1);
        model.setPetId(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void testWeightsNewestFirstWithChange()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        WeightModel model(m_f.service());
        watch(&model);
        model.setPetId(rex);
        m_f.addWeight(rex, Date{2026, 1, 10}, 10.0);
        const QString middle = m_f.addWeight(rex, Date{2026, 5, 10}, 12.5);
        m_f.addWeight(rex, Date{2026, 3, 10}, 11.0); // entered late, sorted by date
        QCOMPARE(model.rowCount(), 3);
        // The weight and its change with the same decimals ("31.0 kg" beside "+0.80 kg" was not).
        QCOMPARE(column(model, WeightModel::Weight), (QStringList{"12.50 kg", "11.00 kg", "10.00 kg"}));
        QCOMPARE(column(model, WeightModel::Change), (QStringList{"+1.50 kg", "+1.00 kg", ""}));
        QCOMPARE(model.index(0, 0).data(WeightModel::KgRole).toDouble(), 12.5);
        QCOMPARE(model.index(0, 0).data(WeightModel::DateRole).toDate(), QDate(2026, 5, 10));
        const auto chronological = model.chronological();
        QCOMPARE(chronological.front().kg, 10.0);
        QCOMPARE(chronological.back().kg, 12.5);

        QVERIFY(m_f.service().removeWeight(rex, middle));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(m_f.service().restoreWeight(rex, middle));
        QCOMPARE(model.rowCount(), 3);
    }

    void testWeightAndChangeHaveTheSameDecimals_data()
    {
        QTest::addColumn<double>("before");
        QTest::addColumn<double>("after");
        QTest::addColumn<QString>("weight");
        QTest::addColumn<QString>("change");
        QTest::newRow("large dog") << 30.2 << 31.0 << "31.00 kg"
                                   << "+0.80 kg";
        QTest::newRow("cat") << 4.35 << 4.1 << "4.10 kg"
                             << "-0.25 kg";
        QTest::newRow("no change") << 8.0 << 8.0 << "8.00 kg"
                                   << "0.00 kg";
        QTest::newRow("horse") << 420.0 << 418.5 << "418.5 kg"
                               << "-1.5 kg";
    }

    void testWeightAndChangeHaveTheSameDecimals()
    {
        QFETCH(double, before);
        QFETCH(double, after);
        QFETCH(QString, weight);
        QFETCH(QString, change);
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        WeightModel model(m_f.service());
        watch(&model);
        model.setPetId(rex);
        m_f.addWeight(rex, Date{2026, 1, 10}, before);
        m_f.addWeight(rex, Date{2026, 2, 10}, after);
        QCOMPARE(model.index(0, WeightModel::Weight).data().toString(), weight);
        QCOMPARE(model.index(0, WeightModel::Change).data().toString(), change);
    }

    void testNotesNewestFirst()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        NoteModel model(m_f.service());
        watch(&model);
        model.setPetId(rex);
        const QString first = m_f.addNote(rex, QStringLiteral("Shy with other dogs\nKeep apart at feeding"));
        m_f.addNote(rex, QStringLiteral("Loves carrots"));
        QCOMPARE(column(model, NoteModel::Text), (QStringList{"Loves carrots", "Shy with other dogs"}));
        QCOMPARE(model.index(1, 0).data(NoteModel::FullTextRole).toString(),
                 QStringLiteral("Shy with other dogs\nKeep apart at feeding"));
        QCOMPARE(model.rowOf(first), 1);

        Note edited = *model.itemFromIndex(model.index(1, 0));
        edited.text = "Shy with other dogs (better now)";
        QVERIFY(m_f.service().updateNote(edited));
        QCOMPARE(model.index(1, NoteModel::Text).data().toString(), QStringLiteral("Shy with other dogs (better now)"));
        QVERIFY(m_f.service().removeNote(rex, first));
        QCOMPARE(model.rowCount(), 1);
    }

    void testAttachmentsAndMainPhoto()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        AttachmentModel model(m_f.service());
        watch(&model);
        model.setPetId(rex);
        Attachment photo;
        photo.petId = rex.toStdString();
        photo.kind = AttachmentKind::Photo;
        photo.fileName = "rex.png";
        photo.mimeType = "image/png";
        auto added = m_f.service().addAttachment(photo, QByteArray(2048, 'x'));
        QVERIFY(added);
        Attachment doc = photo;
        doc.kind = AttachmentKind::Document;
        doc.fileName = "rabies-certificate.pdf";
        doc.mimeType = "application/pdf";
        QVERIFY(m_f.service().addAttachment(doc, QByteArray("%PDF-1.4")));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(column(model, AttachmentModel::FileName).contains(QStringLiteral("rabies-certificate.pdf")));
        QCOMPARE(model.mainPhotoId(), QString());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_f.service().setMainPhoto(rex, QString::fromStdString(added->id)));
        QCOMPARE(model.mainPhotoId(), QString::fromStdString(added->id));
        QVERIFY(changed.count() >= 1);
        const QStringList mains = column(model, 0, AttachmentModel::MainPhotoRole);
        QCOMPARE(mains.count(QStringLiteral("true")), 1);

        QVERIFY(m_f.service().removeAttachment(rex, QString::fromStdString(added->id)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.mainPhotoId(), QString());
    }

    void testTrashFollowsDeleteAndRestore()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"), QStringLiteral("982000123456789"));
        const QString luna = m_f.addPet(QStringLiteral("Luna"));
        TrashModel model(m_f.service());
        watch(&model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_f.service().trashPet(rex));
        m_f.clock().advanceMs(1000);
        QVERIFY(m_f.service().trashPet(luna));
        QCOMPARE(column(model, TrashModel::Name), (QStringList{"Luna", "Rex"}));
        QCOMPARE(model.index(1, TrashModel::Microchip).data().toString(), QStringLiteral("982000123456789"));
        QVERIFY(model.index(0, 0).data(TrashModel::DeletedAtRole).toLongLong() > 0);
        QVERIFY(m_f.service().restorePet(rex));
        QCOMPARE(column(model, TrashModel::Name), QStringList{"Luna"});
        QVERIFY(m_f.service().purgePet(luna));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 0);
    }

    void testContactsEditInMemory()
    {
        ContactModel model;
        watch(&model);
        QSignalSpy edited(&model, &ContactModel::edited);
        ContactEntry ana;
        ana.person.name = "Ana";
        ana.person.phones = {"+5491123456789", "+5491100000000"};
        QCOMPARE(model.addContact(ana), 0);
        ContactEntry vet;
        vet.person.name = "Dr. Vet";
        vet.role = ContactRole::Vet;
        vet.primary = true; // ignored: the first contact is the primary one
        QCOMPARE(model.addContact(vet), 1);
        QCOMPARE(column(model, ContactModel::Primary), (QStringList{"Primary", ""}));
        // Shown as written in Argentina, the fixture's country (stored E.164).
        QCOMPARE(model.index(0, ContactModel::Phones).data().toString(),
                 QStringLiteral("011 15-2345-6789, 011 15-0000-0000"));
        QCOMPARE(model.index(1, ContactModel::Role).data().toString(), QStringLiteral("Vet"));

        model.setPrimary(1);
        QCOMPARE(column(model, ContactModel::Primary), (QStringList{"", "Primary"}));
        ContactEntry renamed = model.contacts()[1];
        renamed.person.name = "Dra. Vet";
        model.setContact(1, renamed);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Dra. Vet"));
        model.removeContact(1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.contacts()[0].primary);
        QCOMPARE(edited.count(), 5);
        model.setContacts({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPetModels)
#include "TestPetModels.moc"
