// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

namespace petinfo::test {

/** A test that runs once per storage engine, each time against a fresh server process. */
class ServerTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(GetParam());
        server = start(config());
    }

    /** Config keys for this suite's server (over the test defaults). */
    virtual std::map<std::string, std::string> config() const { return {}; }

    std::unique_ptr<ServerProcess> start(std::map<std::string, std::string> extra) const
    {
        ServerOptions options;
        options.backend = GetParam();
        options.config = std::move(extra);
        return std::make_unique<ServerProcess>(options);
    }

    std::unique_ptr<ServerProcess> server;
};

} // namespace petinfo::test

#define PETINFO_INSTANTIATE_FOR_ENGINES(Suite)                                                                         \
    INSTANTIATE_TEST_SUITE_P(Engines, Suite,                                                                           \
                             ::testing::Values(::petinfo::test::Backend::Sqlite, ::petinfo::test::Backend::Postgres),  \
                             [](const ::testing::TestParamInfo<::petinfo::test::Backend>& p) {                         \
                                 return ::petinfo::test::backendName(p.param);                                         \
                             })
