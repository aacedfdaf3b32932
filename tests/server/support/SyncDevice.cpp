// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SyncDevice.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace petinfo::test {

SyncDevice::SyncDevice(const ServerProcess& server, Account account)
    : m_server(&server)
    , m_account(std::move(account))
    , m_hlc(SystemClock::instance(), m_account.clientId)
{}

std::vector<sync::Mutation> SyncDevice::mutations(const std::vector<sync::SyncRow>& changes)
{
    std::vector<sync::Mutation> out;
    for (const sync::SyncRow& c : changes) {
        out.push_back(sync::Mutation{m_nextId++, c, std::nullopt});
    }
    return out;
}

HttpResponse SyncDevice::pushRaw(const std::vector<sync::Mutation>& mutations, int schemaVersion)
{
    sync::PushRequest request{schemaVersion, m_account.clientId, mutations};
    return m_server->post("/api/v1/sync/push", sync::toJson(request), m_account.token);
}

sync::PushResponse SyncDevice::push(const std::vector<sync::SyncRow>& changes)
{
    const HttpResponse r = pushRaw(mutations(changes));
    if (r.status != 200) {
        throw std::runtime_error("push failed: " + std::to_string(r.status) + " " + r.body);
    }
    auto decoded = sync::pushResponseFromJson(r.json());
    if (!decoded) {
        throw std::runtime_error("bad push response: " + decoded.error().detail);
    }
    (void)m_hlc.receive(decoded->serverClock);
    return *decoded;
}

HttpResponse SyncDevice::pullRaw(std::int64_t cursor, int limit)
{
    return m_server->post("/api/v1/sync/pull", sync::toJson(sync::PullRequest{sync::kSchemaVersion, cursor, limit}),
                          m_account.token);
}

sync::PullResponse SyncDevice::pullAll(std::int64_t cursor, int limit)
{
    sync::PullResponse all;
    all.cursor = cursor;
    for (int page = 0; page < 10000; ++page) {
        const HttpResponse r = pullRaw(all.cursor, limit);
        if (r.status != 200) {
            throw std::runtime_error("pull failed: " + std::to_string(r.status) + " " + r.body);
        }
        auto decoded = sync::pullResponseFromJson(r.json());
        if (!decoded) {
            throw std::runtime_error("bad pull response: " + decoded.error().detail);
        }
        all.rows.insert(all.rows.end(), decoded->rows.begin(), decoded->rows.end());
        all.cursor = decoded->cursor;
        all.serverClock = decoded->serverClock;
        (void)m_hlc.receive(decoded->serverClock);
        if (!decoded->hasMore) {
            return all;
        }
    }
    throw std::runtime_error("pull did not end");
}

sync::SyncRow SyncDevice::change(sync::EntityType type, const std::string& id, const nlohmann::json& values)
{
    return sync::makeChange(type, id, values, m_hlc.now());
}

} // namespace petinfo::test
