// SPDX-License-Identifier: GPL-3.0-or-later
// The compressed chunks that hold the sync rows of a long pull: every text reads back exactly,
// and a damaged chunk is refused, in C++ and in SQL, without crashing.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowChunk.h"

#include <QRandomGenerator>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestRowChunk final : public QObject
{
    Q_OBJECT

    static std::vector<std::string> sampleTexts(int count)
    {
        std::vector<std::string> texts;
        for (int i = 0; i < count; ++i) {
            texts.push_back(R"({"entity":"pet","id":"p-)" + std::to_string(i) + R"(","fields":{"name":"Ñandú )" +
                            std::string(static_cast<std::size_t>(i % 7), 'x') + R"("},"version":)" +
                            std::to_string(i + 1) + "}");
        }
        return texts;
    }

    static std::vector<std::string_view> views(const std::vector<std::string>& texts)
    {
        return {texts.begin(), texts.end()};
    }

private Q_SLOTS:
    void testEveryTextReadsBack_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("full") << rowchunk::kRowsPerChunk;
    }
    void testEveryTextReadsBack()
    {
        QFETCH(int, count);
        std::vector<std::string> texts = sampleTexts(count);
        texts.front().clear();                   // an empty text is kept as empty
        texts.back() += std::string(20000, 'n'); // a long note
        const std::string packed = rowchunk::pack(views(texts));
        QVERIFY(packed.size() < 4 + texts.back().size()); // it compresses
        for (int i = 0; i < count; ++i) {
            const auto text = rowchunk::unpack(packed, i);
            QVERIFY(text);
            QCOMPARE(*text, texts[static_cast<std::size_t>(i)]);
        }
        QVERIFY(!rowchunk::unpack(packed, count));
        QVERIFY(!rowchunk::unpack(packed, -1));
    }

    void testReferencesNameChunkAndIndex()
    {
        const std::int64_t ref = rowchunk::reference(12345, rowchunk::kRowsPerChunk - 1);
        QCOMPARE(rowchunk::chunkOf(ref), std::int64_t{12345});
        QCOMPARE(rowchunk::indexOf(ref), rowchunk::kRowsPerChunk - 1);
        QCOMPARE(rowchunk::indexOf(rowchunk::reference(1, 0)), 0);
    }

    void testDamagedChunksAreRefused()
    {
        const std::vector<std::string> texts = sampleTexts(10);
        const std::string packed = rowchunk::pack(views(texts));
        QVERIFY(!rowchunk::unpack({}, 0));
        QVERIFY(!rowchunk::unpack(packed.substr(0, 3), 0));
        QVERIFY(!rowchunk::unpack(packed.substr(0, packed.size() - 1), 0)); // cut short
        std::string longer = packed;
        longer[0] = static_cast<char>(longer[0] + 1); // claims one byte more than it holds
        QVERIFY(!rowchunk::unpack(longer, 0));
        std::string huge = packed;
        huge[3] = '\x7f'; // claims two gigabytes
        QVERIFY(!rowchunk::unpack(huge, 0));
        // Random damage never crashes and never reads out of bounds (run under ASan too).
        QRandomGenerator random(20261206);
        for (int round = 0; round < 2000; ++round) {
            std::string damaged = packed;
            const int flips = 1 + random.bounded(4);
            for (int f = 0; f < flips; ++f) {
                const auto at = static_cast<std::size_t>(random.bounded(static_cast<int>(damaged.size())));
                damaged[at] = static_cast<char>(random.bounded(256));
            }
            for (int index = 0; index < 11; ++index) {
                (void)rowchunk::unpack(damaged, index);
            }
        }
    }

    void testSqlFunctionReadsAndRefuses()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        const std::vector<std::string> texts = sampleTexts(3);
        const std::string packed = rowchunk::pack(views(texts));
        {
            Query q(*t.db, QStringLiteral("SELECT petinfo_sync_row(?, 2)"));
            q.bindBlob(packed);
            QVERIFY(q.exec().hasValue());
            QVERIFY(q.next());
            QCOMPARE(q.str(0), texts[2]);
        }
        {
            Query q(*t.db, QStringLiteral("SELECT petinfo_sync_row(?, 0)"));
            q.bindBlob(packed.substr(0, 5));
            auto r = q.exec();
            QVERIFY(!r);
            QVERIFY2(r.error().detail.find("damaged") != std::string::npos, r.error().detail.c_str());
        }
        {
            Query q(*t.db, QStringLiteral("SELECT petinfo_sync_row(NULL, 0)"));
            QVERIFY(!q.exec());
        }
    }
};

QTEST_GUILESS_MAIN(TestRowChunk)
#include "TestRowChunk.moc"
