// SPDX-License-Identifier: GPL-3.0-or-later
// The Cloud API client against the local fake of the API (a real HTTP server): the wire format,
// how each kind of answer is classified, settings, and the webhook signature checked against the
// openssl command line tool.
#include "integrations/whatsapp/CloudApiClient.h"
#include "integrations/whatsapp/Signature.h"
#include "support/FakeWhatsApp.h"

#include <Poco/Net/ServerSocket.h>
#include <Poco/Util/MapConfiguration.h>

#include <gtest/gtest.h>

#include <chrono>

using namespace petinfo::server::whatsapp;
using nlohmann::json;
using petinfo::test::FakeWhatsApp;

namespace {

WhatsAppSettings settingsFor(const FakeWhatsApp& fake)
{
    WhatsAppSettings s;
    s.baseUrl = fake.baseUrl();
    s.apiVersion = fake.options().version;
    s.phoneNumberId = fake.options().phoneNumberId;
    s.accessToken = fake.options().accessToken;
    s.appSecret = fake.options().appSecret;
    s.verifyToken = "verify";
    s.timeoutMs = 800;
    return s;
}

const Template kReminder{"vaccine_reminder", "es", {"Zanahoria", "Antirrábica", "1 de diciembre de 2026"}};

} // namespace

TEST(WhatsAppClient, ATemplateMessageGoesOutAsTheApiExpectsIt)
{
    FakeWhatsApp fake;
    CloudApiClient client(settingsFor(fake));
    const SendOutcome out = client.sendTemplate("+5491123456789", kReminder);
    ASSERT_EQ(out.kind, SendOutcome::Kind::Accepted) << out.error;
    const auto accepted = fake.accepted();
    ASSERT_EQ(accepted.size(), 1u);
    EXPECT_EQ(out.messageId, accepted[0].messageId);
    const json& body = accepted[0].body;
    EXPECT_EQ(body["messaging_product"], "whatsapp");
    EXPECT_EQ(body["to"], "5491123456789") << "international digits, no plus sign";
    EXPECT_EQ(body["type"], "template");
    EXPECT_EQ(body["template"]["name"], "vaccine_reminder");
    EXPECT_EQ(body["template"]["language"]["code"], "es");
    EXPECT_EQ(body["template"]["components"][0]["parameters"][1]["text"], "Antirrábica");
}

TEST(WhatsAppClient, ATextMessageGoesOut)
{
    FakeWhatsApp fake;
    CloudApiClient client(settingsFor(fake));
    const SendOutcome out = client.sendText("+5511987654321", "Hola, ¿cómo está Zanahoria?");
    ASSERT_EQ(out.kind, SendOutcome::Kind::Accepted) << out.error;
    EXPECT_EQ(fake.accepted().at(0).body["text"]["body"], "Hola, ¿cómo está Zanahoria?");
}

TEST(WhatsAppClient, RefusedMessagesArePermanentWithTheProvidersReason)
{
    FakeWhatsApp fake;
    CloudApiClient client(settingsFor(fake));

    SendOutcome out = client.sendTemplate("+5491123456789", Template{"no_such_template", "es", {"a"}});
    EXPECT_EQ(out.kind, SendOutcome::Kind::Permanent);
    EXPECT_EQ(out.httpStatus, 400);
    EXPECT_EQ(out.error.rfind("132001: Template name does not exist", 0), 0u) << out.error;

    out = client.sendTemplate("+5491123456789", Template{"vaccine_reminder", "es", {"only one"}});
    EXPECT_EQ(out.kind, SendOutcome::Kind::Permanent);
    EXPECT_EQ(out.error.rfind("132000:", 0), 0u) << out.error;

    fake.setPolicy([](const json&) { return FakeWhatsApp::Answer::Undeliverable; });
    out = client.sendTemplate("+5491123456789", kReminder);
    EXPECT_EQ(out.kind, SendOutcome::Kind::Permanent);
    EXPECT_EQ(out.error, "131026: Message undeliverable (the recipient is not a WhatsApp user)");
}

TEST(WhatsAppClient, ThrottlingAndServerErrorsAreTransient)
{
    FakeWhatsApp fake;
    CloudApiClient client(settingsFor(fake));
    fake.setPolicy([](const json&) { return FakeWhatsApp::Answer::TooMany; });
    SendOutcome out = client.sendTemplate("+5491123456789", kReminder);
    EXPECT_EQ(out.kind, SendOutcome::Kind::Transient);
    EXPECT_EQ(out.httpStatus, 429);
    EXPECT_EQ(out.retryAfterMs.value_or(0), 2000);

    fake.setPolicy([](const json&) { return FakeWhatsApp::Answer::ServerError; });
    out = client.sendTemplate("+5491123456789", kReminder);
    EXPECT_EQ(out.kind, SendOutcome::Kind::Transient);
    EXPECT_EQ(out.httpStatus, 500);
}

TEST(WhatsAppClient, ARefusedTokenKeepsTheMessageForLater)
{
    FakeWhatsApp fake;
    WhatsAppSettings s = settingsFor(fake);
    s.accessToken = "expired";
    CloudApiClient client(s);
    const SendOutcome out = client.sendTemplate("+5491123456789", kReminder);
    EXPECT_EQ(out.kind, SendOutcome::Kind::Transient);
    EXPECT_EQ(out.httpStatus, 401);
    EXPECT_EQ(out.error.rfind("190:", 0), 0u) << out.error;
    EXPECT_TRUE(fake.accepted().empty());
}

TEST(WhatsAppClient, NoAnswerIsAnUnknownOutcome)
{
    FakeWhatsApp fake;
    CloudApiClient client(settingsFor(fake));
    fake.setPolicy([](const json&) { return FakeWhatsApp::Answer::Hang; });
    const auto started = std::chrono::steady_clock::now();
    const SendOutcome out = client.sendTemplate("+5491123456789", kReminder);
    const auto took = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(out.kind, SendOutcome::Kind::Unknown) << out.error;
    EXPECT_LT(took, std::chrono::seconds(5)) << "the timeout bounds the wait";
    fake.releaseHung();
}

TEST(WhatsAppClient, AnUnreachableApiIsTransient)
{
    int closedPort = 0;
    {
        Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
        closedPort = probe.address().port();
    }
    WhatsAppSettings s;
    s.baseUrl = "http://127.0.0.1:" + std::to_string(closedPort);
    s.phoneNumberId = "1";
    s.accessToken = "t";
    s.timeoutMs = 500;
    CloudApiClient client(s);
    EXPECT_EQ(client.sendTemplate("+5491123456789", kReminder).kind, SendOutcome::Kind::Transient);
}

TEST(WhatsAppClient, RecipientsAreInternationalDigits)
{
    EXPECT_EQ(recipientDigits("+5491123456789").value_or(""), "5491123456789");
    EXPECT_FALSE(recipientDigits("5491123456789").has_value());
    EXPECT_FALSE(recipientDigits("+54 9 11 2345 6789").has_value());
    EXPECT_FALSE(recipientDigits("+0123456789").has_value());
    EXPECT_FALSE(recipientDigits("+1234").has_value());
    FakeWhatsApp fake;
    CloudApiClient client(settingsFor(fake));
    const SendOutcome out = client.sendTemplate("011 4321-9876", kReminder);
    EXPECT_EQ(out.kind, SendOutcome::Kind::Permanent);
    EXPECT_TRUE(fake.received().empty()) << "nothing is sent for a number that cannot be one";
}

TEST(WhatsAppClient, AnAcceptedAnswerWithoutAnIdIsUnknown)
{
    EXPECT_EQ(CloudApiClient::classify(200, "", R"({"messaging_product":"whatsapp"})").kind,
              SendOutcome::Kind::Unknown);
    EXPECT_EQ(CloudApiClient::classify(200, "", R"({"messages":[{"id":"wamid.X"}]})").messageId, "wamid.X");
    EXPECT_EQ(CloudApiClient::classify(400, "", R"({"error":{"code":131056,"message":"pair rate"}})").kind,
              SendOutcome::Kind::Transient);
    EXPECT_EQ(CloudApiClient::classify(400, "", "not json").kind, SendOutcome::Kind::Permanent);
    EXPECT_EQ(CloudApiClient::classify(503, "", "").error, "HTTP 503");
}

TEST(WhatsAppSettings, OffUntilEverySecretIsThere)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> config(new Poco::Util::MapConfiguration);
    auto noEnv = [](const std::string&) -> std::optional<std::string> {
        return std::nullopt;
    };
    WhatsAppSettings s = loadWhatsAppSettings(*config, noEnv);
    EXPECT_FALSE(s.enabled());
    EXPECT_EQ(s.missing(), (std::vector<std::string>{"whatsapp.phoneNumberId", "whatsapp.accessToken",
                                                     "whatsapp.appSecret", "whatsapp.verifyToken"}));
    EXPECT_TRUE(s.problems().empty());

    config->setString("whatsapp.phoneNumberId", "106540352242922");
    config->setString("whatsapp.accessToken", "from-file");
    std::map<std::string, std::string> env{{"PETINFO_WHATSAPP_ACCESS_TOKEN", "from-env"},
                                           {"PETINFO_WHATSAPP_APP_SECRET", "secret"},
                                           {"PETINFO_WHATSAPP_VERIFY_TOKEN", "verify"},
                                           {"PETINFO_WHATSAPP_BASE_URL", "http://127.0.0.1:9/"}};
    s = loadWhatsAppSettings(*config, [&](const std::string& name) -> std::optional<std::string> {
        const auto it = env.find(name);
        return it == env.end() ? std::nullopt : std::optional<std::string>(it->second);
    });
    EXPECT_TRUE(s.enabled());
    EXPECT_EQ(s.accessToken, "from-env");
    EXPECT_EQ(s.messagesUrl(), "http://127.0.0.1:9/v22.0/106540352242922/messages");

    s.baseUrl = "ftp://x";
    s.apiVersion = "22";
    s.phoneNumberId = "+1 555";
    EXPECT_EQ(s.problems().size(), 3u);
}

TEST(WhatsAppSignature, MatchesOpensslAndRefusesEverythingElse)
{
    const std::string secret = "a0b1c2-app-secret";
    const std::string body = R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[]}]})";
    const std::string header = signatureHeader(secret, body);
    EXPECT_EQ(header, "sha256=" + petinfo::test::opensslHmacSha256(secret, body));
    EXPECT_TRUE(verifySignature(secret, body, header));

    std::string upper = header;
    for (std::size_t i = 7; i < upper.size(); ++i) {
        upper[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[i])));
    }
    EXPECT_TRUE(verifySignature(secret, body, upper)) << "hex digits in either case";

    EXPECT_FALSE(verifySignature("another secret", body, header));
    EXPECT_FALSE(verifySignature(secret, body.substr(0, body.size() - 1), header)) << "truncated body";
    EXPECT_FALSE(verifySignature(secret, body + " ", header));
    EXPECT_FALSE(verifySignature(secret, body, header.substr(7))) << "without sha256=";
    EXPECT_FALSE(verifySignature(secret, body, header.substr(0, header.size() - 1)));
    EXPECT_FALSE(verifySignature(secret, body, ""));
    EXPECT_FALSE(verifySignature("", body, signatureHeader("", body))) << "no secret configured";
    std::string flipped = header;
    flipped.back() = flipped.back() == '0' ? '1' : '0';
    EXPECT_FALSE(verifySignature(secret, body, flipped));
}
