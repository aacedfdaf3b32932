// SPDX-License-Identifier: GPL-3.0-or-later
// readPullResponse must read every answer it takes exactly as pullResponseFromJson reads the
// parsed text, and must not take anything else (the caller then falls back to the full parser).
#include "petinfo/common/sync/Messages.h"

#include <gtest/gtest.h>

#include <random>

using namespace petinfo;
using namespace petinfo::sync;
using nlohmann::json;

namespace {

constexpr std::int64_t kT0 = 1700000000000;

class Generator
{
public:
    explicit Generator(std::uint32_t seed)
        : m_random(seed)
    {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }

    // (Appended rather than added: GCC 12 gives a false -Wrestrict on "literal" + std::string here.)
    static std::string numbered(const char* prefix, int n) { return std::string(prefix).append(std::to_string(n)); }

    std::string text()
    {
        static const std::string pieces[] = {"Rex", "ñandú", "\"quoted\"", "back\\slash", "line\nbreak",
                                             "\t",  "\x01",  "€",          "🐕",           "",
                                             " ",   "}",     "]",          "{\"a\":1}"};
        std::string out;
        for (int i = below(4); i > 0; --i) {
            out += pieces[below(static_cast<int>(std::size(pieces)))];
        }
        return out;
    }

    json value(int depth = 0)
    {
        switch (below(depth < 2 ? 10 : 7)) {
        case 0:
            return nullptr;
        case 1:
            return below(2) == 0;
        case 2:
            return std::int64_t{-1} * below(1000000) - 1; // negative: a signed integer
        case 3:
            return static_cast<std::uint64_t>(below(1000000)) * 1000003u;
        case 4:
            return below(1000) / 7.0;
        case 5:
        case 6:
            return text();
        case 7: {
            json array = json::array();
            for (int i = below(4); i > 0; --i) {
                array.push_back(value(depth + 1));
            }
            return array;
        }
        default: {
            json object = json::object();
            for (int i = below(4); i > 0; --i) {
                object[numbered("k", below(10))] = value(depth + 1);
            }
            return object;
        }
        }
    }

    Hlc clock() { return Hlc{kT0 + below(1000), static_cast<std::uint32_t>(below(3)), numbered("device-", below(3))}; }

    SyncRow row()
    {
        SyncRow row;
        row.type = static_cast<EntityType>(below(static_cast<int>(EnumNames<EntityType>::names.size())));
        row.id = numbered("id-", below(100000));
        if (below(2) == 0) {
            row.id.append("/").append(text());
        }
        row.version = below(4) == 0 ? 0 : below(1000000);
        const Hlc shared = clock();
        for (int i = below(12); i > 0; --i) {
            row.fields[numbered("f", below(20))] = FieldValue{value(), below(3) == 0 ? clock() : shared};
        }
        return row;
    }

    PullResponse response()
    {
        PullResponse r;
        for (int i = below(30); i > 0; --i) {
            r.rows.push_back(row());
        }
        r.cursor = below(2) ? below(1000000) : -below(5);
        r.hasMore = below(2) == 0;
        r.serverClock = clock();
        return r;
    }

private:
    std::mt19937 m_random;
};

void expectSame(const PullResponse& a, const PullResponse& b)
{
    EXPECT_EQ(a.rows, b.rows);
    EXPECT_EQ(a.cursor, b.cursor);
    EXPECT_EQ(a.hasMore, b.hasMore);
    EXPECT_EQ(a.serverClock, b.serverClock);
}

} // namespace

TEST(PullReader, ReadsWhatTheServerWritesAsTheDocumentParserDoes)
{
    for (std::uint32_t seed = 1; seed <= 300; ++seed) {
        Generator generate(seed);
        const PullResponse response = generate.response();
        for (ClockForm form : {ClockForm::PerField, ClockForm::Shared}) {
            // As the server writes it, and spelled differently (indented, keys in the same order).
            for (const std::string& text : {encode(response, form), toJson(response, form).dump(2)}) {
                const auto reference = pullResponseFromJson(json::parse(text));
                ASSERT_TRUE(reference.hasValue()) << "seed " << seed << ": " << reference.error().detail;
                std::vector<std::string_view> rowTexts;
                const auto read = readPullResponse(text, &rowTexts);
                ASSERT_TRUE(read.has_value()) << "seed " << seed << "\n" << text;
                expectSame(*read, *reference);
                expectSame(*read, response);
                EXPECT_EQ(rowTexts, pullRowTexts(text)) << "seed " << seed;
                const auto head = readPullHead(text);
                ASSERT_TRUE(head.has_value()) << "seed " << seed;
                EXPECT_EQ(head->cursor, reference->cursor);
                EXPECT_EQ(head->hasMore, reference->hasMore);
            }
        }
    }
}

TEST(PullReader, DamagedAnswersAreReadAsTheDocumentParserReadsThemOrLeftToIt)
{
    // Bytes changed, dropped or added anywhere: whatever the reader still takes must be what the
    // full parser reads (and it must never read out of bounds: run under ASan).
    std::mt19937 random(7);
    int taken = 0;
    for (std::uint32_t seed = 1; seed <= 150; ++seed) {
        Generator generate(seed);
        const std::string original = encode(generate.response(), seed % 2 ? ClockForm::Shared : ClockForm::PerField);
        for (int attempt = 0; attempt < 20; ++attempt) {
            std::string text = original;
            for (int edits = 1 + static_cast<int>(random() % 3); edits > 0 && !text.empty(); --edits) {
                const std::size_t at = random() % text.size();
                static const char bytes[] = {'"', '\\', '{', '}', '[',    ']',    ',',    ':',   '0',
                                             '-', 'e',  'x', ' ', '\x01', '\xC3', '\xA9', '\xFF'};
                const char byte = bytes[random() % sizeof(bytes)];
                switch (random() % 3) {
                case 0:
                    text[at] = byte;
                    break;
                case 1:
                    text.erase(at, 1);
                    break;
                default:
                    text.insert(at, 1, byte);
                    break;
                }
            }
            std::vector<std::string_view> rowTexts;
            const auto read = readPullResponse(text, &rowTexts);
            if (!read) {
                continue;
            }
            ++taken;
            const json parsed = json::parse(text, nullptr, false);
            ASSERT_FALSE(parsed.is_discarded()) << "seed " << seed << ": taken but not JSON:\n" << text;
            const auto reference = pullResponseFromJson(parsed);
            ASSERT_TRUE(reference.hasValue()) << "seed " << seed << ": taken but refused:\n" << text;
            expectSame(*read, *reference);
            EXPECT_EQ(rowTexts, pullRowTexts(text)) << "seed " << seed;
        }
    }
    EXPECT_GT(taken, 20); // some damage leaves a valid answer (a changed digit, a space)
}

TEST(PullReader, HeadIsReadOnlyFromTheServersOpening)
{
    const auto head = readPullHead(R"( { "cursor" : 42 , "hasMore" : true , "rows": [)");
    ASSERT_TRUE(head.has_value());
    EXPECT_EQ(head->cursor, 42);
    EXPECT_TRUE(head->hasMore);
    EXPECT_FALSE(readPullHead(R"({"cursor":0,"hasMore":false})")->hasMore);
    for (const char* text : {"", "{", R"({"hasMore":true,"cursor":1,"rows":[]})", R"({"cursor":"1","hasMore":true,)",
                             R"({"cursor":1.5,"hasMore":true,)", R"({"cursor":1e3,"hasMore":true,)",
                             R"({"cursor":01,"hasMore":true,)", R"({"cursor":-,"hasMore":true,)",
                             R"({"cursor":99999999999999999999,"hasMore":true,)", R"({"cursor":1,"hasMore":1,)",
                             R"({"cursor":1,"hasMore":true)", R"({"cursor":1,"more":true,)", R"(["cursor",1])"}) {
        EXPECT_FALSE(readPullHead(text).has_value()) << text;
    }
}

TEST(PullReader, KeyOrderDoesNotMatter)
{
    const char* text =
        R"({"serverClock":"018bcfe56800-0001-server","rows":[{"version":4,"id":"x","fields":{"name":"a",)"
        R"("breed":"b"},"entity":"pet","clocks":{"breed":"018bcfe56800-0004-a"},"clock":"018bcfe56800-0003-a"}],)"
        R"("hasMore":true,"cursor":4})";
    const auto read = readPullResponse(text);
    ASSERT_TRUE(read.has_value());
    const auto reference = pullResponseFromJson(json::parse(text));
    ASSERT_TRUE(reference.hasValue());
    expectSame(*read, *reference);
    EXPECT_EQ(read->rows.at(0).fields.at("breed").clock, (Hlc{kT0, 4, "a"}));
    EXPECT_EQ(read->rows.at(0).fields.at("name").clock, (Hlc{kT0, 3, "a"}));
}

TEST(PullReader, OptionalAndRepeatedMembersReadAsInTheDocument)
{
    const char* texts[] = {
        // no version: 0
        R"({"cursor":1,"hasMore":false,"rows":[{"clock":"018bcfe56800-0003-a","entity":"pet","fields":{"n":1},)"
        R"("id":"x"}],"serverClock":"018bcfe56800-0001-server"})",
        // a key repeated inside a value: the last one
        R"({"cursor":1,"hasMore":false,"rows":[{"clock":"018bcfe56800-0003-a","entity":"pet","fields":{"n":)"
        R"({"a":1,"b":[{"a":2,"a":3}],"a":4}},"id":"x"}],"serverClock":"018bcfe56800-0001-server"})",
    };
    for (const char* text : texts) {
        const auto reference = pullResponseFromJson(json::parse(text));
        ASSERT_TRUE(reference.hasValue()) << reference.error().detail;
        const auto read = readPullResponse(text);
        ASSERT_TRUE(read.has_value()) << text;
        expectSame(*read, *reference);
    }
    EXPECT_EQ(readPullResponse(texts[0])->rows.at(0).version, 0);
    EXPECT_EQ(readPullResponse(texts[1])->rows.at(0).fields.at("n").value, json::parse(R"({"a":4,"b":[{"a":3}]})"));
}

TEST(PullReader, ValuesAreTypedAsTheDocumentParserTypesThem)
{
    // Each value alone, then in a row: same value, same JSON type (unsigned, signed, float).
    const char* values[] = {"0",
                            "-0",
                            "7",
                            "-7",
                            "18446744073709551615",
                            "18446744073709551616",
                            "-9223372036854775808",
                            "-9223372036854775809",
                            "1.5",
                            "-2e3",
                            "1E+2",
                            "true",
                            "false",
                            "null",
                            R"("a\"b")",
                            R"("\u00e9\ud83d\udc15")",
                            R"("ñandú 🐕")",
                            R"([1,"]",{"}":[]}])",
                            R"({"a":{"b":"\"}"}})",
                            "[]",
                            "{}"};
    for (const char* value : values) {
        std::string text = R"({"cursor":1,"hasMore":false,"rows":[{"clock":"018bcfe56800-0003-a","entity":"pet",)";
        text.append(R"("fields":{"v":)").append(value);
        text.append(R"(},"id":"x"}],"serverClock":"018bcfe56800-0001-server"})");
        const auto read = readPullResponse(text);
        ASSERT_TRUE(read.has_value()) << value;
        const json& got = read->rows.at(0).fields.at("v").value;
        const json expected = json::parse(value);
        EXPECT_EQ(got, expected) << value;
        EXPECT_EQ(got.type(), expected.type()) << value;
        EXPECT_EQ(got.is_number_unsigned(), expected.is_number_unsigned()) << value;
        EXPECT_EQ(got.dump(), expected.dump()) << value;
    }
}

TEST(PullReader, LeavesEverythingElseToTheFullParser)
{
    const std::string clock = R"("018bcfe56800-0003-a")";
    auto answer = [&](const std::string& row) {
        return R"({"cursor":1,"hasMore":false,"rows":[)" + row + R"(],"serverClock":)" + clock + "}";
    };
    const std::string good = R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":"a"},"id":"x","version":1})";
    ASSERT_TRUE(readPullResponse(answer(good)).has_value());

    // Answers the full parser refuses: the reader must not take them either.
    const std::vector<std::string> refused = {
        "",
        "not json",
        answer(good).substr(0, 40),
        answer(good) + " {}",
        "[]",
        R"({"cursor":1,"hasMore":false,"rows":{},"serverClock":)" + clock + "}",
        R"({"cursor":"1","hasMore":false,"rows":[],"serverClock":)" + clock + "}",
        R"({"cursor":1,"hasMore":"no","rows":[],"serverClock":)" + clock + "}",
        R"({"cursor":1,"hasMore":false,"rows":[],"serverClock":"yesterday"})",
        R"({"cursor":1,"hasMore":false,"rows":[]})",
        R"({"hasMore":false,"rows":[],"serverClock":)" + clock + "}",
        answer("5"),
        answer("[]"),
        answer(R"({"clock":)" + clock + R"(,"entity":"dragon","fields":{"name":"a"},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":"a"},"id":7})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":"a"}})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":[],"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":"a"},"id":"x","version":"1"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":"a"},"id":"x","version":1.5})"),
        answer(R"({"clock":"yesterday","entity":"pet","fields":{"name":"a"},"id":"x"})"),
        answer(R"({"clock":5,"entity":"pet","fields":{"name":"a"},"id":"x"})"),
        answer(R"({"entity":"pet","fields":{"name":"a"},"id":"x"})"),
        answer(R"({"clocks":{},"entity":"pet","fields":{"name":"a"},"id":"x"})"),
        answer(R"({"clocks":{"name":5},"entity":"pet","fields":{"name":"a"},"id":"x"})"),
        answer(R"({"clocks":{"name":"soon"},"entity":"pet","fields":{"name":"a"},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"clocks":{"nome":)" + clock +
               R"(},"entity":"pet","fields":{"name":"a"},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"clocks":{"a":)" + clock + R"(,"b":)" + clock +
               R"(},"entity":"pet","fields":{"name":"a"},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"clocks":[],"entity":"pet","fields":{"name":"a"},"id":"x"})"),
        // Text that is not JSON inside a value: malformed UTF-8 (a bad continuation, an overlong
        // form, a surrogate, past U+10FFFF, cut short), a raw control character, a bad escape,
        // a bad number, a broken array.
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":")" + "\xC3\x28" + R"("},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":")" + "\xC0\xAF" + R"("},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":")" + "\xED\xA0\x80" + R"("},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":")" + "\xF4\x90\x80\x80" +
               R"("},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":")" + "\xE2\x82" + R"("},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{")" + "na\xFFme" + R"(":"a"},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":")" +
               "a\x01"
               "b" +
               R"("},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":"a\qb"},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":"a\u12"},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"n":01},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"n":1.},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"n":-},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"n":[1,]},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"n":["a}]},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"n":tru},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"n":nul},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"n":truex},"id":"x"})"),
    };
    for (const std::string& text : refused) {
        const json parsed = json::parse(text, nullptr, false);
        if (!parsed.is_discarded()) {
            ASSERT_FALSE(pullResponseFromJson(parsed).hasValue()) << "the catalogue is wrong: " << text;
        }
        EXPECT_FALSE(readPullResponse(text).has_value()) << text;
    }

    // Answers the full parser reads but the reader leaves to it (a shape the server never writes).
    const std::vector<std::string> leftAlone = {
        R"({"cursor":1,"hasMore":false,"rows":[],"serverClock":)" + clock + R"(,"extra":1})",
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":"a"},"id":"x","note":"?"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","fields":{"name":"a","name":"b"},"id":"x"})"),
        answer(R"({"clock":)" + clock + R"(,"entity":"pet","entity":"pet","fields":{"name":"a"},"id":"x"})"),
        R"({"cursor":18446744073709551615,"hasMore":false,"rows":[],"serverClock":)" + clock + "}",
        "\xEF\xBB\xBF" + answer(good), // a byte order mark
    };
    for (const std::string& text : leftAlone) {
        EXPECT_TRUE(pullResponseFromJson(json::parse(text)).hasValue()) << text;
        EXPECT_FALSE(readPullResponse(text).has_value()) << text;
    }
}
