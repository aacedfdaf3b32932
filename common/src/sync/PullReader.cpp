// SPDX-License-Identifier: GPL-3.0-or-later
// A pull answer read straight into rows, without a JSON document in between: a first sync of a
// large clinic decodes a hundred thousand rows, and the document (a map per row and per field set,
// then a copy of every value) cost more than the rows themselves. The reader takes only the shape
// the server writes; anything else makes it give up, and the caller uses pullResponseFromJson,
// which gives the precise error. Whatever it takes, it reads exactly as pullResponseFromJson does.
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
    std::optional<std::string> entity;
    std::optional<std::string> id;
    std::optional<std::int64_t> version;
    std::optional<std::string> clock;
    std::optional<std::map<std::string, std::string, std::less<>>> clocks;
    std::optional<std::map<std::string, FieldValue, std::less<>>> fields;
};

/** The row that syncRowFromJson would make of the same members; nullopt where it would fail. */
std::optional<SyncRow> finish(RowParts&& parts)
{
    if (!parts.entity || !parts.id || !parts.fields) {
        return std::nullopt;
    }
    const auto type = enumFromString<EntityType>(*parts.entity);
    if (!type) {
        return std::nullopt;
    }
    std::optional<Hlc> shared;
    if (parts.clock) {
        shared = Hlc::parse(*parts.clock);
        if (!shared) {
            return std::nullopt;
        }
    } else if (!parts.clocks) {
        return std::nullopt;
    }
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
    return SyncRow{*type, std::move(*parts.id), std::move(fields), parts.version.value_or(0)};
}

/** SAX events of a pull answer into a PullResponse. Returning false stops the parse: the answer
 *  has a shape this reader does not take (or is not JSON). */
class PullSax final : public nlohmann::json_sax<json>
{
public:
    PullResponse response;

    bool null() override { return value(json()); }
    bool boolean(bool v) override
    {
        if (m_state == State::TopMember && m_key == "hasMore" && !m_hasMore) {
            m_hasMore = true;
            response.hasMore = v;
            m_state = State::Top;
            return true;
        }
        return value(json(v));
    }
    bool number_integer(number_integer_t v) override
    {
        if (!integer(v)) {
            return value(json(v));
        }
        return true;
    }
    bool number_unsigned(number_unsigned_t v) override
    {
        if (v <= static_cast<number_unsigned_t>(std::numeric_limits<std::int64_t>::max()) &&
            integer(static_cast<std::int64_t>(v))) {
            return true;
        }
        if (m_state == State::TopMember || m_state == State::RowMember) {
            return false; // an integer member out of range: the full parser says so
        }
        return value(json(v));
    }
    bool number_float(number_float_t v, const string_t& /*text*/) override { return value(json(v)); }
    bool binary(binary_t& /*v*/) override { return false; }

    bool string(string_t& v) override
    {
        switch (m_state) {
        case State::TopMember:
            if (m_key != "serverClock" || m_serverClock) {
                return false;
            }
            m_serverClock = Hlc::parse(v);
            m_state = State::Top;
            return m_serverClock.has_value();
        case State::RowMember: {
            std::optional<std::string>* target = m_key == "entity"  ? &m_row.entity
                                                 : m_key == "id"    ? &m_row.id
                                                 : m_key == "clock" ? &m_row.clock
                                                                    : nullptr;
            if (!target || target->has_value()) {
                return false;
            }
            *target = std::move(v);
            m_state = State::Row;
            return true;
        }
        case State::ClockValue:
            if (!m_row.clocks->emplace(std::move(m_key), std::move(v)).second) {
                return false;
            }
            m_state = State::Clocks;
            return true;
        default:
            return value(json(std::move(v)));
        }
    }

    bool start_object(std::size_t /*elements*/) override
    {
        switch (m_state) {
        case State::Start:
            m_state = State::Top;
            return true;
        case State::Rows:
            m_row = RowParts();
            m_state = State::Row;
            return true;
        case State::RowMember:
            if (m_key == "fields" && !m_row.fields) {
                m_row.fields.emplace();
                m_state = State::Fields;
                return true;
            }
            if (m_key == "clocks" && !m_row.clocks) {
                m_row.clocks.emplace();
                m_state = State::Clocks;
                return true;
            }
            return false;
        default:
            return nested(json::object());
        }
    }

    bool key(string_t& k) override
    {
        if (m_state == State::Nested) {
            // A repeated key inside a value: the last one wins, as in the document parser.
            m_member = &(*m_stack.back())[std::move(k)];
            return true;
        }
        const std::optional<State> next = valueStateAfterKeyIn(m_state);
        if (!next) {
            return false;
        }
        m_key = std::move(k);
        m_state = *next;
        return true;
    }

    bool end_object() override
    {
        switch (m_state) {
        case State::Top:
            m_state = State::Done;
            return m_rowsSeen && m_cursor && m_hasMore && m_serverClock;
        case State::Row: {
            auto row = finish(std::move(m_row));
            if (!row) {
                return false;
            }
            response.rows.push_back(std::move(*row));
            m_state = State::Rows;
            return true;
        }
        case State::Fields:
        case State::Clocks:
            m_state = State::Row;
            return true;
        case State::Nested:
            return endNested();
        default:
            return false;
        }
    }

    bool start_array(std::size_t /*elements*/) override
    {
        if (m_state == State::TopMember) {
            if (m_key != "rows" || m_rowsSeen) {
                return false;
            }
            m_rowsSeen = true;
            m_state = State::Rows;
            return true;
        }
        return nested(json::array());
    }

    bool end_array() override
    {
        if (m_state == State::Rows) {
            m_state = State::Top;
            return true;
        }
        if (m_state == State::Nested) {
            return endNested();
        }
        return false;
    }

    bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                     const nlohmann::detail::exception& /*ex*/) override
    {
        return false;
    }

    bool complete() const { return m_state == State::Done; }
    void finishResponse()
    {
        response.cursor = *m_cursor;
        response.serverClock = std::move(*m_serverClock);
    }

private:
    enum class State
    {
        Start,
        Top,        // in the answer object, between members
        TopMember,  // after a key of the answer object
        Rows,       // in "rows", between rows
        Row,        // in a row, between members
        RowMember,  // after a key of a row
        Fields,     // in a row's "fields", between members
        FieldValue, // after a key of "fields"
        Clocks,     // in a row's "clocks", between members
        ClockValue, // after a key of "clocks"
        Nested,     // inside an object or array that is (part of) a field's value
        Done,
    };

    /** The state after a key read in the object whose members `between` is between. */
    static std::optional<State> valueStateAfterKeyIn(State between)
    {
        switch (between) {
        case State::Top:
            return State::TopMember;
        case State::Row:
            return State::RowMember;
        case State::Fields:
            return State::FieldValue;
        case State::Clocks:
            return State::ClockValue;
        default:
            return std::nullopt;
        }
    }

    /** An integer member of the answer or of a row; false when the integer is something else. */
    bool integer(std::int64_t v)
    {
        if (m_state == State::TopMember && m_key == "cursor" && !m_cursor) {
            m_cursor = v;
            m_state = State::Top;
            return true;
        }
        if (m_state == State::RowMember && m_key == "version" && !m_row.version) {
            m_row.version = v;
            m_state = State::Row;
            return true;
        }
        return false;
    }

    /** A scalar: a whole field value, or an element or member of one. */
    bool value(json&& v)
    {
        if (m_state == State::FieldValue) {
            if (!m_row.fields->emplace(std::move(m_key), FieldValue{std::move(v), {}}).second) {
                return false;
            }
            m_state = State::Fields;
            return true;
        }
        if (m_state == State::Nested) {
            json& container = *m_stack.back();
            if (container.is_array()) {
                container.push_back(std::move(v));
            } else {
                *m_member = std::move(v);
            }
            return true;
        }
        return false; // a member of a type this reader does not take there
    }

    /** An object or array opening inside a field's value (or as the value). */
    bool nested(json&& empty)
    {
        json* slot = nullptr;
        if (m_state == State::FieldValue) {
            auto [it, inserted] = m_row.fields->emplace(std::move(m_key), FieldValue{std::move(empty), {}});
            if (!inserted) {
                return false;
            }
            slot = &it->second.value;
        } else if (m_state == State::Nested) {
            json& container = *m_stack.back();
            if (container.is_array()) {
                container.push_back(std::move(empty));
                slot = &container.back();
            } else {
                *m_member = std::move(empty);
                slot = m_member;
            }
        } else {
            return false;
        }
        m_stack.push_back(slot);
        m_state = State::Nested;
        return true;
    }

    bool endNested()
    {
        m_stack.pop_back();
        if (m_stack.empty()) {
            m_state = State::Fields;
        }
        return true;
    }

    State m_state = State::Start;
    std::string m_key;
    RowParts m_row;
    std::vector<json*> m_stack; // open containers of the field value being read
    json* m_member = nullptr;   // the member of the innermost open object that awaits its value
    bool m_rowsSeen = false;
    bool m_hasMore = false;
    std::optional<std::int64_t> m_cursor;
    std::optional<Hlc> m_serverClock;
};

} // namespace

std::optional<PullResponse> readPullResponse(std::string_view body)
{
    PullSax sax;
    const bool taken = json::sax_parse(body.begin(), body.end(), &sax, nlohmann::detail::input_format_t::json, true);
    if (!taken || !sax.complete()) {
        return std::nullopt;
    }
    sax.finishResponse();
    return std::move(sax.response);
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
