// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SearchText.h"

#include <algorithm>

namespace petinfo::client {

namespace {

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

bool isNumberSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(') ||
           c == QLatin1Char(')') || c == QLatin1Char('/');
}

} // namespace

QString foldForSearch(QStringView text)
{
    if (isAscii(text)) {
        return text.toString().toLower();
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded.append(c);
        }
    }
    return folded.toCaseFolded();
}

QString phoneDigits(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty())) {
            digits.append(c);
        }
    }
    return digits;
}

bool SearchTerms::matches(std::string_view rowText) const
{
    for (const std::string& needle : m_needles) {
        if (rowText.find(needle) == std::string_view::npos) {
            return false;
        }
    }
    return true;
}

SearchTerms::Relation SearchTerms::relationTo(const SearchTerms& previous) const
{
    // Each of `inner`'s terms occurs in one of `outer`'s: a row that has every term of `outer` has
    // every term of `inner`, so `outer` matches a subset of `inner`'s rows.
    auto within = [](const QStringList& inner, const QStringList& outer) {
        return std::all_of(inner.begin(), inner.end(), [&](const QString& term) {
            return std::any_of(outer.begin(), outer.end(), [&](const QString& o) { return o.contains(term); });
        });
    };
    const bool narrower = within(previous.m_terms, m_terms);
    const bool broader = within(m_terms, previous.m_terms);
    if (narrower && broader) {
        return Relation::Same;
    }
    if (narrower) {
        return Relation::Narrower;
    }
    return broader ? Relation::Broader : Relation::Other;
}

SearchTerms SearchTerms::parse(QStringView typed)
{
    SearchTerms result;
    const QStringView trimmed = typed.trimmed();
    if (trimmed.isEmpty()) {
        return result;
    }
    bool numberLike = true;
    bool hasDigit = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        hasDigit = hasDigit || c.isDigit();
        if (!(c.isDigit() || isNumberSeparator(c) || (c == QLatin1Char('+') && i == 0))) {
            numberLike = false;
            break;
        }
    }
    if (numberLike && hasDigit) {
        // A leading '+' is kept: "+54 11" only matches numbers stored with that country code.
        result.m_terms << phoneDigits(trimmed);
    } else {
        // Any whitespace separates words (a pasted tab or line break too): a term never holds the
        // line breaks that separate a row's fields.
        const QString folded = foldForSearch(trimmed);
        qsizetype start = -1;
        for (qsizetype i = 0; i <= folded.size(); ++i) {
            const bool space = i == folded.size() || folded[i].isSpace();
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                result.m_terms << folded.mid(start, i - start);
                start = -1;
            }
        }
    }
    result.m_needles.reserve(static_cast<std::size_t>(result.m_terms.size()));
    for (const QString& term : std::as_const(result.m_terms)) {
        result.m_needles.push_back(term.toStdString());
    }
    std::sort(result.m_needles.begin(), result.m_needles.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return result;
}

} // namespace petinfo::client
