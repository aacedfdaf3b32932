// SPDX-License-Identifier: GPL-3.0-or-later
// Found reports on a pet, as they arrive from the server through a pull: the banner above the
// pet's editor, the Found reports tab, and "seen" on this computer.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/FoundReportsPage.h"
#include "gui/PetEditorDialog.h"
#include "models/FoundReportModel.h"
#include "models/PhoneText.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/sync/Merge.h"
#include "sync/SyncStore.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestFoundReports final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    test::ScriptedPrompts m_prompts;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    /** A foundReport row as a pull stores it, then the reset a pull announces. */
    QString receive(const QString& petId, const std::string& finder, const std::string& phone, const std::string& e164,
                    const std::string& place, const std::string& message, qint64 at)
    {
        const std::string id = newUuid();
        const nlohmann::json entity{{"id", id},
                                    {"petId", petId.toStdString()},
                                    {"tagId", ""},
                                    {"finderName", finder},
                                    {"finderPhone", phone},
                                    {"finderPhoneE164", e164},
                                    {"place", place},
                                    {"message", message},
                                    {"language", "es"},
                                    {"state", "open"},
                                    {"reportedAt", at},
                                    {"closedAt", 0},
                                    {"createdAt", at},
                                    {"updatedAt", at}};
        const sync::SyncRow row =
            sync::merge(sync::SyncRow{},
                        sync::changeFromEntity(sync::EntityType::FoundReport, entity, sync::Hlc{at, 0, "server"}))
                .row;
        [&] {
            QVERIFY(SyncStore(m_f.service().database()).putRow(row).hasValue());
        }();
        m_f.service().announceReset();
        return QString::fromStdString(id);
    }

    std::unique_ptr<PetEditorDialog> editor(const QString& petId)
    {
        auto e = std::make_unique<PetEditorDialog>(m_f.service(), m_prompts, petId);
        e->show();
        [&] {
            QVERIFY(QTest::qWaitForWindowExposed(e.get()));
        }();
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Argentina));
        setPhoneRegion(QStringLiteral("AR"));
    }

    void init() { QVERIFY(m_f.setUp()); }

    void testNoReportsNoBanner()
    {
        const QString pet = m_f.addPet(QStringLiteral("Luna"));
        auto e = editor(pet);
        QVERIFY(!child<FoundBanner>(e.get(), "foundBannerWidget")->isVisible());
        e->showTab(PetEditorDialog::FoundTab);
        QVERIFY(child<QLabel>(e.get(), "noFoundReportsLabel")->isVisible());
        QVERIFY(!child<QTableView>(e.get(), "foundReportsTableView")->isVisible());
        test::snapshot(e.get(), QStringLiteral("found-reports-empty"));
    }

    void testReportsArriveShowAndAreSeen()
    {
        const QString pet = m_f.addPet(QStringLiteral("Luna"));
        const QString other = m_f.addPet(QStringLiteral("Toby"));
        auto e = editor(pet);
        auto* banner = child<FoundBanner>(e.get(), "foundBannerWidget");
        auto* table = child<QTableView>(e.get(), "foundReportsTableView");
        auto* tabs = child<QTabWidget>(e.get(), "editorTabWidget");

        // While the editor is open, a pull brings two reports for Luna and one for Toby.
        receive(pet, "Marta", "15 5555-1111", "", "Parque Centenario", "", test::kNowMs - 3'600'000);
        receive(other, "Someone", "1", "", "x", "", test::kNowMs - 60'000);
        receive(pet, "Juan Gómez", "011 15-4444-3333", "+5491144443333", "Plaza Italia",
                "Lo tengo en casa <b>bien</b>\nllamen a la noche", test::kNowMs - 120'000);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Juan Gómez")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("Plaza Italia")));
        QVERIFY(banner->text().contains(QStringLiteral("011 15-4444-3333")));
        QVERIFY(banner->text().contains(QStringLiteral("1 more new report")));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, FoundReportModel::Finder).data().toString(), QStringLiteral("Juan Gómez"));
        QCOMPARE(table->model()->index(0, FoundReportModel::Phone).data().toString(),
                 QStringLiteral("011 15-4444-3333"));
        QCOMPARE(table->model()->index(0, FoundReportModel::Message).data().toString(),
                 QStringLiteral("Lo tengo en casa <b>bien</b>"));
        QCOMPARE(table->model()->index(1, FoundReportModel::Phone).data().toString(), QStringLiteral("15 5555-1111"));
        QVERIFY(table->model()->index(0, 0).data(FoundReportModel::NewRole).toBool());
        test::snapshot(e.get(), QStringLiteral("found-banner"));

        // The banner's button opens the list and marks the reports seen here.
        QTest::mouseClick(child<QPushButton>(e.get(), "showFoundReportsButton"), Qt::LeftButton);
        QCOMPARE(tabs->currentIndex(), int(PetEditorDialog::FoundTab));
        QTRY_VERIFY(!banner->isVisible());
        auto* details = child<QLabel>(e.get(), "foundReportDetailsLabel");
        QCOMPARE(details->textFormat(), Qt::PlainText);
        QVERIFY2(details->text().contains(QStringLiteral("Lo tengo en casa <b>bien</b>\nllamen a la noche")),
                 qPrintable(details->text()));
        QVERIFY(!child<QPushButton>(e.get(), "markSeenButton")->isEnabled());
        QVERIFY(!table->model()->index(0, 0).data(FoundReportModel::NewRole).toBool());
        test::snapshot(e.get(), QStringLiteral("found-reports-list"));

        // Seen stays seen in a new editor; Toby's report is still new on Toby.
        e.reset();
        auto again = editor(pet);
        QVERIFY(!child<FoundBanner>(again.get(), "foundBannerWidget")->isVisible());
        again.reset();
        auto toby = editor(other);
        QVERIFY(child<FoundBanner>(toby.get(), "foundBannerWidget")->isVisible());
        // A new report brings the banner back, naming only the new one.
        toby.reset();
        auto luna = editor(pet);
        receive(pet, "Ana", "+55 11 98765-4321", "+5511987654321", "Palermo", "", test::kNowMs);
        auto* lunaBanner = child<FoundBanner>(luna.get(), "foundBannerWidget");
        QTRY_VERIFY(lunaBanner->isVisible());
        QVERIFY(lunaBanner->text().contains(QStringLiteral("+55 11 98765-4321")));
        QVERIFY(!lunaBanner->text().contains(QStringLiteral("more new")));
        // The keyboard reaches it too: Mark all as seen on the tab.
        luna->showTab(PetEditorDialog::FoundTab);
        QTest::mouseClick(child<QPushButton>(luna.get(), "markSeenButton"), Qt::LeftButton);
        QTRY_VERIFY(!lunaBanner->isVisible());
    }
};

QTEST_MAIN(TestFoundReports)
#include "TestFoundReports.moc"
