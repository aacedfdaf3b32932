// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RowChunk.h"

#include <lz4.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace petinfo::client::rowchunk {

namespace {

// Layout before compression: u32 count, u32 end offset of each text (relative to the text
// area), then the texts. The packed blob is u32 size before compression, then the LZ4 block.
// Integers are little-endian.
constexpr std::size_t kWord = 4;
constexpr std::uint32_t kMaxRaw = 64U << 20; // far above 64 rows of any real size

void putWord(std::string& out, std::uint32_t value)
{
    for (std::size_t i = 0; i < kWord; ++i) {
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
    }
}

std::uint32_t getWord(const char* in)
{
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < kWord; ++i) {
        value |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[i])) << (8 * i);
    }
    return value;
}

/** The text the two arguments (chunk, index) name, or nullopt after reporting an SQL error. */
std::optional<std::string> unpackArguments(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 2 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_error(context, "the chunk of a stored sync row is missing", -1);
        return std::nullopt;
    }
    const auto* data = static_cast<const char*>(sqlite3_value_blob(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    auto text = unpack(std::string_view(data, static_cast<std::size_t>(size)), sqlite3_value_int(argv[1]));
    if (!text) {
        sqlite3_result_error(context, "the chunk of a stored sync row is damaged", -1);
    }
    return text;
}

void sqlRow(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (const auto text = unpackArguments(context, argc, argv)) {
        sqlite3_result_text(context, text->data(), static_cast<int>(text->size()), SQLITE_TRANSIENT);
    }
}

void sqlVersion(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    const auto text = unpackArguments(context, argc, argv);
    if (!text) {
        return;
    }
    const nlohmann::json row = nlohmann::json::parse(*text, nullptr, false);
    const auto it = row.is_object() ? row.find("version") : row.end();
    if (it == row.end() || !it->is_number_integer()) {
        sqlite3_result_error(context, "a stored sync row in a chunk has no version", -1);
        return;
    }
    sqlite3_result_int64(context, it->get<sqlite3_int64>());
}

} // namespace

std::string pack(const std::vector<std::string_view>& texts)
{
    std::string raw;
    std::size_t total = 0;
    for (std::string_view text : texts) {
        total += text.size();
    }
    raw.reserve(kWord * (texts.size() + 1) + total);
    putWord(raw, static_cast<std::uint32_t>(texts.size()));
    std::uint32_t end = 0;
    for (std::string_view text : texts) {
        end += static_cast<std::uint32_t>(text.size());
        putWord(raw, end);
    }
    for (std::string_view text : texts) {
        raw.append(text);
    }
    const int bound = LZ4_compressBound(static_cast<int>(raw.size()));
    std::string packed;
    putWord(packed, static_cast<std::uint32_t>(raw.size()));
    packed.resize(kWord + static_cast<std::size_t>(bound));
    const int written = LZ4_compress_default(raw.data(), packed.data() + kWord, static_cast<int>(raw.size()), bound);
    packed.resize(kWord + static_cast<std::size_t>(std::max(written, 0)));
    return packed;
}

std::optional<std::string> unpack(std::string_view packed, int index)
{
    if (packed.size() < kWord || index < 0) {
        return std::nullopt;
    }
    const std::uint32_t rawSize = getWord(packed.data());
    if (rawSize < kWord || rawSize > kMaxRaw || packed.size() - kWord > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    std::string raw(rawSize, '\0');
    const int got = LZ4_decompress_safe(packed.data() + kWord, raw.data(), static_cast<int>(packed.size() - kWord),
                                        static_cast<int>(rawSize));
    if (got < 0 || static_cast<std::uint32_t>(got) != rawSize) {
        return std::nullopt;
    }
    const std::uint32_t count = getWord(raw.data());
    if (count == 0 || count > (rawSize - kWord) / kWord || static_cast<std::uint32_t>(index) >= count) {
        return std::nullopt;
    }
    const std::size_t area = kWord * (static_cast<std::size_t>(count) + 1);
    const std::size_t available = rawSize - area;
    const std::uint32_t begin = index == 0 ? 0 : getWord(raw.data() + kWord * static_cast<std::size_t>(index));
    const std::uint32_t end = getWord(raw.data() + kWord * (static_cast<std::size_t>(index) + 1));
    if (begin > end || end > available) {
        return std::nullopt;
    }
    return raw.substr(area + begin, end - begin);
}

int registerSqlFunctions(sqlite3* db)
{
    const int rc = sqlite3_create_function_v2(db, "petinfo_sync_row", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                              &sqlRow, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return rc;
    }
    return sqlite3_create_function_v2(db, "petinfo_sync_row_version", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                      &sqlVersion, nullptr, nullptr, nullptr);
}

} // namespace petinfo::client::rowchunk
