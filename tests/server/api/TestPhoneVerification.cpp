// SPDX-License-Identifier: GPL-3.0-or-later
// Confirming an owner's WhatsApp number by one-time code, on a real server with a moved clock and
// the fake Cloud API: the code goes out in the approved template to the right number, staff type
// it (wrong codes, expiry and tries refused) or the owner replies with it or with "SI", and the
// verified state reaches a second desktop as a server-authored edit. Reminders only go to
// verified, opted-in numbers; a changed number is not verified any more.
#include "notifications/PhoneVerification.h"
#include "support/BillingShop.h"
#include "support/ReminderClinic.h"
#include "support/ServerTest.h"

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;
using sync::SyncRow;

namespace {

constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMinute;

/** The body parameters of a template message the fake received. */
std::vector<std::string> parameters(const json& body)
{
    std::vector<std::string> out;
    for (const json& p : body["template"]["components"][0]["parameters"]) {
        out.push_back(p["text"].get<std::string>());
    }
    return out;
}

} // namespace

class PhoneVerification : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(GetParam());
        start = ReminderClinic::nextMondayAt(10);
        clinic = std::make_unique<ReminderClinic>(GetParam(), start,
                                                  std::map<std::string, std::string>{
                                                      {"whatsapp.requireVerifiedNumber", "true"},
                                                      {"whatsapp.verificationPerOrgPerHour", "6"},
                                                  });
        ASSERT_EQ(clinic->saveSettings({{"overdueDays", 0}}).status, 200);
        ana = clinic->addPerson("Ana", "+5491123456789", false, "es-AR");
    }

    std::string path(const std::string& personId, const std::string& action = {}) const
    {
        return "/api/v1/people/" + personId + "/whatsapp-verification" + (action.empty() ? "" : "/" + action);
    }
    HttpResponse ask(const std::string& personId)
    {
        return clinic->server().post(path(personId), json::object(), clinic->admin().token);
    }
    HttpResponse confirm(const std::string& personId, const std::string& code)
    {
        return clinic->server().post(path(personId, "confirm"), json{{"code", code}}, clinic->admin().token);
    }
    /** Asks for a code and returns it as the fake received it (the owner's phone shows it). */
    std::string codeSentTo(const std::string& personId)
    {
        const std::size_t before = clinic->fake().accepted().size();
        const HttpResponse r = ask(personId);
        EXPECT_EQ(r.status, 200) << r.body;
        EXPECT_TRUE(clinic->fake().waitForRequests(before + 1));
        EXPECT_TRUE(clinic->waitFor([&] { return clinic->fake().accepted().size() > before; }));
        const auto accepted = clinic->fake().accepted();
        return accepted.empty() ? std::string() : parameters(accepted.back().body).at(1);
    }
    SyncRow person(const std::string& id)
    {
        for (const SyncRow& row : clinic->rows(EntityType::Person)) {
            if (row.id == id) {
                return row;
            }
        }
        return SyncRow{};
    }
    std::string wrongCodeFor(const std::string& code) const { return code == "000000" ? "111111" : "000000"; }

    std::int64_t start = 0;
    std::unique_ptr<ReminderClinic> clinic;
    std::string ana;
};

TEST_P(PhoneVerification, TheCodeGoesOutInTheTemplateAndStaffConfirmItThenADesktopPullsTheVerifiedState)
{
    SyncDevice desktop(clinic->server(),
                       signIn(clinic->server(), clinic->admin().email, clinic->admin().password, "desktop-2"));
    const auto cursor = desktop.pullAll(0).cursor;

    const HttpResponse asked = ask(ana);
    ASSERT_EQ(asked.status, 200) << asked.body;
    EXPECT_EQ(asked.json()["phone"], "+5491123456789");
    EXPECT_EQ(asked.json()["expiresAt"].get<std::int64_t>() - asked.json()["sentAt"].get<std::int64_t>(), 10 * kMinute);
    ASSERT_TRUE(clinic->waitFor([&] { return clinic->fake().accepted().size() == 1; }));
    const json body = clinic->fake().accepted()[0].body;
    EXPECT_EQ(body["to"], "5491123456789");
    EXPECT_EQ(body["template"]["name"], "petinfo_verification_code");
    EXPECT_EQ(body["template"]["language"]["code"], "es");
    const auto params = parameters(body);
    ASSERT_EQ(params.size(), 2u);
    EXPECT_EQ(params[0], "Clínica Zanahoria");
    const std::string code = params[1];
    ASSERT_EQ(code.size(), 6u);
    EXPECT_EQ(code.find_first_not_of("0123456789"), std::string::npos);

    // The code's message is a synced row like any other: the desktop shows "code sent at …".
    const auto messages = clinic->rowsWhere(EntityType::Message, "personId", ana);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(field(messages[0], "purpose"), "verification");
    ASSERT_TRUE(clinic->waitFor(
        [&] { return field(clinic->rowsWhere(EntityType::Message, "personId", ana).at(0), "state") == "sent"; }));
    const json pending = clinic->server().get(path(ana), clinic->admin().token).json();
    EXPECT_EQ(pending["verified"], false);
    EXPECT_EQ(pending["pending"]["triesLeft"], 5);

    const HttpResponse wrong = confirm(ana, wrongCodeFor(code));
    EXPECT_EQ(wrong.status, 400) << wrong.body;
    EXPECT_EQ(wrong.errorCode(), "wrong_code");
    EXPECT_EQ(wrong.json()["error"]["triesLeft"], 4);
    EXPECT_EQ(confirm(ana, "12ab").errorCode(), "invalid_code");
    EXPECT_EQ(field(person(ana), "whatsappVerifiedPhone"), "") << "a wrong code verifies nothing";

    // Staff type what the owner reads out, spaces and all.
    const HttpResponse right = confirm(ana, code.substr(0, 3) + " " + code.substr(3));
    ASSERT_EQ(right.status, 200) << right.body;
    EXPECT_EQ(right.json()["verified"], true);
    EXPECT_EQ(right.json()["verifiedBy"], "Admin of Clínica Zanahoria");
    EXPECT_EQ(confirm(ana, code).errorCode(), "no_code") << "a code is used once";

    const sync::PullResponse pulled = desktop.pullAll(cursor);
    const auto it = std::find_if(pulled.rows.begin(), pulled.rows.end(), [&](const SyncRow& r) { return r.id == ana; });
    ASSERT_NE(it, pulled.rows.end());
    EXPECT_EQ(field(*it, "whatsappOptIn"), "true");
    EXPECT_EQ(field(*it, "whatsappVerifiedPhone"), "+5491123456789");
    EXPECT_EQ(field(*it, "whatsappVerifiedBy"), "Admin of Clínica Zanahoria");
    EXPECT_EQ(intField(*it, "whatsappVerifiedAt"), clinic->now());
    EXPECT_EQ(it->fields.at("whatsappVerifiedPhone").clock.node.str(), "server") << "a server-authored edit";
    EXPECT_EQ(field(*it, "name"), "Ana");

    const json state = clinic->server().get(path(ana), clinic->admin().token).json();
    EXPECT_EQ(state["verified"], true);
    EXPECT_TRUE(state["pending"].is_null());
}

TEST_P(PhoneVerification, ADeviceCannotWriteTheVerifiedFields)
{
    const sync::PushResponse r = clinic->device().push({clinic->device().change(
        EntityType::Person, ana, {{"whatsappVerifiedPhone", "+5491123456789"}, {"whatsappOptIn", true}})});
    ASSERT_EQ(r.results.size(), 1u);
    EXPECT_EQ(r.results[0].status, sync::MutationStatus::Rejected);
    ASSERT_TRUE(r.results[0].error.has_value());
    EXPECT_EQ(r.results[0].error->code, "forbidden");
    EXPECT_EQ(field(person(ana), "whatsappVerifiedPhone"), "");
    EXPECT_EQ(field(person(ana), "whatsappOptIn"), "false") << "the whole change is refused";
}

TEST_P(PhoneVerification, AnExpiredCodeAndTooManyWrongTriesAreRefused)
{
    const std::string code = codeSentTo(ana);
    ASSERT_EQ(code.size(), 6u);
    clinic->advance(10 * kMinute + 1000, 0);
    const HttpResponse late = confirm(ana, code);
    EXPECT_EQ(late.status, 409) << late.body;
    EXPECT_EQ(late.errorCode(), "code_expired");

    const std::string again = codeSentTo(ana);
    ASSERT_EQ(again.size(), 6u);
    for (int i = 4; i >= 0; --i) {
        const HttpResponse wrong = confirm(ana, wrongCodeFor(again));
        ASSERT_EQ(wrong.errorCode(), "wrong_code");
        EXPECT_EQ(wrong.json()["error"]["triesLeft"], i);
    }
    const HttpResponse exhausted = confirm(ana, again);
    EXPECT_EQ(exhausted.status, 409) << exhausted.body;
    EXPECT_EQ(exhausted.errorCode(), "too_many_tries") << "not even the right code now";
    EXPECT_EQ(field(person(ana), "whatsappVerifiedPhone"), "");

    // A new code starts over.
    const std::string third = codeSentTo(ana);
    EXPECT_EQ(confirm(ana, third).status, 200);
}

TEST_P(PhoneVerification, TheOwnerRepliesWithTheCodeOrWithYes)
{
    SyncDevice desktop(clinic->server(),
                       signIn(clinic->server(), clinic->admin().email, clinic->admin().password, "desktop-2"));
    const auto cursor = desktop.pullAll(0).cursor;
    const std::string code = codeSentTo(ana);
    ASSERT_EQ(code.size(), 6u);
    FakeWhatsApp& fake = clinic->fake();
    // Somebody else's number, and other words, confirm nothing.
    EXPECT_EQ(fake.deliver(clinic->server(), fake.inboundTextPayload("5491199999999", "SI")).json()["verified"], 0);
    EXPECT_EQ(
        fake.deliver(clinic->server(), fake.inboundTextPayload("5491123456789", "si claro que no")).json()["verified"],
        0);
    EXPECT_EQ(
        fake.deliver(clinic->server(), fake.inboundTextPayload("5491123456789", wrongCodeFor(code))).json()["verified"],
        0);
    EXPECT_EQ(clinic->server().get(path(ana), clinic->admin().token).json()["pending"]["triesLeft"], 4)
        << "a wrong code by reply uses a try";

    const HttpResponse yes = fake.deliver(clinic->server(), fake.inboundTextPayload("5491123456789", " ¡Sí! "));
    ASSERT_EQ(yes.status, 200) << yes.body;
    EXPECT_EQ(yes.json()["verified"], 1);
    const sync::PullResponse pulled = desktop.pullAll(cursor);
    const auto it = std::find_if(pulled.rows.begin(), pulled.rows.end(), [&](const SyncRow& r) { return r.id == ana; });
    ASSERT_NE(it, pulled.rows.end());
    EXPECT_EQ(field(*it, "whatsappOptIn"), "true");
    EXPECT_EQ(field(*it, "whatsappVerifiedPhone"), "+5491123456789");
    EXPECT_EQ(field(*it, "whatsappVerifiedBy"), std::string(petinfo::kVerifiedByReply));

    // Replying with the code works the same.
    const std::string beto = clinic->addPerson("Beto", "+5511987654321", false, "pt-BR");
    const std::string betoCode = codeSentTo(beto);
    EXPECT_EQ(parameters(fake.accepted().back().body).size(), 2u);
    EXPECT_EQ(fake.accepted().back().body["template"]["language"]["code"], "pt_BR");
    EXPECT_EQ(fake.deliver(clinic->server(), fake.inboundTextPayload("5511987654321", betoCode)).json()["verified"], 1);
    EXPECT_EQ(field(person(beto), "whatsappVerifiedPhone"), "+5511987654321");
}

TEST_P(PhoneVerification, RemindersGoOnlyToVerifiedOptedInNumbersAndANewNumberIsNotVerified)
{
    // Opted in by a push, never verified: nothing goes to Beto.
    const std::string beto = clinic->addPerson("Beto", "+5491188887777", true, "es");
    ASSERT_EQ(confirm(ana, codeSentTo(ana)).status, 200);
    const std::size_t codes = clinic->fake().accepted().size();
    const Date today = ReminderClinic::localDate(clinic->now());
    const std::string pet = clinic->addPet("Firulais", {{ana, "owner"}, {beto, "owner"}});
    clinic->addRecord(pet, "Antirrábica", today, today.addDays(14));
    clinic->advance(kHour);
    ASSERT_TRUE(clinic->waitFor([&] { return clinic->fake().accepted().size() == codes + 1; }));
    clinic->advance(kHour, 500);
    const auto accepted = clinic->fake().accepted();
    ASSERT_EQ(accepted.size(), codes + 1) << "one reminder, to Ana only";
    EXPECT_EQ(accepted.back().body["to"], "5491123456789");
    EXPECT_EQ(accepted.back().body["template"]["name"], "vaccine_reminder");

    // Ana changes her number: verification no longer holds, the next reminder goes to nobody.
    clinic->device().push({clinic->device().change(EntityType::Person, ana, {{"phones", {"+5491100001111"}}})});
    const json state = clinic->server().get(path(ana), clinic->admin().token).json();
    EXPECT_EQ(state["verified"], false);
    EXPECT_EQ(state["verifiedPhone"], "+5491123456789");
    const std::string other = clinic->addPet("Michi", {{ana, "owner"}});
    clinic->addRecord(other, "Antirrábica", today, today.addDays(14));
    clinic->advance(kHour, 800);
    EXPECT_EQ(clinic->fake().accepted().size(), codes + 1);
    const auto skipped = clinic->rowsWhere(EntityType::Reminder, "petId", other);
    ASSERT_FALSE(skipped.empty());
    ASSERT_TRUE(clinic->waitFor([&] {
        const auto rows = clinic->rowsWhere(EntityType::Reminder, "petId", other);
        return std::any_of(rows.begin(), rows.end(),
                           [](const SyncRow& r) { return field(r, "reason") == "no_recipient"; });
    }));
}

TEST_P(PhoneVerification, CodeRequestsAreLimitedPerPersonAndOrganisation)
{
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(ask(ana).status, 200);
    }
    const HttpResponse fourth = ask(ana);
    EXPECT_EQ(fourth.status, 429) << fourth.body;
    EXPECT_EQ(fourth.errorCode(), "rate_limited");
    EXPECT_GT(fourth.json()["error"]["retryAfter"].get<int>(), 0);
    // The replaced codes' messages were cancelled: only the newest may go out.
    ASSERT_TRUE(clinic->waitFor([&] {
        const auto rows = clinic->rowsWhere(EntityType::Message, "personId", ana);
        return std::count_if(rows.begin(), rows.end(), [](const SyncRow& r) { return field(r, "state") == "sent"; }) >=
               1;
    }));

    std::vector<std::string> people;
    for (int i = 0; i < 4; ++i) {
        people.push_back(
            clinic->addPerson("P" + std::to_string(i), "+54911000000" + std::to_string(10 + i), false, "es"));
    }
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(ask(people[i]).status, 200) << i;
    }
    EXPECT_EQ(ask(people[3]).errorCode(), "rate_limited") << "six an hour for the organisation";

    clinic->advance(kHour + kMinute, 0);
    EXPECT_EQ(ask(people[3]).status, 200);
    EXPECT_EQ(ask(ana).status, 200);
}

TEST_P(PhoneVerification, StaffRevokeAndMistakesAreClear)
{
    ASSERT_EQ(confirm(ana, codeSentTo(ana)).status, 200);
    const HttpResponse revoked = clinic->server().post(path(ana, "revoke"), json::object(), clinic->admin().token);
    ASSERT_EQ(revoked.status, 200) << revoked.body;
    const SyncRow row = person(ana);
    EXPECT_EQ(field(row, "whatsappOptIn"), "false");
    EXPECT_EQ(field(row, "whatsappVerifiedPhone"), "");

    const std::string nobody = uuid();
    clinic->device().push(
        {clinic->device().change(EntityType::Person, nobody, {{"name", "Sin número"}, {"phones", json::array()}})});
    EXPECT_EQ(ask(nobody).errorCode(), "no_whatsapp_number");
    EXPECT_EQ(ask(uuid()).status, 404);
    EXPECT_EQ(confirm(ana, "123456").errorCode(), "no_code");
    const Account other = signUp(clinic->server(), "Otra");
    EXPECT_EQ(clinic->server().post(path(ana), json::object(), other.token).status, 404) << "another organisation's";

    ServerProcess bare;
    const Account alone = signUp(bare, "Sin WhatsApp");
    SyncDevice device(bare, alone);
    const std::string id = uuid();
    device.push({device.change(EntityType::Person, id, {{"name", "Ana"}, {"phones", {"+5491123456789"}}})});
    const HttpResponse off = bare.post(path(id), json::object(), alone.token);
    EXPECT_EQ(off.status, 409) << off.body;
    EXPECT_EQ(off.errorCode(), "notifications_off");
}

TEST(PhoneVerificationBilling, AFreePlanNeitherSendsCodesNorSchedulesMessages)
{
    PETINFO_REQUIRE_BACKEND(Backend::Sqlite);
    BillingShop shop;
    std::map<std::string, std::string> config = shop.config();
    config["whatsapp.requireVerifiedNumber"] = "false"; // so that scheduling reaches the plan check
    ReminderClinic clinic(Backend::Sqlite, ReminderClinic::nextMondayAt(8), config);
    const std::string ana = clinic.addPerson("Ana", "+5491123456789", true, "es");
    const std::string pet = clinic.addPet("Firulais", {{ana, "owner"}});

    const HttpResponse code =
        clinic.server().post("/api/v1/people/" + ana + "/whatsapp-verification", json::object(), clinic.admin().token);
    EXPECT_EQ(code.status, 402) << code.body;
    EXPECT_EQ(code.errorCode(), "payment_required");
    const HttpResponse scheduled =
        clinic.server().post("/api/v1/pets/" + pet + "/scheduled-messages",
                             json{{"personId", ana},
                                  {"date", ReminderClinic::localDate(clinic.now()).addDays(1).toIso()},
                                  {"time", "10:00"},
                                  {"text", "Hola"}},
                             clinic.admin().token);
    EXPECT_EQ(scheduled.status, 402) << scheduled.body;
    EXPECT_EQ(scheduled.errorCode(), "payment_required");
    clinic.setTime(clinic.now() + 60 * kMinute, 500);
    EXPECT_EQ(clinic.fake().received().size(), 0u);
}

TEST(PhoneVerificationWords, YesAndCodesAreRecognisedAlone)
{
    for (const char* yes : {"SI", "si", "Sí", " ¡SÍ! ", "sim", "Yes.", "YES\n"}) {
        EXPECT_TRUE(server::PhoneVerification::isYesWord(yes)) << yes;
    }
    for (const char* no : {"", "no", "si claro", "sii", "yes please", "123456"}) {
        EXPECT_FALSE(server::PhoneVerification::isYesWord(no)) << no;
    }
    EXPECT_EQ(server::PhoneVerification::codeIn("123456").value_or(""), "123456");
    EXPECT_EQ(server::PhoneVerification::codeIn(" 123-456 ").value_or(""), "123456");
    EXPECT_FALSE(server::PhoneVerification::codeIn("12345").has_value());
    EXPECT_FALSE(server::PhoneVerification::codeIn("1234567").has_value());
    EXPECT_FALSE(server::PhoneVerification::codeIn("code 123456").has_value());
}

INSTANTIATE_TEST_SUITE_P(Engines, PhoneVerification, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) { return backendName(p.param); });
