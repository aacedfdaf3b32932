// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Roles.h"
#include "petinfo/common/sync/Merge.h"
#include "petinfo/common/sync/Messages.h"

#include <optional>
#include <string>

/** Who may write and read what of the adoption rows, beyond mayWrite / mayRead (docs/adoption.md):
 *  a kiosk only creates applications, and the server stamps where they came from; only admins
 *  and staff decide on applications; volunteers read applications without the applicant's
 *  contact details. */
namespace petinfo::server::adoption {

/** Why `role` may not apply `change` to `stored` (empty when not stored yet), or nullopt. */
std::optional<sync::RowProblem> writeProblem(Role role, const sync::SyncRow& stored, const sync::SyncRow& change);

/** The fields the server sets on an application a kiosk creates, whatever the kiosk sent: where
 *  it came from (the kiosk's client id and network address) and a fresh "new" status. */
void stampKioskApplication(sync::SyncRow& change, const std::string& clientId, const std::string& remoteAddress);

/** The applicant's fields a volunteer never receives. */
bool isContactField(std::string_view field);

/** Leaves out of a pulled row what `role` may not read (volunteers: the applicant's contacts).
 *  Returns false when the stored text cannot be read (the row is then left out). */
bool redactForRole(Role role, sync::StoredRow& row);

} // namespace petinfo::server::adoption
