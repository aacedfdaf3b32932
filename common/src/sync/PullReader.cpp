// SPDX-License-Identifier: GPL-3.0-or-later
// A pull answer read straight into rows, without a JSON document in between: a first sync reads a
// hundred thousand rows, and the document (a map per row and per field set, then a copy of every
// value) cost more than the rows themselves; so did nlohmann's lexer, which copies every string
// character by character. The reader takes only the shape the server writes; anything else makes
// it give up, and the caller uses pullResponseFromJson, which gives the precise error. Whatever it
// takes, it reads exactly as pullResponseFromJson reads the parsed text: strings with escapes,
// numbers other than plain integers, and arrays and objects inside a field are each handed to the
// document parser on their own text.
#include "petinfo/common/sync/Messages.h"

#include <charconv>

#include <limits>
#include <utility>

namespace petinfo::sync {

using nlohmann::json;

namespace {

/** One row as it arrives, before its clocks are matched with its fields. */
struct RowParts
{
    std::optional<EntityType> type;
    std::optional<std::string> id;
    std::optional<std::int64_t> version;
    std::optional<Hlc> clock;
    std::optional<std::map<std::string, std::string, std::less<>>> clocks;
    std::optional<std::map<std::string, FieldValue, std::less<>>> fields;
};

/** The row that syncRowFromJson would make of the same members; nullopt where it would fail. */
std::optional<SyncRow> finish(RowParts&& parts)
{
    if (!parts.type || !parts.id || !parts.fields || (!parts.clock && !parts.clocks)) {
        return std::nullopt;
    }
    const std::optional<Hlc>& shared = parts.clock;
    auto& fields = *parts.fields;
    const std::size_t named = parts.clocks ? parts.clocks->size() : 0;
    if (shared ? named > fields.size() : named != fields.size()) {
        return std::nullopt;
    }
    std::size_t used = 0;
    for (auto& [name, field] : fields) {
        const std::string* own = nullptr;
        if (parts.clocks) {
            if (const auto it = parts.clocks->find(name); it != parts.clocks->end()) {
                own = &it->second;
            }
        }
        if (!own) {
            if (!shared) {
                return std::nullopt;
            }
            field.clock = *shared;
            continue;
        }
        auto hlc = Hlc::parse(*own);
        if (!hlc) {
            return std::nullopt;
        }
        field.clock = std::move(*hlc);
        ++used;
    }
    if (used != named) {
        return std::nullopt;
    }
    return SyncRow{*parts.type, std::move(*parts.id), std::move(fields), parts.version.value_or(0)};
}

/** The length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7, which is what the
 *  document parser accepts), or 0. */
std::size_t utf8Sequence(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) -> unsigned {
        return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u;
    };
    const auto in = [](unsigned b, unsigned low, unsigned high) {
        return b >= low && b <= high;
    };
    const unsigned lead = byte(0);
    if (in(lead, 0xC2, 0xDF)) {
        return in(byte(1), 0x80, 0xBF) ? 2 : 0;
    }
    if (in(lead, 0xE0, 0xEF)) {
        const unsigned low = lead == 0xE0 ? 0xA0 : 0x80;
        const unsigned high = lead == 0xED ? 0x9F : 0xBF;
        return in(byte(1), low, high) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
    }
    if (in(lead, 0xF0, 0xF4)) {
        const unsigned low = lead == 0xF0 ? 0x90 : 0x80;
        const unsigned high = lead == 0xF4 ? 0x8F : 0xBF;
        return in(byte(1), low, high) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

/** A cursor over the answer's text. Every read returns false (or nullopt) when the text is not
 *  what this reader takes there; the whole read then gives up. */
class Reader
{
public:
    explicit Reader(std::string_view text)
        : m_text(text)
    {}

    std::size_t position() const { return m_i; }

    bool atEnd()
    {
        space();
        return m_i == m_text.size();
    }

    /** Takes `c` after any white space. */
    bool take(char c)
    {
        space();
        if (m_i < m_text.size() && m_text[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }

    /** A string: a view of the text when it has no escapes, else its decoded text in `storage`. */
    bool string(std::string_view& out, std::string& storage)
    {
        space();
        if (m_i >= m_text.size() || m_text[m_i] != '"') {
            return false;
        }
        const std::size_t open = m_i;
        std::size_t i = open + 1;
        bool escaped = false;
        while (true) {
            if (i >= m_text.size()) {
                return false;
            }
            const auto c = static_cast<unsigned char>(m_text[i]);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escaped = true;
                i += 2; // the escape itself is checked by the document parser below
            } else if (c < 0x20) {
                return false;
            } else if (c < 0x80) {
                ++i;
            } else if (const std::size_t length = utf8Sequence(m_text, i)) {
                i += length;
            } else {
                return false;
            }
        }
        m_i = i + 1;
        if (!escaped) {
            out = m_text.substr(open + 1, i - open - 1);
            return true;
        }
        const json decoded = json::parse(m_text.substr(open, m_i - open), nullptr, false);
        if (!decoded.is_string()) {
            return false;
        }
        storage = decoded.get<std::string>();
        out = storage;
        return true;
    }

    bool string(std::string& out)
    {
        std::string_view view;
        std::string storage;
        if (!string(view, storage)) {
            return false;
        }
        out = view.data() == storage.data() ? std::move(storage) : std::string(view);
        return true;
    }

    /** A key and its colon. */
    bool key(std::string_view& out, std::string& storage) { return string(out, storage) && take(':'); }

    /** A JSON integer that fits in 64 signed bits, written without a fraction or exponent. */
    bool integer(std::int64_t& out)
    {
        space();
        const std::size_t end = plainIntegerEnd();
        if (end == 0 || std::from_chars(m_text.data() + m_i, m_text.data() + end, out).ec != std::errc()) {
            return false;
        }
        m_i = end;
        return true;
    }

    bool boolean(bool& out)
    {
        space();
        if (literal("true")) {
            out = true;
            return true;
        }
        out = false;
        return literal("false");
    }

    /** Any value, as the document parser would make it. */
    bool value(json& out)
    {
        space();
        if (m_i >= m_text.size()) {
            return false;
        }
        const char c = m_text[m_i];
        if (c == '"') {
            std::string text;
            if (!string(text)) {
                return false;
            }
            out = std::move(text);
            return true;
        }
        if (c == 't' || c == 'f') {
            bool b = false;
            if (!boolean(b)) {
                return false;
            }
            out = b;
            return true;
        }
        if (c == 'n') {
            out = nullptr;
            return literal("null");
        }
        if (c == '[' || c == '{') {
            return nested(out);
        }
        return number(out);
    }

    void space()
    {
        while (m_i < m_text.size() &&
               (m_text[m_i] == ' ' || m_text[m_i] == '\n' || m_text[m_i] == '\r' || m_text[m_i] == '\t')) {
            ++m_i;
        }
    }

private:
    bool literal(std::string_view word)
    {
        if (m_text.substr(m_i, word.size()) != word) {
            return false;
        }
        m_i += word.size();
        return true;
    }

    /** Where a plain integer (-?(0|[1-9][0-9]*), not followed by a fraction or exponent) that
     *  starts here ends; 0 when none does. */
    std::size_t plainIntegerEnd() const
    {
        std::size_t i = m_i;
        if (i < m_text.size() && m_text[i] == '-') {
            ++i;
        }
        const std::size_t digits = i;
        while (i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9') {
            ++i;
        }
        if (i == digits || (m_text[digits] == '0' && i - digits > 1) ||
            (i < m_text.size() && (m_text[i] == '.' || m_text[i] == 'e' || m_text[i] == 'E'))) {
            return 0;
        }
        return i;
    }

    /** A number: a plain integer as the parser types it (unsigned unless negative), anything else
     *  by the parser itself. */
    bool number(json& out)
    {
        if (const std::size_t end = plainIntegerEnd(); end != 0) {
            const char* first = m_text.data() + m_i;
            const char* last = m_text.data() + end;
            if (*first == '-') {
                std::int64_t v = 0;
                if (std::from_chars(first, last, v).ec == std::errc()) {
                    out = v;
                    m_i = end;
                    return true;
                }
            } else {
                std::uint64_t v = 0;
                if (std::from_chars(first, last, v).ec == std::errc()) {
                    out = v;
                    m_i = end;
                    return true;
                }
            }
        }
        std::size_t end = m_i;
        while (end < m_text.size() && std::string_view("0123456789+-.eE").find(m_text[end]) != std::string_view::npos) {
            ++end;
        }
        json parsed = json::parse(m_text.substr(m_i, end - m_i), nullptr, false);
        if (!parsed.is_number()) {
            return false;
        }
        out = std::move(parsed);
        m_i = end;
        return true;
    }

    /** An array or object inside a field: its extent found here, its content read by the parser. */
    bool nested(json& out)
    {
        std::size_t i = m_i;
        int depth = 0;
        while (i < m_text.size()) {
            const char c = m_text[i];
            if (c == '"') {
                ++i;
                while (i < m_text.size() && m_text[i] != '"') {
                    i += m_text[i] == '\\' ? 2 : 1;
                }
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if ((c == ']' || c == '}') && --depth == 0) {
                break;
            }
            ++i;
        }
        if (i >= m_text.size()) {
            return false;
        }
        json parsed = json::parse(m_text.substr(m_i, i + 1 - m_i), nullptr, false);
        if (parsed.is_discarded()) {
            return false;
        }
        out = std::move(parsed);
        m_i = i + 1;
        return true;
    }

    std::string_view m_text;
    std::size_t m_i = 0;
};

/** The members of an object, each read by `member(key)`, which fails on a key it does not take
 *  or has seen. */
template <typename Member>
bool members(Reader& in, Member&& member)
{
    if (!in.take('{')) {
        return false;
    }
    if (in.take('}')) {
        return true;
    }
    std::string storage;
    do {
        std::string_view key;
        if (!in.key(key, storage) || !member(key)) {
            return false;
        }
    } while (in.take(','));
    return in.take('}');
}

bool readFields(Reader& in, std::map<std::string, FieldValue, std::less<>>& fields)
{
    return members(in, [&](std::string_view key) {
        json value;
        if (!in.value(value)) {
            return false;
        }
        // The server writes fields in key order: each goes at the end, without a search.
        if (fields.empty() || fields.rbegin()->first < key) {
            fields.emplace_hint(fields.end(), std::string(key), FieldValue{std::move(value), {}});
            return true;
        }
        return fields.emplace(std::string(key), FieldValue{std::move(value), {}}).second;
    });
}

bool readClocks(Reader& in, std::map<std::string, std::string, std::less<>>& clocks)
{
    return members(in, [&](std::string_view key) {
        std::string clock;
        return in.string(clock) && clocks.emplace(std::string(key), std::move(clock)).second;
    });
}

std::optional<SyncRow> readRow(Reader& in)
{
    RowParts parts;
    std::string storage;
    const bool read = members(in, [&](std::string_view key) {
        if (key == "entity" && !parts.type) {
            std::string_view name;
            if (!in.string(name, storage)) {
                return false;
            }
            parts.type = enumFromString<EntityType>(name);
            return parts.type.has_value();
        }
        if (key == "id" && !parts.id) {
            return in.string(parts.id.emplace());
        }
        if (key == "clock" && !parts.clock) {
            std::string_view text;
            if (!in.string(text, storage)) {
                return false;
            }
            parts.clock = Hlc::parse(text);
            return parts.clock.has_value();
        }
        if (key == "version" && !parts.version) {
            return in.integer(parts.version.emplace());
        }
        if (key == "fields" && !parts.fields) {
            return readFields(in, parts.fields.emplace());
        }
        if (key == "clocks" && !parts.clocks) {
            return readClocks(in, parts.clocks.emplace());
        }
        return false;
    });
    if (!read) {
        return std::nullopt;
    }
    return finish(std::move(parts));
}

} // namespace

std::optional<PullResponse> readPullResponse(std::string_view body, std::vector<std::string_view>* rowTexts)
{
    Reader in(body);
    PullResponse response;
    std::optional<std::int64_t> cursor;
    std::optional<bool> hasMore;
    std::optional<Hlc> serverClock;
    bool rowsSeen = false;
    std::vector<std::string_view> texts;
    std::string storage;
    const bool read = members(in, [&](std::string_view key) {
        if (key == "cursor" && !cursor) {
            return in.integer(cursor.emplace());
        }
        if (key == "hasMore" && !hasMore) {
            return in.boolean(hasMore.emplace());
        }
        if (key == "serverClock" && !serverClock) {
            std::string_view text;
            if (!in.string(text, storage)) {
                return false;
            }
            serverClock = Hlc::parse(text);
            return serverClock.has_value();
        }
        if (key == "rows" && !rowsSeen) {
            rowsSeen = true;
            if (!in.take('[')) {
                return false;
            }
            if (in.take(']')) {
                return true;
            }
            do {
                in.space();
                const std::size_t start = in.position();
                auto row = readRow(in);
                if (!row) {
                    return false;
                }
                response.rows.push_back(std::move(*row));
                texts.push_back(body.substr(start, in.position() - start));
            } while (in.take(','));
            return in.take(']');
        }
        return false;
    });
    if (!read || !in.atEnd() || !rowsSeen || !cursor || !hasMore || !serverClock) {
        return std::nullopt;
    }
    response.cursor = *cursor;
    response.hasMore = *hasMore;
    response.serverClock = std::move(*serverClock);
    if (rowTexts) {
        *rowTexts = std::move(texts);
    }
    return response;
}

std::optional<PullHead> readPullHead(std::string_view body)
{
    std::size_t i = 0;
    auto space = [&] {
        while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) {
            ++i;
        }
    };
    auto take = [&](std::string_view token) {
        space();
        if (body.substr(i, token.size()) != token) {
            return false;
        }
        i += token.size();
        return true;
    };
    if (!take("{") || !take("\"cursor\"") || !take(":")) {
        return std::nullopt;
    }
    space();
    // A JSON integer that fits: no sign but "-", no leading zeros, no fraction or exponent.
    const std::size_t start = i;
    if (i < body.size() && body[i] == '-') {
        ++i;
    }
    const std::size_t digits = i;
    while (i < body.size() && body[i] >= '0' && body[i] <= '9') {
        ++i;
    }
    if (i == digits || i - digits > 18 || (body[digits] == '0' && i - digits > 1) ||
        (i < body.size() && (body[i] == '.' || body[i] == 'e' || body[i] == 'E'))) {
        return std::nullopt;
    }
    PullHead head;
    if (std::from_chars(body.data() + start, body.data() + i, head.cursor).ec != std::errc()) {
        return std::nullopt;
    }
    if (!take(",") || !take("\"hasMore\"") || !take(":")) {
        return std::nullopt;
    }
    if (take("true")) {
        head.hasMore = true;
    } else if (!take("false")) {
        return std::nullopt;
    }
    if (!take(",") && !take("}")) {
        return std::nullopt;
    }
    return head;
}

} // namespace petinfo::sync
