// SPDX-License-Identifier: GPL-3.0-or-later
// PersonService: a person's WhatsApp number confirmed by one-time code. The server sends the
// code and records the verification; this side reads what sync brought and asks the server.
#include "services/PersonService.h"
#include "services/PetService.h"
#include "storage/ReminderRepository.h"
#include "sync/SyncStore.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace petinfo::client {

namespace {

QString segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

/** The number the server sends to: the first in international form (as the server's check). */
QString whatsappNumberOf(const Person& person)
{
    for (const std::string& phone : person.phones) {
        const QString p = QString::fromStdString(phone);
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
        if (e164.match(p).hasMatch()) {
            return p;
        }
    }
    return {};
}

QString textOf(const sync::SyncRow& row, std::string_view field)
{
    const nlohmann::json* v = row.value(field);
    return v && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
}

} // namespace

StorageResult<WhatsAppVerification> PersonService::whatsAppVerification(const QString& personId)
{
    auto person = m_contacts.person(personId);
    if (!person) {
        return fail(person.error());
    }
    WhatsAppVerification out;
    qint64 changedAtMs = 0;
    out.number = whatsappNumberOf(*person);
    out.optIn = person->whatsappOptIn;
    SyncStore store(m_pets.database());
    auto row = store.find(sync::EntityType::Person, personId);
    if (!row) {
        return fail(row.error());
    }
    if (*row) {
        out.verifiedPhone = textOf(**row, "whatsappVerifiedPhone");
        out.verifiedBy = textOf(**row, "whatsappVerifiedBy");
        out.byReply = out.verifiedBy == QLatin1String(kVerifiedByReply.data(), kVerifiedByReply.size());
        const nlohmann::json* at = (*row)->value("whatsappVerifiedAt");
        out.verifiedAtMs = at && at->is_number_integer() ? at->get<qint64>() : 0;
        // When the server last verified or revoked: codes asked for before are history.
        const auto field = (*row)->fields.find("whatsappVerifiedPhone");
        changedAtMs = field != (*row)->fields.end() ? field->second.clock.wallMs : 0;
    }
    if (out.number.isEmpty()) {
        out.stage = WhatsAppVerification::Stage::NoNumber;
        return out;
    }
    if (!out.verifiedPhone.isEmpty() && out.verifiedPhone == out.number) {
        out.stage = WhatsAppVerification::Stage::Verified;
        return out;
    }
    out.stage = WhatsAppVerification::Stage::NotVerified;
    ReminderRepository messages(m_pets.database());
    auto code = messages.latestMessageOfPerson(personId, MessagePurpose::Verification);
    if (!code) {
        return fail(code.error());
    }
    if (*code && (*code)->createdAtMs > std::max(out.verifiedAtMs, changedAtMs)) {
        const MessageEntry& m = **code;
        out.codeSentAtMs = m.sentAtMs > 0 ? m.sentAtMs : m.createdAtMs;
        out.codeState = m.state;
        out.codeError = m.error;
        if (m.state == MessageState::Failed || m.state == MessageState::Uncertain) {
            out.stage = WhatsAppVerification::Stage::CodeFailed;
        } else if (m.state != MessageState::Cancelled) {
            out.stage = WhatsAppVerification::Stage::CodeSent;
        }
    }
    return out;
}

NetResult<nlohmann::json> PersonService::requestWhatsAppCode(const QString& personId)
{
    return call("POST", QStringLiteral("/api/v1/people/%1/whatsapp-verification").arg(segment(personId)),
                nlohmann::json::object());
}

NetResult<nlohmann::json> PersonService::confirmWhatsAppCode(const QString& personId, const QString& code)
{
    return call("POST", QStringLiteral("/api/v1/people/%1/whatsapp-verification/confirm").arg(segment(personId)),
                nlohmann::json{{"code", code.toStdString()}});
}

NetResult<nlohmann::json> PersonService::revokeWhatsApp(const QString& personId)
{
    return call("POST", QStringLiteral("/api/v1/people/%1/whatsapp-verification/revoke").arg(segment(personId)),
                nlohmann::json::object());
}

NetResult<nlohmann::json> PersonService::call(const QByteArray& method, const QString& path, const nlohmann::json& body)
{
    std::unique_ptr<SyncApi> api = m_apiFactory ? m_apiFactory() : nullptr;
    if (!api) {
        return fail(
            NetError{NetErrc::Unauthorized, 0, "not_signed_in", "this database is not signed in to a server", {}});
    }
    auto result = api->call(method, path, body);
    // A code's message row, or the verified person, comes back with the next pull.
    if (result) {
        Q_EMIT syncWanted();
    }
    return result;
}

} // namespace petinfo::client
