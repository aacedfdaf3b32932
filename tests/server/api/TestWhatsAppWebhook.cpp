// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/webhooks/whatsapp on a real server: the verification handshake, signatures (forged,
// wrong secret, truncated: 401 and nothing changes), and "STOP" opting a person out as a
// server-authored change that a desktop pulls.
#include "notifications/WhatsAppWebhook.h"
#include "support/ReminderClinic.h"
#include "support/ServerTest.h"

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;

class WhatsAppWebhook : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(GetParam());
        clinic = std::make_unique<ReminderClinic>(GetParam(), ReminderClinic::nextMondayAt(8));
    }
    std::unique_ptr<ReminderClinic> clinic;
};

TEST_P(WhatsAppWebhook, TheHandshakeEchoesTheChallengeOnlyForTheVerifyToken)
{
    ServerProcess& s = clinic->server();
    HttpResponse r = s.get("/api/v1/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=test-verify-token&"
                           "hub.challenge=1158201444");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, "1158201444");
    EXPECT_EQ(r.header("content-type").rfind("text/plain", 0), 0u);
    EXPECT_EQ(s.get("/api/v1/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1").status, 403);
    EXPECT_EQ(s.get("/api/v1/webhooks/whatsapp?hub.mode=unsubscribe&hub.verify_token=test-verify-token&"
                    "hub.challenge=1")
                  .status,
              403);
    EXPECT_EQ(s.get("/api/v1/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=test-verify-token&"
                    "hub.challenge=%3Cscript%3E")
                  .status,
              403)
        << "only a plain token is echoed";
    EXPECT_EQ(s.log().find("test-verify-token"), std::string::npos) << "the verify token was logged";
}

TEST_P(WhatsAppWebhook, ForgedWrongSecretAndTruncatedBodiesAreRefusedAndChangeNothing)
{
    const std::string ana = clinic->addPerson("Ana", "+5491123456789", true, "es");
    const auto before = clinic->device().pullAll(0).cursor;
    FakeWhatsApp& fake = clinic->fake();
    const std::string stop = fake.inboundTextPayload("5491123456789", "STOP");

    HttpRequest unsigned_{"POST", "/api/v1/webhooks/whatsapp", stop, "application/json", {}, {}};
    EXPECT_EQ(clinic->server().request(unsigned_).status, 401);

    EXPECT_EQ(fake.deliver(clinic->server(), stop, "not-the-app-secret").status, 401);

    HttpRequest truncated = unsigned_;
    truncated.headers.emplace_back("X-Hub-Signature-256", "sha256=" + opensslHmacSha256("test-app-secret", stop));
    truncated.body = stop.substr(0, stop.size() - 10);
    EXPECT_EQ(clinic->server().request(truncated).status, 401);

    HttpRequest forged = unsigned_;
    forged.headers.emplace_back("X-Hub-Signature-256", "sha256=" + std::string(64, 'a'));
    const HttpResponse r = clinic->server().request(forged);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.errorCode(), "invalid_signature");

    HttpRequest otherBody = unsigned_;
    otherBody.headers.emplace_back("X-Hub-Signature-256",
                                   "sha256=" + opensslHmacSha256("test-app-secret", fake.inboundTextPayload("1", "x")));
    EXPECT_EQ(clinic->server().request(otherBody).status, 401) << "a signature of another body";

    EXPECT_EQ(clinic->device().pullAll(0).cursor, before) << "nothing changed";
    EXPECT_EQ(field(clinic->rowsWhere(EntityType::Person, "name", "Ana").at(0), "whatsappOptIn"), "true");

    // Signed but not a notification: 400, nothing changes either.
    EXPECT_EQ(fake.deliver(clinic->server(), R"({"object":"page"})").status, 400);
    EXPECT_EQ(fake.deliver(clinic->server(), "[1,2").status, 400);
    EXPECT_EQ(clinic->device().pullAll(0).cursor, before);
    (void)ana;
}

TEST_P(WhatsAppWebhook, StopOptsThePersonOutAndTheChangeSyncsToDesktops)
{
    const std::string ana = clinic->addPerson("Ana", "+5491123456789", true, "es");
    const std::string other = clinic->addPerson("Otro", "+5491199999999", true, "es");
    // The same person in a second clinic: "STOP" to the shared number stops both.
    const Account second = signUp(clinic->server(), "Otra Clínica");
    SyncDevice secondDevice(clinic->server(), second);
    const std::string anaThere = uuid();
    secondDevice.push({secondDevice.change(
        EntityType::Person, anaThere, {{"name", "Ana D."}, {"phones", {"+5491123456789"}}, {"whatsappOptIn", true}})});
    // A desktop that synced before.
    SyncDevice desktop(clinic->server(),
                       signIn(clinic->server(), clinic->admin().email, clinic->admin().password, "desktop-2"));
    const auto cursor = desktop.pullAll(0).cursor;

    const HttpResponse r =
        clinic->fake().deliver(clinic->server(), clinic->fake().inboundTextPayload("5491123456789", " ¡Baja! "));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["optOuts"], 2);

    const sync::PullResponse pulled = desktop.pullAll(cursor);
    ASSERT_EQ(pulled.rows.size(), 1u) << "only Ana's row changed";
    const sync::SyncRow& row = pulled.rows[0];
    EXPECT_EQ(row.type, EntityType::Person);
    EXPECT_EQ(row.id, ana);
    EXPECT_EQ(field(row, "whatsappOptIn"), "false");
    EXPECT_EQ(row.fields.at("whatsappOptIn").clock.node.str(), "server") << "a server-authored edit";
    EXPECT_EQ(field(row, "name"), "Ana") << "the rest of the row is kept";
    EXPECT_EQ(field(secondDevice.pullAll(0).rows.back(), "whatsappOptIn"), "false");
    EXPECT_EQ(field(clinic->rowsWhere(EntityType::Person, "name", "Otro").at(0), "whatsappOptIn"), "true");

    // Twice is once; other words opt nobody out.
    const auto after = desktop.pullAll(cursor).cursor;
    EXPECT_EQ(clinic->fake()
                  .deliver(clinic->server(), clinic->fake().inboundTextPayload("5491123456789", "STOP"))
                  .json()["optOuts"],
              0);
    EXPECT_EQ(clinic->fake()
                  .deliver(clinic->server(), clinic->fake().inboundTextPayload("5491199999999", "stop please"))
                  .json()["optOuts"],
              0);
    EXPECT_EQ(desktop.pullAll(cursor).cursor, after);
    (void)other;
}

TEST_P(WhatsAppWebhook, ReadinessSaysWhetherWhatsAppIsOn)
{
    const json ready = clinic->server().get("/readyz").json();
    EXPECT_EQ(ready["notifications"]["whatsapp"], "on");
    ServerProcess bare;
    const json off = bare.get("/readyz").json();
    EXPECT_EQ(off["notifications"]["whatsapp"], "off");
    EXPECT_EQ(off["notifications"]["missing"].size(), 4u);
    EXPECT_NE(bare.log().find("WhatsApp notifications are off"), std::string::npos);
    // Without an app secret nothing is accepted.
    EXPECT_EQ(clinic->fake().deliver(bare, clinic->fake().inboundTextPayload("5491123456789", "STOP"), "").status, 401);
}

TEST(WhatsAppStopWords, AreRecognisedAloneWithPunctuationButNotInsideSentences)
{
    for (const char* yes : {"STOP", "stop", " Stop. ", "BAJA", "baja!", "\u00a1Baja!", "PARAR", "parar\n"}) {
        EXPECT_TRUE(server::WhatsAppWebhook::isStopWord(yes)) << yes;
    }
    for (const char* no : {"", "stop please", "no pares", "STOPP", "bajá", "alto", "S T O P 1"}) {
        EXPECT_FALSE(server::WhatsAppWebhook::isStopWord(no)) << no;
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, WhatsAppWebhook, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) { return backendName(p.param); });
