// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Random.h"
#include "petinfo/report/TagUrl.h"

#include <QTest>
#include <QUrl>

using namespace petinfo;
using namespace petinfo::report;

namespace {
const std::string kId = "AbCdEfGhIjKlMnOpQr_-Sg";
} // namespace

class TestTagUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(isTagId(kId)); }

    void testBuildsTagUrl_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        const QString id = QString::fromStdString(kId);
        QTest::newRow("plain") << "https://petinfo.example"
                               << "https://petinfo.example/t/" + id;
        QTest::newRow("trailing slash") << "https://petinfo.example/"
                                        << "https://petinfo.example/t/" + id;
        QTest::newRow("spaces") << "  https://petinfo.example  "
                                << "https://petinfo.example/t/" + id;
        QTest::newRow("path prefix") << "https://example.org/petinfo/"
                                     << "https://example.org/petinfo/t/" + id;
        QTest::newRow("port, http") << "http://localhost:8080"
                                    << "http://localhost:8080/t/" + id;
        QTest::newRow("upper-case host") << "https://PetInfo.Example"
                                         << "https://petinfo.example/t/" + id;
        QTest::newRow("idn host is punycode")
            << QStringLiteral("https://mascotas-año.example")
            << "https://" + QString::fromLatin1(QUrl::toAce(QStringLiteral("mascotas-año.example"))) + "/t/" + id;
    }

    void testBuildsTagUrl()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        auto url = tagUrl(base, kId);
        QVERIFY2(url.hasValue(), url ? "" : url.error().detail.c_str());
        QCOMPARE(*url, expected);
        // Round trip: what we print is what the scanner accepts for our server.
        auto id = tagIdFromScan(*url, base);
        QVERIFY(id.hasValue());
        QCOMPARE(*id, kId);
    }

    void testRejectsBadInput_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("tagId");
        QTest::addColumn<ReportErrc>("code");
        const QString id = QString::fromStdString(kId);
        QTest::newRow("empty base") << "" << id << ReportErrc::InvalidBaseUrl;
        QTest::newRow("relative") << "petinfo.example" << id << ReportErrc::InvalidBaseUrl;
        QTest::newRow("ftp") << "ftp://petinfo.example" << id << ReportErrc::InvalidBaseUrl;
        QTest::newRow("query") << "https://petinfo.example/?x=1" << id << ReportErrc::InvalidBaseUrl;
        QTest::newRow("credentials") << "https://user:pw@petinfo.example" << id << ReportErrc::InvalidBaseUrl;
        QTest::newRow("short id") << "https://petinfo.example"
                                  << "abc" << ReportErrc::InvalidTagId;
        QTest::newRow("bad characters") << "https://petinfo.example"
                                        << "AbCdEfGhIjKlMnOpQrSt/+" << ReportErrc::InvalidTagId;
    }

    void testRejectsBadInput()
    {
        QFETCH(QString, base);
        QFETCH(QString, tagId);
        QFETCH(ReportErrc, code);
        auto url = tagUrl(base, tagId.toStdString());
        QVERIFY(!url.hasValue());
        QCOMPARE(url.error().code, code);
    }

    void testBuildsAdoptionPageUrls()
    {
        const std::string pet = "3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a3b";
        QVERIFY(isUuid(pet));
        auto url = adoptionPetUrl(QStringLiteral(" https://Example.org/petinfo/ "), pet);
        QVERIFY2(url.hasValue(), url ? "" : url.error().detail.c_str());
        QCOMPARE(*url, QStringLiteral("https://example.org/petinfo/adopt/pet/") + QString::fromStdString(pet));
        // The same checks as a tag's address: no QR code that leads nowhere or somewhere else.
        QCOMPARE(adoptionPetUrl(QStringLiteral("petinfo.example"), pet).error().code, ReportErrc::InvalidBaseUrl);
        for (const std::string& bad : {std::string(), kId, std::string("../../admin"), pet + "/thanks"}) {
            auto refused = adoptionPetUrl(QStringLiteral("https://petinfo.example"), bad);
            QVERIFY2(!refused.hasValue(), bad.c_str());
            QCOMPARE(refused.error().code, ReportErrc::InvalidPetId);
        }

        auto page = adoptionPageUrl(QStringLiteral("https://petinfo.example/"), QStringLiteral("refugio-patitas-2"));
        QVERIFY(page.hasValue());
        QCOMPARE(*page, QStringLiteral("https://petinfo.example/adopt/refugio-patitas-2"));
        for (const QString& bad :
             {QString(), QStringLiteral("ab"), QString(41, QLatin1Char('a')), QStringLiteral("Refugio"),
              QStringLiteral("-refugio"), QStringLiteral("refugio-"), QStringLiteral("re--fugio"),
              QStringLiteral("re/fugio"), QStringLiteral("sao joao"), QStringLiteral("s\u00E3o")}) {
            auto refused = adoptionPageUrl(QStringLiteral("https://petinfo.example"), bad);
            QVERIFY2(!refused.hasValue(), qPrintable(bad));
            QCOMPARE(refused.error().code, ReportErrc::InvalidSlug);
        }
        QVERIFY(isPublicSlug(QString(40, QLatin1Char('a'))));

        // A scanned kennel card of an animal up for adoption names the animal.
        for (const QString& scanned : {*url, *url + QStringLiteral("/"), *url + QStringLiteral("?lang=es#form"),
                                       QStringLiteral("  ") + *url + QStringLiteral("\n")}) {
            auto id = petIdFromAdoptionScan(scanned);
            QVERIFY2(id.hasValue(), qPrintable(scanned));
            QCOMPARE(*id, pet);
        }
        for (const QString& other :
             {QStringLiteral("https://example.org/petinfo/adopt/refugio/") + QString::fromStdString(pet),
              QStringLiteral("https://example.org/adopt/pet/not-an-id"),
              QStringLiteral("adopt/pet/") + QString::fromStdString(pet),
              QStringLiteral("https://example.org/t/") + QString::fromStdString(kId), QString::fromStdString(pet)}) {
            QVERIFY2(!petIdFromAdoptionScan(other).hasValue(), qPrintable(other));
        }
        QCOMPARE(adoptionPageUrl(QStringLiteral("ftp://x.example"), QStringLiteral("abc")).error().code,
                 ReportErrc::InvalidBaseUrl);
    }

    void testExtractsTagIdFromScan_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<ReportErrc>("code");
        const QString id = QString::fromStdString(kId);
        const QString base = QStringLiteral("https://petinfo.example");
        QTest::newRow("url") << base + "/t/" + id << base << true << ReportErrc{};
        QTest::newRow("trailing slash") << base + "/t/" + id + "/" << base << true << ReportErrc{};
        QTest::newRow("query and fragment") << base + "/t/" + id + "?utm=x#top" << base << true << ReportErrc{};
        QTest::newRow("http of our https host") << "http://petinfo.example/t/" + id << base << true << ReportErrc{};
        QTest::newRow("host case") << "https://PETINFO.example/t/" + id << base << true << ReportErrc{};
        QTest::newRow("bare id typed") << "  " + id + " " << base << true << ReportErrc{};
        QTest::newRow("any server without base")
            << "https://other.example/t/" + id << QString() << true << ReportErrc{};
        QTest::newRow("foreign host") << "https://other.example/t/" + id << base << false << ReportErrc::ForeignTagUrl;
        QTest::newRow("foreign port") << "https://petinfo.example:444/t/" + id << base << false
                                      << ReportErrc::ForeignTagUrl;
        QTest::newRow("foreign prefix") << base + "/x/t/" + id << base << false << ReportErrc::ForeignTagUrl;
        QTest::newRow("not /t/") << base + "/p/" + id << base << false << ReportErrc::NotATagUrl;
        QTest::newRow("bad id in url") << base + "/t/short" << base << false << ReportErrc::NotATagUrl;
        QTest::newRow("plain text") << "hello" << base << false << ReportErrc::NotATagUrl;
        QTest::newRow("wifi qr") << "WIFI:S:home;T:WPA;P:secret;;" << base << false << ReportErrc::NotATagUrl;
    }

    void testExtractsTagIdFromScan()
    {
        QFETCH(QString, scanned);
        QFETCH(QString, base);
        QFETCH(bool, ok);
        QFETCH(ReportErrc, code);
        auto id = tagIdFromScan(scanned, base);
        QCOMPARE(id.hasValue(), ok);
        if (ok) {
            QCOMPARE(*id, kId);
        } else {
            QCOMPARE(id.error().code, code);
        }
    }

    void testShortIdGroupsFirstEightCharacters()
    {
        QCOMPARE(shortTagId(kId), QStringLiteral("AbCd EfGh"));
        const std::string fresh = newTagId();
        QCOMPARE(shortTagId(fresh).remove(QLatin1Char(' ')), QString::fromStdString(fresh.substr(0, 8)));
    }
};

QTEST_GUILESS_MAIN(TestTagUrl)
#include "TestTagUrl.moc"
