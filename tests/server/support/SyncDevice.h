// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/sync/Messages.h"
#include "support/ServerProcess.h"

namespace petinfo::test {

/** One client device in a test: its account, its HLC and its next mutation id. */
class SyncDevice
{
public:
    SyncDevice(const ServerProcess& server, Account account);

    const Account& account() const { return m_account; }
    /** Talk to another server process from now on (replicas share the database). */
    void useServer(const ServerProcess& server) { m_server = &server; }
    sync::Hlc tick() { return m_hlc.now(); }
    std::int64_t nextMutationId() const { return m_nextId; }
    void setNextMutationId(std::int64_t id) { m_nextId = id; }

    /** Wraps changes in mutations with the next ids (without sending them). */
    std::vector<sync::Mutation> mutations(const std::vector<sync::SyncRow>& changes);
    /** POSTs a push request as it is. */
    HttpResponse pushRaw(const std::vector<sync::Mutation>& mutations, int schemaVersion = sync::kSchemaVersion);
    /** Pushes changes with the next ids; fails the test unless the answer is 200. */
    sync::PushResponse push(const std::vector<sync::SyncRow>& changes);
    HttpResponse pullRaw(std::int64_t cursor, int limit = sync::kDefaultPullLimit);
    /** Pulls every page from `cursor` and returns all rows and the final cursor. */
    sync::PullResponse pullAll(std::int64_t cursor = 0, int limit = sync::kDefaultPullLimit);

    /** A change setting fields of one row, stamped now. */
    sync::SyncRow change(sync::EntityType type, const std::string& id, const nlohmann::json& values);

private:
    const ServerProcess* m_server;
    Account m_account;
    sync::HlcClock m_hlc;
    std::int64_t m_nextId = 1;
};

} // namespace petinfo::test
