// SPDX-License-Identifier: GPL-3.0-or-later
// OrganisationService against the real server process: the public adoption page's slug read and
// changed by an admin, a taken or reserved slug refused with the server's code, a kiosk token
// refused, and nothing sent when the database is not signed in.
#include "TestServer.h"

#include "services/OrganisationService.h"

#include <QSignalSpy>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;
using petinfo::test::TestServer;

namespace {
const QString kPassword = QStringLiteral("correct horse battery");
} // namespace

class TestOrganisationService final : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QByteArray m_admin;

    OrganisationService::ApiFactory factoryFor(const QByteArray& token) const
    {
        return [url = m_server.url(), token]() {
            auto api = std::make_unique<SyncApi>(url, 10000);
            api->setToken(token);
            return api;
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
        QVERIFY(m_server.signUp(QStringLiteral("admin@patitas.example"), kPassword, QStringLiteral("Refugio Patitas")));
        QVERIFY(m_server.signUp(QStringLiteral("admin@otro.example"), kPassword, QStringLiteral("Otro Refugio")));
        SyncApi api(m_server.url());
        SigninRequest request;
        request.email = QStringLiteral("admin@patitas.example");
        request.password = kPassword;
        request.deviceName = QStringLiteral("test");
        auto signedIn = api.signIn(request);
        QVERIFY(signedIn.hasValue());
        m_admin = signedIn->token;
    }

    void testNotSignedInSendsNothing()
    {
        OrganisationService service;
        QVERIFY(!service.isSignedIn());
        QVERIFY(!service.mayEditPublicPage());
        auto slug = service.fetchPublicSlug();
        QVERIFY(!slug);
        QCOMPARE(slug.error().apiCode, std::string("not_signed_in"));
        QVERIFY(service.publicSlug().isEmpty());
    }

    void testAdminReadsAndChangesTheSlug()
    {
        OrganisationService service;
        QSignalSpy changed(&service, &OrganisationService::publicSlugChanged);
        service.setServer(factoryFor(m_admin), QStringLiteral("admin"));
        QVERIFY(service.mayEditPublicPage());
        auto slug = service.fetchPublicSlug();
        QVERIFY2(slug.hasValue(), slug ? "" : slug.error().message.c_str());
        QCOMPARE(*slug, QStringLiteral("refugio-patitas")); // made from the name at sign-up
        QCOMPARE(changed.size(), 1);
        QVERIFY(service.fetchPublicSlug());
        QCOMPARE(changed.size(), 1); // the same again: no change announced

        auto taken = service.setPublicSlug(QStringLiteral("otro-refugio"));
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, NetErrc::Conflict);
        QCOMPARE(taken.error().apiCode, std::string("slug_taken"));
        auto reserved = service.setPublicSlug(QStringLiteral("admin"));
        QVERIFY(!reserved);
        QCOMPARE(reserved.error().apiCode, std::string("invalid_slug"));
        QCOMPARE(service.publicSlug(), QStringLiteral("refugio-patitas"));

        auto saved = service.setPublicSlug(QStringLiteral(" patitas-felices "));
        QVERIFY(saved.hasValue());
        QCOMPARE(*saved, QStringLiteral("patitas-felices"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("patitas-felices"));
        OrganisationService other; // another computer reads what was saved
        other.setServer(factoryFor(m_admin), QStringLiteral("staff"));
        QVERIFY(!other.mayEditPublicPage());
        QCOMPARE(*other.fetchPublicSlug(), QStringLiteral("patitas-felices"));

        // Signing out forgets it.
        service.setServer({}, {});
        QVERIFY(service.publicSlug().isEmpty());
        QCOMPARE(changed.size(), 3);
    }

    void testKioskCannotChangeTheSlug()
    {
        nlohmann::json kiosk;
        QCOMPARE(m_server.postJson(QStringLiteral("/api/v1/kiosk-devices"), {{"name", "Feria"}}, &kiosk, m_admin), 201);
        OrganisationService service;
        service.setServer(factoryFor(QByteArray::fromStdString(kiosk.value("token", ""))), QStringLiteral("kiosk"));
        QVERIFY(!service.mayEditPublicPage());
        auto refused = service.setPublicSlug(QStringLiteral("kiosk-slug"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, NetErrc::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestOrganisationService)
#include "TestOrganisationService.moc"
