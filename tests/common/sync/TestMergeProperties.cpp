// SPDX-License-Identifier: GPL-3.0-or-later
// Property tests of the merge: any order, any duplication and any grouping of the same changes end
// in the same row, which holds the greatest write of each field; no written value disappears
// without a conflict entry recording it.
#include "petinfo/common/Random.h"
#include "petinfo/common/sync/Merge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace petinfo;
using namespace petinfo::sync;
using nlohmann::json;

namespace {

constexpr std::int64_t kT0 = 1700000000000;

struct Scenario
{
    std::string id;
    std::vector<SyncRow> changes;
};

Scenario randomScenario(std::mt19937& rng)
{
    const std::vector<std::string> fields{"name", "breed", "notes", "colour", "deleted"};
    const std::vector<std::string> nodes{"a", "b", "c"};
    Scenario s{newUuid(), {}};
    const int count = 2 + static_cast<int>(rng() % 8);
    for (int i = 0; i < count; ++i) {
        SyncRow change{EntityType::Pet, s.id, {}, 0};
        const int width = 1 + static_cast<int>(rng() % 3);
        for (int f = 0; f < width; ++f) {
            const std::string& field = fields[rng() % fields.size()];
            // A small range of clocks so that ties on wall time and counter are common; the same
            // (wall, counter, node) with another value models a faulty node.
            const Hlc clock{kT0 + static_cast<std::int64_t>(rng() % 4), static_cast<std::uint32_t>(rng() % 2),
                            nodes[rng() % nodes.size()]};
            const json value = field == "deleted" ? json(rng() % 2 == 0) : json("v" + std::to_string(rng() % 5));
            change.fields.insert_or_assign(field, FieldValue{value, clock});
        }
        s.changes.push_back(std::move(change));
    }
    return s;
}

SyncRow applyAll(const std::vector<SyncRow>& changes, std::vector<ConflictEntry>* conflicts = nullptr)
{
    SyncRow row;
    for (const SyncRow& change : changes) {
        MergeResult r = merge(row, change);
        if (conflicts) {
            conflicts->insert(conflicts->end(), r.conflicts.begin(), r.conflicts.end());
        }
        row = std::move(r.row);
    }
    return row;
}

/** The expected winner of each field, computed without merge(): the greatest (clock, value). */
std::map<std::string, FieldValue> reference(const std::vector<SyncRow>& changes)
{
    std::map<std::string, FieldValue> best;
    for (const SyncRow& change : changes) {
        for (const auto& [name, write] : change.fields) {
            auto it = best.find(name);
            if (it == best.end() || it->second.clock < write.clock ||
                (it->second.clock == write.clock && it->second.value.dump() < write.value.dump())) {
                best.insert_or_assign(name, write);
            }
        }
    }
    return best;
}

} // namespace

TEST(MergeProperties, OrderDuplicationAndGroupingDoNotMatter)
{
    constexpr unsigned kSeeds = 300;
    for (unsigned seed = 1; seed <= kSeeds; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        std::mt19937 rng(seed);
        const Scenario s = randomScenario(rng);
        const SyncRow expected = applyAll(s.changes);

        // The reference winner of every field.
        const auto best = reference(s.changes);
        ASSERT_EQ(expected.fields.size(), best.size());
        for (const auto& [name, write] : best) {
            ASSERT_EQ(expected.fields.at(name), write) << name;
        }

        for (int round = 0; round < 20; ++round) {
            // Any permutation.
            std::vector<SyncRow> shuffled = s.changes;
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            ASSERT_EQ(applyAll(shuffled), expected);

            // With duplicates (retries) anywhere.
            std::vector<SyncRow> repeated = shuffled;
            for (const SyncRow& c : s.changes) {
                if (rng() % 2 == 0) {
                    repeated.insert(repeated.begin() + static_cast<long>(rng() % (repeated.size() + 1)), c);
                }
            }
            ASSERT_EQ(applyAll(repeated), expected);

            // Grouped: two replicas each merge a part, then merge their rows into each other.
            const std::size_t cut = rng() % (shuffled.size() + 1);
            const SyncRow left = applyAll({shuffled.begin(), shuffled.begin() + static_cast<long>(cut)});
            const SyncRow right = applyAll({shuffled.begin() + static_cast<long>(cut), shuffled.end()});
            SyncRow leftThenRight = left.exists() ? merge(left, right).row : right;
            SyncRow rightThenLeft = right.exists() ? merge(right, left).row : left;
            ASSERT_EQ(leftThenRight, expected);
            ASSERT_EQ(rightThenLeft, expected);
        }
    }
}

TEST(MergeProperties, EveryOverwrittenValueIsInTheConflictLog)
{
    for (unsigned seed = 1; seed <= 300; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        std::mt19937 rng(seed);
        const Scenario s = randomScenario(rng);
        std::vector<SyncRow> shuffled = s.changes;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        std::vector<ConflictEntry> conflicts;
        const SyncRow row = applyAll(shuffled, &conflicts);

        for (const SyncRow& change : s.changes) {
            for (const auto& [name, write] : change.fields) {
                if (write.value == *row.value(name)) {
                    continue;
                }
                const bool logged = std::any_of(conflicts.begin(), conflicts.end(), [&](const ConflictEntry& c) {
                    return c.field == name && c.losingValue() == write.value;
                });
                ASSERT_TRUE(logged) << name << " = " << write.value.dump() << " vanished";
            }
        }
        for (const ConflictEntry& c : conflicts) {
            ASSERT_NE(c.storedValue, c.incomingValue);
        }
    }
}
