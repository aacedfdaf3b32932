// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "petinfo/common/sync/Row.h"

#include <optional>
#include <string>
#include <vector>

namespace petinfo::sync {

enum class Winner
{
    Stored,
    Incoming
};

/** Two different values of one field met in a merge. The loser is kept here so that people can
 *  see it and restore it (restoring is a new edit). */
struct ConflictEntry
{
    EntityType type = EntityType::Pet;
    std::string rowId;
    std::string field;
    nlohmann::json storedValue;
    Hlc storedClock;
    nlohmann::json incomingValue;
    Hlc incomingClock;
    Winner winner = Winner::Stored;

    const nlohmann::json& winningValue() const { return winner == Winner::Stored ? storedValue : incomingValue; }
    const nlohmann::json& losingValue() const { return winner == Winner::Stored ? incomingValue : storedValue; }
    const Hlc& losingClock() const { return winner == Winner::Stored ? incomingClock : storedClock; }

    friend bool operator==(const ConflictEntry&, const ConflictEntry&) = default;
};

struct MergeResult
{
    SyncRow row;
    std::vector<std::string> changedFields; ///< fields of `row` that differ from the stored row
    std::vector<ConflictEntry> conflicts;

    bool changed() const { return !changedFields.empty(); }
};

/** Per-field last-writer-wins by HLC. For each field the write with the greater clock wins; a
 *  field only one side has is taken from it. Equal clocks with different values (only possible
 *  from a faulty node) are settled by comparing the serialised values, so the result never
 *  depends on the order of the arguments. The merge is commutative, associative and idempotent on
 *  the resulting fields. A conflict entry is reported for every field where two different values
 *  met. `stored` may be an empty row (not yet stored); the version of `stored` is kept.
 *  Precondition: same type and id (otherwise `stored` is returned unchanged). */
MergeResult merge(const SyncRow& stored, const SyncRow& incoming);

/** Why a change or row is refused. `code` is one of the errc constants of Messages.h. */
struct RowProblem
{
    std::string code;
    std::string field;
    std::string message;

    friend bool operator==(const RowProblem&, const RowProblem&) = default;
};

/** Checks a change on its own and against the stored row, before merging: a valid row id, only
 *  known fields with the right JSON types, a clock on each; for append-only types (health records,
 *  attachments) no field of an existing row may change except `deleted`. */
std::optional<RowProblem> checkChange(const SyncRow& stored, const SyncRow& change);

/** Checks a merged row: a row that is not deleted must decode as its domain object and pass the
 *  validation of Validation.h (errors only; warnings pass). Deleted rows always pass, so a delete
 *  is never refused. `today` is the latest date a record may carry. */
std::optional<RowProblem> checkRow(const SyncRow& row, const Date& today);

/** For append-only types: drops the fields of `change` that would rewrite an existing row with
 *  the value it already has (an idempotent re-create), so that only `deleted` can remain. */
SyncRow withoutReplayedFields(const SyncRow& stored, const SyncRow& change);

} // namespace petinfo::sync
