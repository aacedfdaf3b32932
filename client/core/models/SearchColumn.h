// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::client {

/** The search text of every row of a list, folded once when a row is loaded or changed, kept in one
 *  UTF-8 buffer in row order. Matching a keystroke against 50,000 rows then reads about 3 MB of
 *  contiguous memory and allocates nothing (SearchTerms::matches on rowText()). */
class SearchColumn final
{
public:
    /** One row's searchable fields, collected before the row is stored. Any number of fields can be
     *  added (e.g. several written forms of each phone number); each ends in '\n', so that no search
     *  term matches across two of them. Reuse one RowText for many rows: clear() keeps its buffer. */
    class RowText final
    {
    public:
        /** A name or other text, case- and accent-folded (foldForSearch). */
        void addText(QStringView text);
        /** Text that foldForSearch already folded (e.g. a sort key). */
        void addFolded(QStringView folded);
        /** The digits of a phone or microchip number, and its leading '+' (phoneDigits). */
        void addDigits(QStringView text);
        void clear() { m_bytes.clear(); }
        std::string_view bytes() const { return m_bytes; }

    private:
        std::string m_bytes;
    };

    int rowCount() const { return static_cast<int>(m_ends.size()); }
    /** A row's fields, each followed by '\n'. Valid until the column next changes. */
    std::string_view rowText(int row) const
    {
        const auto i = static_cast<std::size_t>(row);
        const std::uint32_t begin = i == 0 ? 0 : m_ends[i - 1];
        return std::string_view(m_text).substr(begin, m_ends[i] - begin);
    }

    void clear();
    void reserve(int rows, std::size_t bytes);
    void append(const RowText& text);
    /** Replaces a row's text (a pet edited): moves the text of the rows after it. */
    void replace(int row, const RowText& text);
    void remove(int row);

private:
    std::string m_text;
    std::vector<std::uint32_t> m_ends; ///< where each row's text ends in m_text
};

} // namespace petinfo::client
