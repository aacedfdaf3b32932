// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace petinfo::server {

class DbConnection;

/** The `detail` a WhatsApp send job waits with while its organisation's plan has no WhatsApp, and
 *  the code of a synced pet row whose tag waits for a claim (its row is stored all the same). */
inline constexpr std::string_view kPaymentRequired = "payment_required";

/** What an organisation's plan allows, asked by the modules whose actions are paid for. The
 *  `require…` calls throw ApiError 402 `payment_required` naming the plan that would allow it.
 *  Nothing here ever limits reading, syncing or exporting an organisation's own records. */
class Entitlements
{
public:
    virtual ~Entitlements() = default;
    /** Before a device token is issued (in its transaction): one more device or kiosk. */
    virtual void requireDevice(DbConnection& db, const std::string& orgId, bool kiosk) = 0;
    /** Before WhatsApp is turned on for the organisation. */
    virtual void requireWhatsApp(DbConnection& db, const std::string& orgId) = 0;
    /** Whether a WhatsApp message may go out now (queued sends wait while it is false). */
    virtual bool allowsWhatsApp(DbConnection& db, const std::string& orgId) = 0;
    /** Before the organisation claims `count` tags it does not hold yet, in the claiming
     *  transaction: whether its quota (plan plus paid packs) allows them. When the quota is
     *  limited the organisation's row is locked, so two claims cannot both take the last one. */
    virtual bool allowsTagClaims(DbConnection& db, const std::string& orgId, std::int64_t count) = 0;
    /** As allowsTagClaims, but throws 402 `payment_required` naming the add-on and the plan
     *  that would allow it (for actions that only claim tags: blank tags for printing). */
    virtual void requireTagClaims(DbConnection& db, const std::string& orgId, std::int64_t count) = 0;
};

} // namespace petinfo::server
