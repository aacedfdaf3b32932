// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SearchText.h"

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

bool SearchTerms::matches(const QString& searchText) const
{
    for (const QString& term : terms) {
        if (!searchText.contains(term)) {
            return false;
        }
    }
    return true;
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
        result.terms << phoneDigits(trimmed);
        return result;
    }
    const QString folded = foldForSearch(trimmed);
    for (const QStringView word : QStringView(folded).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        result.terms << word.toString();
    }
    return result;
}

} // namespace petinfo::client
