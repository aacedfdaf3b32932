// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace petinfo::client {

/** Lower-cases and strips accents so that "Ñandú", "ñandu" and "NANDU" all match. ASCII text (the
 *  common case for microchips and most names) takes a fast path without Unicode normalisation. */
QString foldForSearch(QStringView text);

/** Digits (and a leading '+') of a phone number: "+54 9 11-2345" gives "+549112345". */
QString phoneDigits(QStringView text);

/** What the user typed in the filter box, prepared once per keystroke: folded terms, and the same
 *  terms in UTF-8 to match against a SearchColumn without converting any row. */
class SearchTerms final
{
public:
    /** How the rows matched by one search relate to those matched by another. */
    enum class Relation
    {
        Same,     ///< the same terms
        Narrower, ///< every row it matches, the other matches too (more typed)
        Broader,  ///< every row the other matches, it matches too (text deleted)
        Other,
    };

    /** Splits on whitespace, except when the text looks like a phone or microchip number ("11 2345-6789",
     *  "982 000 123"), which becomes one term without its separators. */
    static SearchTerms parse(QStringView typed);

    bool isEmpty() const { return m_terms.isEmpty(); }
    /** Every term must occur in a row's search text. */
    const QStringList& terms() const { return m_terms; }

    /** Whether every term occurs in `rowText`, a SearchColumn row (folded UTF-8 fields, each ending
     *  in '\n'). Terms never hold whitespace, so no term matches across two fields. */
    bool matches(std::string_view rowText) const;
    /** Works out from the terms alone, without looking at any row, how this search's matches relate
     *  to `previous`'s: a term that contains one of `previous`'s terms can only match fewer rows. */
    Relation relationTo(const SearchTerms& previous) const;

private:
    QStringList m_terms;
    std::vector<std::string> m_needles; ///< m_terms in UTF-8, longest first (they fail soonest)
};

} // namespace petinfo::client
