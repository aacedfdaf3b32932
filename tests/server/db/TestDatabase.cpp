// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "db/Migrations.h"
#include "petinfo/common/Random.h"
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

using namespace petinfo::server;
using petinfo::test::Backend;

TEST(Dialect, PlaceholdersAndTokens)
{
    EXPECT_EQ(dialectSql("SELECT a FROM t WHERE x = ? AND y = ?", Engine::Postgres),
              "SELECT a FROM t WHERE x = $1 AND y = $2");
    EXPECT_EQ(dialectSql("SELECT a FROM t WHERE x = ? AND y = ?", Engine::Sqlite),
              "SELECT a FROM t WHERE x = ? AND y = ?");
    EXPECT_EQ(dialectSql("SELECT '?' , ? FROM t {FOR_UPDATE}", Engine::Postgres), "SELECT '?' , $1 FROM t FOR UPDATE");
    EXPECT_EQ(dialectSql("SELECT 1 FROM t {FOR_UPDATE}", Engine::Sqlite), "SELECT 1 FROM t ");
    EXPECT_EQ(dialectSql("data {BLOB} NOT NULL", Engine::Postgres), "data BYTEA NOT NULL");
    EXPECT_EQ(dialectSql("data {BLOB} NOT NULL", Engine::Sqlite), "data BLOB NOT NULL");
}

TEST(PostgresUrl, BecomesConninfo)
{
    EXPECT_EQ(postgresConninfoFromUrl("postgresql://app:s%40cret@db.internal:5433/petinfo?sslmode=require").value(),
              "host='db.internal' port='5433' user='app' password='s@cret' dbname='petinfo' sslmode='require'");
    EXPECT_EQ(postgresConninfoFromUrl("postgres://postgres@127.0.0.1:5432/postgres").value(),
              "host='127.0.0.1' port='5432' user='postgres' dbname='postgres'");
    EXPECT_EQ(postgresConninfoFromUrl("postgresql://u:it's@h/d").value(),
              "host='h' user='u' password='it\\'s' dbname='d'");
    EXPECT_FALSE(postgresConninfoFromUrl("mysql://h/d").has_value());
    EXPECT_FALSE(postgresConninfoFromUrl("postgresql://h/d?bad").has_value());
    EXPECT_FALSE(postgresConninfoFromUrl("postgresql://h/d?x=%zz").has_value());
    EXPECT_FALSE(postgresConninfoFromUrl("postgresql://h/d?host=1&Evil=1").has_value());
}

TEST(PostgresUrl, PasswordFromASecretStore)
{
    EXPECT_EQ(conninfoWithPassword("host='h' user='u'", "p'w"), "host='h' user='u' password='p\\'w'");
    EXPECT_EQ(conninfoWithPassword("host='h'", ""), "host='h'");
}

TEST(PostgresUrl, RedactsThePassword)
{
    EXPECT_EQ(redactedUrl("postgresql://app:secret@db:5432/petinfo"), "postgresql://app:***@db:5432/petinfo");
    EXPECT_EQ(redactedUrl("postgresql://app@db/petinfo"), "postgresql://app@db/petinfo");
}

TEST(Migrations, NumberedFromOneWithoutGaps)
{
    int expected = 1;
    for (const Migration& m : migrations()) {
        EXPECT_EQ(m.version, expected++);
        EXPECT_FALSE(m.description.empty());
    }
}

class StorageTest : public ::testing::TestWithParam<Backend>
{
protected:
    std::unique_ptr<Database> open()
    {
        DatabaseSettings s;
        if (GetParam() == Backend::Postgres) {
            m_pg = petinfo::test::PgDatabase::create();
            s.engine = Engine::Postgres;
            s.postgresConninfo = postgresConninfoFromUrl(m_pg->url()).value();
        } else {
            m_dir = std::filesystem::temp_directory_path() / ("petinfo-db-" + petinfo::test::uuid());
            std::filesystem::create_directories(m_dir);
            s.sqlitePath = (m_dir / "test.db").string();
        }
        s.poolSize = 4;
        return std::make_unique<Database>(s);
    }
    void TearDown() override
    {
        if (!m_dir.empty()) {
            std::filesystem::remove_all(m_dir);
        }
    }
    std::unique_ptr<petinfo::test::PgDatabase> m_pg;
    std::filesystem::path m_dir;
};

TEST_P(StorageTest, MigratesOnceAndAgainIsANoOp)
{
    PETINFO_REQUIRE_BACKEND(GetParam());
    auto db = open();
    db->migrate();
    db->migrate();
    Lease c = db->acquire();
    const SqlRows rows = c->rows("SELECT version FROM schema_migrations ORDER BY version");
    ASSERT_EQ(rows.size(), migrations().size());
    EXPECT_EQ(rows.integer(rows.size() - 1, 0), migrations().back().version);
}

TEST_P(StorageTest, ConcurrentMigrationsOfTwoServersAgree)
{
    PETINFO_REQUIRE_BACKEND(GetParam());
    auto a = open();
    DatabaseSettings same;
    std::unique_ptr<Database> b;
    if (GetParam() == Backend::Postgres) {
        same.engine = Engine::Postgres;
        same.postgresConninfo = postgresConninfoFromUrl(m_pg->url()).value();
    } else {
        same.sqlitePath = (m_dir / "test.db").string();
    }
    b = std::make_unique<Database>(same);
    std::thread t([&] { a->migrate(); });
    b->migrate();
    t.join();
    Lease c = a->acquire();
    EXPECT_EQ(c->rows("SELECT COUNT(*) FROM schema_migrations").integer(0, 0),
              static_cast<std::int64_t>(migrations().size()));
}

// Migration 6 repairs what earlier servers stored unchecked (issue 15): tag ids that are not tag
// ids leave the tag table and the tag column, the bad values of deleted rows go, and a live row's
// optional ids that are not ids are emptied. Good rows stay byte for byte.
TEST_P(StorageTest, Migration6RemovesTagIdsAndValuesOfTheWrongShape)
{
    PETINFO_REQUIRE_BACKEND(GetParam());
    auto db = open();
    db->migrate(5);
    const std::string org = petinfo::test::uuid();
    const std::string goodTag = petinfo::newTagId();
    const std::string badTag = "AAAAAAAAAAAAAAAAAAAAAA/../x";
    const std::string deletedPet = petinfo::test::uuid();
    const std::string livePet = petinfo::test::uuid();
    const std::string goodPet = petinfo::test::uuid();
    const std::string goodFields = R"({"name":"Rex","tagId":")" + goodTag + R"("})";
    {
        Lease c = db->acquire();
        c->exec("INSERT INTO organisations (id, name, kind, created_ms) VALUES (?, 'Clinic', 'clinic', 1)", org);
        c->exec("INSERT INTO org_versions (org_id, version, horizon) VALUES (?, 3, 0)", org);
        for (const std::string& tag : {goodTag, badTag, std::string(5000, 'A')}) {
            c->exec("INSERT INTO tags (tag_id, org_id, created_ms) VALUES (?, ?, 1)", tag, org);
        }
        auto insert = [&](const std::string& id, const std::string& fields, const std::string& clocks, bool deleted,
                          const std::string& tagColumn, std::int64_t version) {
            c->exec("INSERT INTO sync_rows (org_id, entity, row_id, fields, clocks, deleted, pet_id, tag_id, version, "
                    "updated_ms) VALUES (?, 'pet', ?, ?, ?, ?, ?, ?, ?, 1)",
                    org, id, fields, clocks, deleted, id, tagColumn, version);
        };
        insert(deletedPet, R"({"deleted":true,"name":"Gone","tagId":")" + badTag + R"("})",
               R"({"deleted":"c1","name":"c1","tagId":"c1"})", true, badTag, 1);
        insert(livePet, R"({"name":"Luna","photoId":"../../etc/passwd"})", R"({"name":"c1","photoId":"c1"})", false, "",
               2);
        insert(goodPet, goodFields, R"({"name":"c1","tagId":"c1"})", false, goodTag, 3);
    }
    db->migrate();
    Lease c = db->acquire();
    const SqlRows tags = c->rows("SELECT tag_id FROM tags");
    ASSERT_EQ(tags.size(), 1u);
    EXPECT_EQ(tags.text(0, 0), goodTag);
    const SqlRows rows = c->rows("SELECT row_id, fields, clocks, tag_id FROM sync_rows ORDER BY version");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows.text(0, 1), R"({"deleted":true,"name":"Gone"})");
    EXPECT_EQ(rows.text(0, 2), R"({"deleted":"c1","name":"c1"})");
    EXPECT_EQ(rows.text(0, 3), "");
    EXPECT_EQ(rows.text(1, 1), R"({"name":"Luna","photoId":""})");
    EXPECT_EQ(rows.text(2, 1), goodFields);
    EXPECT_EQ(rows.text(2, 3), goodTag);
}

TEST_P(StorageTest, RoundTripsTextIntegersAndBytes)
{
    PETINFO_REQUIRE_BACKEND(GetParam());
    auto db = open();
    db->migrate();
    std::string bytes;
    for (int i = 0; i < 256; ++i) {
        bytes += static_cast<char>(i);
    }
    db->transaction(true, [&](DbConnection& c) {
        c.exec("INSERT INTO organisations (id, name, kind, created_ms) VALUES (?, ?, ?, ?)", "org", "Clínica ñandú",
               "clinic", std::int64_t{1} << 40);
        const std::array<SqlParam, 6> p{SqlParam("org"), SqlParam("sha"),       SqlParam("image/png"),
                                        SqlParam(256),   SqlParam::blob(bytes), SqlParam(7)};
        c.execute("INSERT INTO blobs (org_id, sha256, mime_type, size, data, created_ms) VALUES (?, ?, ?, ?, ?, ?)", p);
    });
    Lease c = db->acquire();
    const SqlRows org = c->rows("SELECT name, created_ms FROM organisations WHERE id = ?", "org");
    EXPECT_EQ(org.text(0, 0), "Clínica ñandú");
    EXPECT_EQ(org.integer(0, 1), std::int64_t{1} << 40);
    EXPECT_EQ(c->rows("SELECT data FROM blobs WHERE org_id = ?", "org").text(0, 0), bytes);
}

TEST_P(StorageTest, RollsBackWhenTheWorkThrows)
{
    PETINFO_REQUIRE_BACKEND(GetParam());
    auto db = open();
    db->migrate();
    EXPECT_THROW(db->transaction(true,
                                 [](DbConnection& c) {
                                     c.exec("INSERT INTO organisations (id, name, kind, created_ms) VALUES "
                                            "('x', 'x', 'clinic', 1)");
                                     throw std::runtime_error("boom");
                                 }),
                 std::runtime_error);
    Lease c = db->acquire();
    EXPECT_EQ(c->rows("SELECT COUNT(*) FROM organisations").integer(0, 0), 0);
}

TEST_P(StorageTest, UniqueViolationIsAConstraintError)
{
    PETINFO_REQUIRE_BACKEND(GetParam());
    auto db = open();
    db->migrate();
    Lease c = db->acquire();
    c->exec("INSERT INTO organisations (id, name, kind, created_ms) VALUES ('x', 'x', 'clinic', 1)");
    try {
        c->exec("INSERT INTO organisations (id, name, kind, created_ms) VALUES ('x', 'x', 'clinic', 1)");
        FAIL() << "expected a constraint error";
    } catch (const DbError& e) {
        EXPECT_EQ(e.kind(), DbError::Kind::Constraint) << e.what();
    }
}

TEST_P(StorageTest, RepeatedStatementsFollowTheirTableWhenItChanges)
{
    // PostgreSQL connections keep their statements prepared: a change of the table, on the same
    // connection or by another server, must not leave a stale one behind.
    PETINFO_REQUIRE_BACKEND(GetParam());
    auto db = open();
    db->migrate();
    Lease c = db->acquire();
    c->exec("CREATE TABLE probe (a INTEGER)");
    c->exec("INSERT INTO probe (a) VALUES (?)", std::int64_t{7});
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(c->rows("SELECT * FROM probe").columns(), 1u);
    }
    c->exec("ALTER TABLE probe ADD COLUMN b INTEGER");
    EXPECT_EQ(c->rows("SELECT * FROM probe").columns(), 2u);
    if (GetParam() != Backend::Postgres) {
        return; // only replicas on PostgreSQL change tables under a running server
    }

    {
        Lease other = db->acquire();
        other->exec("ALTER TABLE probe ADD COLUMN c INTEGER");
    }
    SqlRows rows;
    try {
        rows = c->rows("SELECT * FROM probe");
    } catch (const DbError& e) {
        EXPECT_EQ(e.kind(), DbError::Kind::Transient) << e.what(); // so the request is retried
        rows = c->rows("SELECT * FROM probe");
    }
    EXPECT_EQ(rows.columns(), 3u);
    EXPECT_EQ(rows.integer(0, 0), 7);
}

INSTANTIATE_TEST_SUITE_P(Engines, StorageTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) {
                             return petinfo::test::backendName(p.param);
                         });
