// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/sync/Row.h"

#include <string>

namespace petinfo::server {

/** The first of a person's numbers that WhatsApp can take (E.164), or empty. */
std::string whatsappNumber(const sync::SyncRow& person);

/** Whether the person (alive) said yes to WhatsApp messages. */
bool whatsappOptedIn(const sync::SyncRow& person);

/** Whether the person's WhatsApp number is the one they confirmed by one-time code: a changed
 *  number is not verified any more. */
bool whatsappVerified(const sync::SyncRow& person);

/** Whether reminders and alerts may go to this person: opted in, with a WhatsApp number, and
 *  (when `requireVerified`) that number confirmed. */
bool mayMessage(const sync::SyncRow& person, bool requireVerified);

} // namespace petinfo::server
