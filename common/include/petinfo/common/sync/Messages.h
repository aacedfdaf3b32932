// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Result.h"
#include "petinfo/common/WireCodec.h"
#include "petinfo/common/sync/Merge.h"
#include "petinfo/common/sync/Row.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::sync {

/** The sync schema version this build speaks. The server accepts it and the one before.
 *  2: rows and mutations may carry their clocks in the shared form (ClockForm::Shared).
 *  3: pulls may carry server-authored `reminder` and `message` rows (left out for 2). */
inline constexpr int kSchemaVersion = 3;
bool isSupportedSchemaVersion(int version);

/** How a row's per-field clocks are written. Readers accept both forms, in any message.
 *  - PerField (schema 1): "clocks" names the clock of every field.
 *  - Shared (schema 2): "clock" is the clock of every field that "clocks" does not name, so a
 *    row written in one edit carries one clock instead of one per field (a third of the bytes). */
enum class ClockForm
{
    PerField,
    Shared
};
/** The form a peer speaking `schemaVersion` understands. */
ClockForm clockFormFor(int schemaVersion);

/** Limits shared by both sides, so a client never builds a request the server refuses. */
inline constexpr std::size_t kMaxMutationsPerPush = 500;
inline constexpr int kDefaultPullLimit = 500;
inline constexpr int kMaxPullLimit = 1000;

/** Error codes on the wire: per mutation in a push response, or as the HTTP error's code. */
namespace errc {
inline constexpr std::string_view kMalformed = "malformed_mutation";   ///< not a mutation at all
inline constexpr std::string_view kInvalidId = "invalid_id";           ///< bad row id
inline constexpr std::string_view kUnknownField = "unknown_field";     ///< field not in the schema
inline constexpr std::string_view kWrongType = "wrong_type";           ///< value of the wrong JSON type
inline constexpr std::string_view kAppendOnly = "append_only";         ///< edit of a health record / attachment
inline constexpr std::string_view kValidation = "validation_failed";   ///< merged row fails validation
inline constexpr std::string_view kForbidden = "forbidden";            ///< the caller's role may not write it
inline constexpr std::string_view kClockSkew = "clock_skew";           ///< clock too far in the future
inline constexpr std::string_view kTagTaken = "tag_taken";             ///< tag id owned by another organisation
inline constexpr std::string_view kMutationGap = "mutation_gap";       ///< HTTP 409: a mutation id was skipped
inline constexpr std::string_view kResyncRequired = "resync_required"; ///< HTTP 410: cursor older than the horizon
inline constexpr std::string_view kUnsupportedSchema = "unsupported_schema_version"; ///< HTTP 400
inline constexpr std::string_view kClientMismatch = "client_mismatch"; ///< HTTP 403: clientId of another device
} // namespace errc

/** One change from one device. Mutation ids of a device rise by exactly 1 from 1. */
struct Mutation
{
    std::int64_t id = 0;
    SyncRow change;
    /** Set when the element carried an id but no usable change: the server refuses it as a
     *  permanent error rather than refusing the whole push (which would block the device forever). */
    std::optional<RowProblem> malformed;
};

struct PushRequest
{
    int schemaVersion = kSchemaVersion;
    std::string clientId;
    std::vector<Mutation> mutations;
};

enum class MutationStatus
{
    Applied,   ///< merged and stored (possibly with no visible change)
    Duplicate, ///< id at or below the last one stored: acknowledged again, not applied again
    Rejected   ///< permanent error: the id is consumed, the change is not applied
};

struct MutationResult
{
    std::int64_t id = 0;
    MutationStatus status = MutationStatus::Applied;
    std::int64_t version = 0;             ///< version of the row after an applied change (0 if unchanged)
    std::optional<RowProblem> error;      ///< for Rejected
    std::vector<ConflictEntry> conflicts; ///< fields where this change met a different value
};

struct PushResponse
{
    std::vector<MutationResult> results;
    std::int64_t lastMutationId = 0; ///< the device's last consumed mutation id after this push
    Hlc serverClock;                 ///< feed to HlcClock::receive
};

struct PullRequest
{
    int schemaVersion = kSchemaVersion;
    std::int64_t cursor = 0; ///< 0: everything; otherwise the cursor of the previous pull
    int limit = kDefaultPullLimit;
};

struct PullResponse
{
    std::vector<SyncRow> rows; ///< in version order
    std::int64_t cursor = 0;   ///< pass back in the next pull
    bool hasMore = false;
    Hlc serverClock;
};

/** A row in the server's storage shape: its field values and their clocks, each the text of a
 *  JSON object that the server wrote itself (so it is not decoded to be sent on). */
struct StoredRow
{
    EntityType type = EntityType::Pet;
    std::string id;
    std::string fields;
    std::string clocks;
    std::int64_t version = 0;
};

/** A pull answer made of stored rows, for the server's side of a pull. */
struct StoredPullResponse
{
    std::vector<StoredRow> rows;
    std::int64_t cursor = 0;
    bool hasMore = false;
    Hlc serverClock;
};

nlohmann::json toJson(const SyncRow& row, ClockForm form = ClockForm::PerField);
/** Appends exactly the text of toJson(row, form).dump() to `out`, without building a DOM (pulls
 *  and the client's store write rows by the hundred thousand). */
void appendJson(std::string& out, const SyncRow& row, ClockForm form);
nlohmann::json toJson(const ConflictEntry& conflict);
nlohmann::json toJson(const Mutation& mutation, ClockForm form = ClockForm::PerField);
nlohmann::json toJson(const PushRequest& request);
nlohmann::json toJson(const MutationResult& result);
nlohmann::json toJson(const PushResponse& response);
nlohmann::json toJson(const PullRequest& request);
nlohmann::json toJson(const PullResponse& response, ClockForm form = ClockForm::PerField);
/** The text of toJson(response, form).dump(), written row by row. */
std::string encode(const PullResponse& response, ClockForm form);
/** The same message from stored rows: the values are copied as they are and only the clocks are
 *  read. Fails (naming the row) when a row's stored text is not a JSON object. */
Result<std::string, DecodeError> encode(const StoredPullResponse& response, ClockForm form);

Result<SyncRow, DecodeError> syncRowFromJson(const nlohmann::json& json);
Result<ConflictEntry, DecodeError> conflictFromJson(const nlohmann::json& json);
/** Decodes one push element. Fails only when there is no integer id; any other problem becomes
 *  `Mutation::malformed`. */
Result<Mutation, DecodeError> mutationFromJson(const nlohmann::json& json);
Result<PushRequest, DecodeError> pushRequestFromJson(const nlohmann::json& json);
Result<MutationResult, DecodeError> mutationResultFromJson(const nlohmann::json& json);
Result<PushResponse, DecodeError> pushResponseFromJson(const nlohmann::json& json);
Result<PullRequest, DecodeError> pullRequestFromJson(const nlohmann::json& json);
Result<PullResponse, DecodeError> pullResponseFromJson(const nlohmann::json& json);
/** A pull answer read from its text without building a JSON document (a first sync reads a
 *  hundred thousand rows). Takes only the shape the server writes; for any other text, nullopt,
 *  and the caller parses the text and uses pullResponseFromJson, which names what is wrong.
 *  Whatever it takes, it reads as pullResponseFromJson reads the parsed text. With `rowTexts`,
 *  also gives the text of each row as a slice of `body` (what pullRowTexts finds). */
std::optional<PullResponse> readPullResponse(std::string_view body, std::vector<std::string_view>* rowTexts = nullptr);

/** The cursor and the "more" flag a pull answer opens with when the server writes it
 *  ({"cursor":N,"hasMore":B,...}), read without reading the rows, so that a client can ask for
 *  the next page while it reads this one. nullopt for any other opening; the full read of the
 *  answer must then agree with it. */
struct PullHead
{
    std::int64_t cursor = 0;
    bool hasMore = false;
};
std::optional<PullHead> readPullHead(std::string_view body);

/** The text of each element of the top-level "rows" array of a pull answer, in order, as slices
 *  of `body`; empty when the scan finds no such array or the text ends early. Only the nesting is
 *  followed: parse `body` too. The slices let a client keep each row's text as it arrived instead
 *  of writing it out again. */
std::vector<std::string_view> pullRowTexts(std::string_view body);

} // namespace petinfo::sync

namespace petinfo {
template <>
struct EnumNames<sync::MutationStatus>
{
    static constexpr std::array<std::string_view, 3> names{"applied", "duplicate", "rejected"};
};
template <>
struct EnumNames<sync::Winner>
{
    static constexpr std::array<std::string_view, 2> names{"stored", "incoming"};
};
} // namespace petinfo
