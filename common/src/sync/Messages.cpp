// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/sync/Messages.h"

namespace petinfo::sync {

using nlohmann::json;

namespace {

DecodeError decodeError(DecodeErrc code, std::string_view key, std::string_view what)
{
    return DecodeError{code, "field '" + std::string(key) + "': " + std::string(what)};
}

/** The member `key` of an object, or an error naming it. */
Result<const json*, DecodeError> member(const json& object, std::string_view key, bool required = true)
{
    if (!object.is_object()) {
        return fail(DecodeErrc::NotAnObject, "expected a JSON object");
    }
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required) {
            return fail(decodeError(DecodeErrc::MissingField, key, "is required"));
        }
        return static_cast<const json*>(nullptr);
    }
    return &*it;
}

Result<std::int64_t, DecodeError> integerMember(const json& object, std::string_view key, bool required = true,
                                                std::int64_t fallback = 0)
{
    auto m = member(object, key, required);
    if (!m) {
        return fail(m.error());
    }
    if (!*m) {
        return fallback;
    }
    if (!(*m)->is_number_integer()) {
        return fail(decodeError(DecodeErrc::WrongType, key, "expected an integer"));
    }
    return (*m)->get<std::int64_t>();
}

Result<std::string, DecodeError> stringMember(const json& object, std::string_view key)
{
    auto m = member(object, key);
    if (!m) {
        return fail(m.error());
    }
    if (!(*m)->is_string()) {
        return fail(decodeError(DecodeErrc::WrongType, key, "expected a string"));
    }
    return (*m)->get<std::string>();
}

Result<Hlc, DecodeError> clockFrom(const json& value, std::string_view key)
{
    if (!value.is_string()) {
        return fail(decodeError(DecodeErrc::WrongType, key, "expected a clock string"));
    }
    auto hlc = Hlc::parse(value.get_ref<const std::string&>());
    if (!hlc) {
        return fail(decodeError(DecodeErrc::BadValue, key, "not a valid clock"));
    }
    return *hlc;
}

template <typename E>
Result<E, DecodeError> enumMember(const json& object, std::string_view key)
{
    auto text = stringMember(object, key);
    if (!text) {
        return fail(text.error());
    }
    const auto value = enumFromString<E>(*text);
    if (!value) {
        return fail(decodeError(DecodeErrc::BadValue, key, "unknown value"));
    }
    return *value;
}

/** The clock most fields of the row share (ties: the latest), for the shared form. */
const Hlc* sharedClockOf(const SyncRow& row)
{
    const Hlc* best = nullptr;
    std::size_t bestCount = 0;
    for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
        const Hlc& candidate = it->second.clock;
        if (best && (*best == candidate)) {
            continue;
        }
        std::size_t count = 0;
        for (const auto& [name, field] : row.fields) {
            count += field.clock == candidate ? 1 : 0;
        }
        if (count > bestCount || (count == bestCount && *best < candidate)) {
            best = &candidate;
            bestCount = count;
        }
        if (bestCount * 2 > row.fields.size()) {
            break; // a majority: nothing can beat it
        }
    }
    return best;
}

json clocksOf(const SyncRow& row, const Hlc* shared)
{
    json clocks = json::object();
    for (const auto& [name, field] : row.fields) {
        if (!shared || field.clock != *shared) {
            clocks[name] = field.clock.encode();
        }
    }
    return clocks;
}

/** Appends `text` as a JSON string, escaped the way nlohmann::json::dump() escapes it. Runs of
 *  characters that need no escape (nearly all of them) are appended whole. */
void appendString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t written = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u >= 0x20 && u != '"' && u != '\\') {
            continue;
        }
        out.append(text.data() + written, i - written);
        written = i + 1;
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xF];
        }
    }
    out.append(text.data() + written, text.size() - written);
    out += '"';
}

/** "fields" and the clocks of a row or mutation, in the key order of a dumped json object. The
 *  caller writes the keys that sort before "clock" ("entity" and "id" sort after it). */
void appendClocks(std::string& out, const SyncRow& row, ClockForm form)
{
    const Hlc* shared = form == ClockForm::Shared ? sharedClockOf(row) : nullptr;
    if (shared) {
        out += "\"clock\":";
        appendString(out, shared->encode());
        out += ',';
    }
    bool any = false;
    for (const auto& [name, field] : row.fields) {
        if (shared && field.clock == *shared) {
            continue;
        }
        out += any ? "," : "\"clocks\":{";
        any = true;
        appendString(out, name);
        out += ':';
        appendString(out, field.clock.encode());
    }
    if (any) {
        out += "},";
    } else if (!shared) {
        out += "\"clocks\":{},";
    }
}

void appendFields(std::string& out, const SyncRow& row)
{
    out += "\"fields\":{";
    bool first = true;
    for (const auto& [name, field] : row.fields) {
        if (!first) {
            out += ',';
        }
        first = false;
        appendString(out, name);
        out += ':';
        out += field.value.dump(-1, ' ', false, json::error_handler_t::replace);
    }
    out += '}';
}

/** Reads "fields" with "clocks" and/or the shared "clock" (see ClockForm). */
Result<std::map<std::string, FieldValue, std::less<>>, DecodeError> fieldsFrom(const json& object)
{
    auto fields = member(object, "fields");
    if (!fields) {
        return fail(fields.error());
    }
    auto sharedText = member(object, "clock", false);
    if (!sharedText) {
        return fail(sharedText.error());
    }
    auto clocks = member(object, "clocks", *sharedText == nullptr);
    if (!clocks) {
        return fail(clocks.error());
    }
    if (!(*fields)->is_object()) {
        return fail(decodeError(DecodeErrc::WrongType, "fields", "expected an object"));
    }
    if (*clocks && !(*clocks)->is_object()) {
        return fail(decodeError(DecodeErrc::WrongType, "clocks", "expected an object"));
    }
    std::optional<Hlc> shared;
    if (*sharedText) {
        auto hlc = clockFrom(**sharedText, "clock");
        if (!hlc) {
            return fail(hlc.error());
        }
        shared = std::move(*hlc);
    }
    const std::size_t named = *clocks ? (*clocks)->size() : 0;
    if (shared ? named > (*fields)->size() : named != (*fields)->size()) {
        return fail(decodeError(DecodeErrc::BadValue, "clocks", "must have one clock per field"));
    }
    std::map<std::string, FieldValue, std::less<>> out;
    std::size_t used = 0;
    for (const auto& [name, value] : (*fields)->items()) {
        const auto clock = *clocks ? (*clocks)->find(name) : json::const_iterator();
        if (!*clocks || clock == (*clocks)->end()) {
            if (!shared) {
                return fail(decodeError(DecodeErrc::BadValue, "clocks", "no clock for field " + name));
            }
            out.emplace(name, FieldValue{value, *shared});
            continue;
        }
        auto hlc = clockFrom(*clock, "clocks." + name);
        if (!hlc) {
            return fail(hlc.error());
        }
        ++used;
        out.emplace(name, FieldValue{value, std::move(*hlc)});
    }
    if (used != named) {
        return fail(decodeError(DecodeErrc::BadValue, "clocks", "a clock for a field that is not there"));
    }
    return out;
}

json problemJson(const RowProblem& p)
{
    json out{{"code", p.code}, {"message", p.message}};
    if (!p.field.empty()) {
        out["field"] = p.field;
    }
    return out;
}

Result<int, DecodeError> schemaVersionOf(const json& object)
{
    auto v = integerMember(object, "schemaVersion");
    if (!v) {
        return fail(v.error());
    }
    if (*v < 0 || *v > 1000000) {
        return fail(decodeError(DecodeErrc::BadValue, "schemaVersion", "out of range"));
    }
    return static_cast<int>(*v);
}

template <typename T, typename F>
Result<std::vector<T>, DecodeError> arrayOf(const json& object, std::string_view key, F&& decode)
{
    auto m = member(object, key);
    if (!m) {
        return fail(m.error());
    }
    if (!(*m)->is_array()) {
        return fail(decodeError(DecodeErrc::WrongType, key, "expected an array"));
    }
    std::vector<T> out;
    out.reserve((*m)->size());
    for (const json& item : **m) {
        auto decoded = decode(item);
        if (!decoded) {
            return fail(decoded.error());
        }
        out.push_back(std::move(*decoded));
    }
    return out;
}

Result<bool, DecodeError> boolMember(const json& object, std::string_view key)
{
    auto m = member(object, key);
    if (!m) {
        return fail(m.error());
    }
    if (!(*m)->is_boolean()) {
        return fail(decodeError(DecodeErrc::WrongType, key, "expected true or false"));
    }
    return (*m)->get<bool>();
}

} // namespace

bool isSupportedSchemaVersion(int version)
{
    return version == kSchemaVersion || (version == kSchemaVersion - 1 && version >= 1);
}

ClockForm clockFormFor(int schemaVersion)
{
    return schemaVersion >= 2 ? ClockForm::Shared : ClockForm::PerField;
}

json toJson(const SyncRow& row, ClockForm form)
{
    const Hlc* shared = form == ClockForm::Shared ? sharedClockOf(row) : nullptr;
    json out{{"entity", enumName(row.type)}, {"id", row.id}, {"fields", row.values()}, {"version", row.version}};
    json clocks = clocksOf(row, shared);
    if (shared) {
        out["clock"] = shared->encode();
    }
    if (!shared || !clocks.empty()) {
        out["clocks"] = std::move(clocks);
    }
    return out;
}

void appendJson(std::string& out, const SyncRow& row, ClockForm form)
{
    out += '{';
    appendClocks(out, row, form);
    out += "\"entity\":";
    appendString(out, enumName(row.type));
    out += ',';
    appendFields(out, row);
    out += ",\"id\":";
    appendString(out, row.id);
    out += ",\"version\":";
    out += std::to_string(row.version);
    out += '}';
}

Result<SyncRow, DecodeError> syncRowFromJson(const json& j)
{
    auto type = enumMember<EntityType>(j, "entity");
    if (!type) {
        return fail(type.error());
    }
    auto id = stringMember(j, "id");
    if (!id) {
        return fail(id.error());
    }
    auto fields = fieldsFrom(j);
    if (!fields) {
        return fail(fields.error());
    }
    auto version = integerMember(j, "version", false);
    if (!version) {
        return fail(version.error());
    }
    return SyncRow{*type, std::move(*id), std::move(*fields), *version};
}

json toJson(const ConflictEntry& c)
{
    return json{{"entity", enumName(c.type)},
                {"rowId", c.rowId},
                {"field", c.field},
                {"stored", {{"value", c.storedValue}, {"clock", c.storedClock.encode()}}},
                {"incoming", {{"value", c.incomingValue}, {"clock", c.incomingClock.encode()}}},
                {"winner", enumName(c.winner)}};
}

Result<ConflictEntry, DecodeError> conflictFromJson(const json& j)
{
    ConflictEntry c;
    auto type = enumMember<EntityType>(j, "entity");
    auto rowId = stringMember(j, "rowId");
    auto field = stringMember(j, "field");
    auto winner = enumMember<Winner>(j, "winner");
    if (!type || !rowId || !field || !winner) {
        return fail(!type ? type.error() : !rowId ? rowId.error() : !field ? field.error() : winner.error());
    }
    c.type = *type;
    c.rowId = std::move(*rowId);
    c.field = std::move(*field);
    c.winner = *winner;
    for (const char* side : {"stored", "incoming"}) {
        auto m = member(j, side);
        if (!m) {
            return fail(m.error());
        }
        auto value = member(**m, "value");
        if (!value) {
            return fail(value.error());
        }
        auto clockText = member(**m, "clock");
        if (!clockText) {
            return fail(clockText.error());
        }
        auto clock = clockFrom(**clockText, std::string(side) + ".clock");
        if (!clock) {
            return fail(clock.error());
        }
        if (std::string_view(side) == "stored") {
            c.storedValue = **value;
            c.storedClock = std::move(*clock);
        } else {
            c.incomingValue = **value;
            c.incomingClock = std::move(*clock);
        }
    }
    return c;
}

json toJson(const Mutation& m, ClockForm form)
{
    const Hlc* shared = form == ClockForm::Shared ? sharedClockOf(m.change) : nullptr;
    json out{{"id", m.id}, {"entity", enumName(m.change.type)}, {"rowId", m.change.id}, {"fields", m.change.values()}};
    json clocks = clocksOf(m.change, shared);
    if (shared) {
        out["clock"] = shared->encode();
    }
    if (!shared || !clocks.empty()) {
        out["clocks"] = std::move(clocks);
    }
    return out;
}

Result<Mutation, DecodeError> mutationFromJson(const json& j)
{
    auto id = integerMember(j, "id");
    if (!id) {
        return fail(id.error());
    }
    if (*id < 1) {
        return fail(decodeError(DecodeErrc::BadValue, "id", "mutation ids start at 1"));
    }
    Mutation m;
    m.id = *id;
    auto type = enumMember<EntityType>(j, "entity");
    auto rowId = stringMember(j, "rowId");
    if (!type || !rowId) {
        m.malformed = RowProblem{std::string(errc::kMalformed), !type ? "entity" : "rowId",
                                 !type ? type.error().detail : rowId.error().detail};
        return m;
    }
    auto fields = fieldsFrom(j);
    if (!fields) {
        m.malformed = RowProblem{std::string(errc::kMalformed), "fields", fields.error().detail};
        return m;
    }
    m.change = SyncRow{*type, std::move(*rowId), std::move(*fields), 0};
    return m;
}

json toJson(const PushRequest& r)
{
    json mutations = json::array();
    for (const Mutation& m : r.mutations) {
        mutations.push_back(toJson(m, clockFormFor(r.schemaVersion)));
    }
    return json{{"schemaVersion", r.schemaVersion}, {"clientId", r.clientId}, {"mutations", std::move(mutations)}};
}

Result<PushRequest, DecodeError> pushRequestFromJson(const json& j)
{
    auto schema = schemaVersionOf(j);
    if (!schema) {
        return fail(schema.error());
    }
    auto clientId = stringMember(j, "clientId");
    if (!clientId) {
        return fail(clientId.error());
    }
    auto mutations = arrayOf<Mutation>(j, "mutations", mutationFromJson);
    if (!mutations) {
        return fail(mutations.error());
    }
    return PushRequest{*schema, std::move(*clientId), std::move(*mutations)};
}

json toJson(const MutationResult& r)
{
    json out{{"id", r.id}, {"status", enumName(r.status)}, {"version", r.version}};
    if (r.error) {
        out["error"] = problemJson(*r.error);
    }
    json conflicts = json::array();
    for (const ConflictEntry& c : r.conflicts) {
        conflicts.push_back(toJson(c));
    }
    out["conflicts"] = std::move(conflicts);
    return out;
}

Result<MutationResult, DecodeError> mutationResultFromJson(const json& j)
{
    MutationResult r;
    auto id = integerMember(j, "id");
    auto status = enumMember<MutationStatus>(j, "status");
    auto version = integerMember(j, "version", false);
    if (!id || !status || !version) {
        return fail(!id ? id.error() : !status ? status.error() : version.error());
    }
    r.id = *id;
    r.status = *status;
    r.version = *version;
    auto error = member(j, "error", false);
    if (!error) {
        return fail(error.error());
    }
    if (*error) {
        auto code = stringMember(**error, "code");
        auto message = stringMember(**error, "message");
        if (!code || !message) {
            return fail(!code ? code.error() : message.error());
        }
        std::string field;
        if (const auto f = (*error)->find("field"); f != (*error)->end() && f->is_string()) {
            field = f->get<std::string>();
        }
        r.error = RowProblem{std::move(*code), std::move(field), std::move(*message)};
    }
    auto conflicts = member(j, "conflicts", false);
    if (!conflicts) {
        return fail(conflicts.error());
    }
    if (*conflicts) {
        auto list = arrayOf<ConflictEntry>(j, "conflicts", conflictFromJson);
        if (!list) {
            return fail(list.error());
        }
        r.conflicts = std::move(*list);
    }
    return r;
}

json toJson(const PushResponse& r)
{
    json results = json::array();
    for (const MutationResult& m : r.results) {
        results.push_back(toJson(m));
    }
    return json{
        {"results", std::move(results)}, {"lastMutationId", r.lastMutationId}, {"serverClock", r.serverClock.encode()}};
}

Result<PushResponse, DecodeError> pushResponseFromJson(const json& j)
{
    auto results = arrayOf<MutationResult>(j, "results", mutationResultFromJson);
    if (!results) {
        return fail(results.error());
    }
    auto last = integerMember(j, "lastMutationId");
    if (!last) {
        return fail(last.error());
    }
    auto clockText = member(j, "serverClock");
    if (!clockText) {
        return fail(clockText.error());
    }
    auto clock = clockFrom(**clockText, "serverClock");
    if (!clock) {
        return fail(clock.error());
    }
    return PushResponse{std::move(*results), *last, std::move(*clock)};
}

json toJson(const PullRequest& r)
{
    return json{{"schemaVersion", r.schemaVersion}, {"cursor", r.cursor}, {"limit", r.limit}};
}

Result<PullRequest, DecodeError> pullRequestFromJson(const json& j)
{
    auto schema = schemaVersionOf(j);
    if (!schema) {
        return fail(schema.error());
    }
    auto cursor = integerMember(j, "cursor");
    if (!cursor) {
        return fail(cursor.error());
    }
    if (*cursor < 0) {
        return fail(decodeError(DecodeErrc::BadValue, "cursor", "must not be negative"));
    }
    auto limit = integerMember(j, "limit", false, kDefaultPullLimit);
    if (!limit) {
        return fail(limit.error());
    }
    if (*limit < 1 || *limit > kMaxPullLimit) {
        return fail(decodeError(DecodeErrc::BadValue, "limit", "must be between 1 and 1000"));
    }
    return PullRequest{*schema, *cursor, static_cast<int>(*limit)};
}

json toJson(const PullResponse& r, ClockForm form)
{
    json rows = json::array();
    for (const SyncRow& row : r.rows) {
        rows.push_back(toJson(row, form));
    }
    return json{{"rows", std::move(rows)},
                {"cursor", r.cursor},
                {"hasMore", r.hasMore},
                {"serverClock", r.serverClock.encode()}};
}

std::string encode(const PullResponse& r, ClockForm form)
{
    std::string out;
    out.reserve(64 + r.rows.size() * 512);
    out += "{\"cursor\":";
    out += std::to_string(r.cursor);
    out += ",\"hasMore\":";
    out += r.hasMore ? "true" : "false";
    out += ",\"rows\":[";
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        appendJson(out, r.rows[i], form);
    }
    out += "],\"serverClock\":";
    appendString(out, r.serverClock.encode());
    out += '}';
    return out;
}

namespace {

/** The members of a JSON object whose keys and values are plain strings (no escapes), as the
 *  server stores clocks; nullopt for anything else (the caller then uses the full parser). */
std::optional<std::vector<std::pair<std::string_view, std::string_view>>> plainStringObject(std::string_view text)
{
    std::vector<std::pair<std::string_view, std::string_view>> members;
    std::size_t i = 0;
    const std::size_t n = text.size();
    auto space = [&] {
        while (i < n && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) {
            ++i;
        }
    };
    auto string = [&]() -> std::optional<std::string_view> {
        if (i >= n || text[i] != '"') {
            return std::nullopt;
        }
        const std::size_t start = ++i;
        while (i < n && text[i] != '"') {
            if (text[i] == '\\' || static_cast<unsigned char>(text[i]) < 0x20) {
                return std::nullopt;
            }
            ++i;
        }
        if (i >= n) {
            return std::nullopt;
        }
        return text.substr(start, i++ - start);
    };
    space();
    if (i >= n || text[i++] != '{') {
        return std::nullopt;
    }
    space();
    if (i < n && text[i] == '}') {
        ++i;
    } else {
        while (true) {
            space();
            auto key = string();
            space();
            if (!key || i >= n || text[i++] != ':') {
                return std::nullopt;
            }
            space();
            auto value = string();
            if (!value) {
                return std::nullopt;
            }
            members.emplace_back(*key, *value);
            space();
            if (i < n && text[i] == ',') {
                ++i;
                continue;
            }
            if (i < n && text[i] == '}') {
                ++i;
                break;
            }
            return std::nullopt;
        }
    }
    space();
    if (i != n) {
        return std::nullopt;
    }
    return members;
}

/** The wire JSON of one stored row: "fields" copied, "clocks" rewritten in `form`. */
Result<void, DecodeError> appendStored(std::string& out, const StoredRow& row, ClockForm form)
{
    if (row.fields.empty() || row.fields.front() != '{') {
        return fail(DecodeErrc::NotAnObject, "stored row " + row.id + " is damaged");
    }
    // Clocks are read without building a DOM; text the fast reader does not take goes through
    // the full parser (it holds views into `parsed`).
    json parsed;
    auto clocks = plainStringObject(row.clocks);
    if (!clocks) {
        parsed = json::parse(row.clocks, nullptr, false);
        if (!parsed.is_object()) {
            return fail(DecodeErrc::NotAnObject, "stored row " + row.id + " is damaged");
        }
        clocks.emplace();
        for (auto it = parsed.begin(); it != parsed.end(); ++it) {
            if (!it->is_string()) {
                return fail(DecodeErrc::WrongType, "stored row " + row.id + " has a damaged clock");
            }
            clocks->emplace_back(it.key(), it->get_ref<const std::string&>());
        }
    }
    // The clock text most fields share (ties: the greatest, as sharedClockOf: the encoding sorts
    // like the clock).
    std::string_view shared;
    bool haveShared = false;
    if (form == ClockForm::Shared) {
        std::size_t best = 0;
        for (const auto& [name, clock] : *clocks) {
            if (haveShared && clock == shared) {
                continue;
            }
            std::size_t count = 0;
            for (const auto& other : *clocks) {
                count += other.second == clock ? 1 : 0;
            }
            if (count > best || (count == best && shared < clock)) {
                shared = clock;
                best = count;
                haveShared = true;
            }
        }
    }
    out += '{';
    if (haveShared) {
        out += "\"clock\":";
        appendString(out, shared);
        out += ',';
        bool any = false;
        for (const auto& [name, clock] : *clocks) {
            if (clock == shared) {
                continue;
            }
            out += any ? "," : "\"clocks\":{";
            any = true;
            appendString(out, name);
            out += ':';
            appendString(out, clock);
        }
        if (any) {
            out += "},";
        }
    } else {
        out += "\"clocks\":";
        out += row.clocks;
        out += ',';
    }
    out += "\"entity\":";
    appendString(out, enumName(row.type));
    out += ",\"fields\":";
    out += row.fields;
    out += ",\"id\":";
    appendString(out, row.id);
    out += ",\"version\":";
    out += std::to_string(row.version);
    out += '}';
    return {};
}

} // namespace

Result<std::string, DecodeError> encode(const StoredPullResponse& r, ClockForm form)
{
    std::string out;
    std::size_t size = 64;
    for (const StoredRow& row : r.rows) {
        size += row.fields.size() + row.clocks.size() + row.id.size() + 64;
    }
    out.reserve(size);
    out += "{\"cursor\":";
    out += std::to_string(r.cursor);
    out += ",\"hasMore\":";
    out += r.hasMore ? "true" : "false";
    out += ",\"rows\":[";
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        if (auto written = appendStored(out, r.rows[i], form); !written) {
            return fail(written.error());
        }
    }
    out += "],\"serverClock\":";
    appendString(out, r.serverClock.encode());
    out += '}';
    return out;
}

Result<PullResponse, DecodeError> pullResponseFromJson(const json& j)
{
    auto rows = arrayOf<SyncRow>(j, "rows", syncRowFromJson);
    if (!rows) {
        return fail(rows.error());
    }
    auto cursor = integerMember(j, "cursor");
    if (!cursor) {
        return fail(cursor.error());
    }
    auto hasMore = boolMember(j, "hasMore");
    if (!hasMore) {
        return fail(hasMore.error());
    }
    auto clockText = member(j, "serverClock");
    if (!clockText) {
        return fail(clockText.error());
    }
    auto clock = clockFrom(**clockText, "serverClock");
    if (!clock) {
        return fail(clock.error());
    }
    return PullResponse{std::move(*rows), *cursor, *hasMore, std::move(*clock)};
}

std::vector<std::string_view> pullRowTexts(std::string_view body)
{
    const std::size_t n = body.size();
    auto skipSpace = [&](std::size_t i) {
        while (i < n && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) {
            ++i;
        }
        return i;
    };
    std::vector<std::string_view> rows;
    std::size_t rowsArray = std::string_view::npos; // where the '[' of "rows" is
    bool inRows = false;
    std::size_t rowStart = 0;
    int depth = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = body[i];
        if (c == '"') {
            std::size_t j = i + 1;
            while (j < n && body[j] != '"') {
                j += body[j] == '\\' ? 2 : 1;
            }
            if (j >= n) {
                return {};
            }
            if (depth == 1 && body.substr(i + 1, j - i - 1) == "rows") {
                std::size_t k = skipSpace(j + 1);
                if (k < n && body[k] == ':') {
                    k = skipSpace(k + 1);
                    if (k < n && body[k] == '[') {
                        rowsArray = k;
                    }
                }
            }
            i = j;
        } else if (c == '{' || c == '[') {
            ++depth;
            if (i == rowsArray) {
                inRows = true;
            } else if (inRows && depth == 3) {
                rowStart = i;
            }
        } else if (c == '}' || c == ']') {
            if (inRows && depth == 3) {
                rows.push_back(body.substr(rowStart, i - rowStart + 1));
            } else if (inRows && depth == 2) {
                inRows = false;
            }
            if (--depth < 0) {
                return {};
            }
        }
    }
    return depth == 0 ? rows : std::vector<std::string_view>();
}

} // namespace petinfo::sync
