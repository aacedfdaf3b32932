// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/Recipients.h"

#include "integrations/whatsapp/MessageSender.h"

namespace petinfo::server {

using nlohmann::json;

std::string whatsappNumber(const sync::SyncRow& person)
{
    const json* phones = person.value("phones");
    if (phones && phones->is_array()) {
        for (const json& p : *phones) {
            if (p.is_string() && whatsapp::recipientDigits(p.get<std::string>())) {
                return p.get<std::string>();
            }
        }
    }
    return {};
}

bool whatsappOptedIn(const sync::SyncRow& person)
{
    const json* v = person.value("whatsappOptIn");
    return !person.isDeleted() && v && v->is_boolean() && v->get<bool>();
}

bool whatsappVerified(const sync::SyncRow& person)
{
    const json* v = person.value("whatsappVerifiedPhone");
    const std::string number = whatsappNumber(person);
    return v && v->is_string() && !number.empty() && v->get<std::string>() == number;
}

bool mayMessage(const sync::SyncRow& person, bool requireVerified)
{
    return whatsappOptedIn(person) && !whatsappNumber(person).empty() && (!requireVerified || whatsappVerified(person));
}

} // namespace petinfo::server
