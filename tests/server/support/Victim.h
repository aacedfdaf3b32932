// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/ServerProcess.h"

#include <string>
#include <vector>

namespace petinfo::test {

/** An organisation filled with one of everything, and the strings that identify its data, so a
 *  test can check that none of them appears where it must not. */
struct Victim
{
    Account admin;
    Account member;
    std::string petId;
    std::string personId;
    std::string recordId;
    std::string tagId;
    std::string sha256;
    std::string invitationId;
    std::string deviceId;
    std::vector<std::string> secrets; ///< ids, names, emails, phone numbers

    static Victim create(const ServerProcess& server);
    /** Everything the organisation holds, as one comparable JSON text. */
    std::string snapshot(const ServerProcess& server) const;
};

} // namespace petinfo::test
