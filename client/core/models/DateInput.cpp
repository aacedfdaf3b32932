// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DateInput.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>

namespace petinfo::client {

namespace {

enum class Part
{
    Day,
    Month,
    Year
};
using Order = std::array<Part, 3>;

struct Token
{
    QString text;
    bool number = false;
};

/** Lower case without accents or dots: "Março." -> "marco", so "marco" and "março" both match. */
QString folded(const QString& word)
{
    QString out;
    for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing && c != QLatin1Char('.')) {
            out += c.toLower();
        }
    }
    return out;
}

/** Where day, month and year stand in the locale's short format ("M/d/yy" -> month, day, year). */
Order localeOrder(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const auto pos = [&](QChar c) {
        const qsizetype i = format.indexOf(c);
        return i < 0 ? format.size() : i;
    };
    std::array<std::pair<qsizetype, Part>, 3> parts{{{pos(QLatin1Char('d')), Part::Day},
                                                     {pos(QLatin1Char('M')), Part::Month},
                                                     {pos(QLatin1Char('y')), Part::Year}}};
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return {parts[0].second, parts[1].second, parts[2].second};
}

/** The month a word names (3+ letters of a month's name, or a whole short name) in the locale or
 *  in English; 0 when it names none or more than one. */
int monthOf(const QString& word, const QLocale& locale)
{
    const QString w = folded(word);
    if (w.isEmpty()) {
        return 0;
    }
    QSet<int> found;
    for (const QLocale& l : {locale, QLocale(QLocale::English)}) {
        for (int m = 1; m <= 12; ++m) {
            for (const QString& name :
                 {l.monthName(m, QLocale::LongFormat), l.monthName(m, QLocale::ShortFormat),
                  l.standaloneMonthName(m, QLocale::LongFormat), l.standaloneMonthName(m, QLocale::ShortFormat)}) {
                const QString n = folded(name);
                if (n == w || (w.size() >= 3 && n.startsWith(w))) {
                    found.insert(m);
                }
            }
        }
    }
    return found.size() == 1 ? *found.cbegin() : 0;
}

/** Words people put between the parts: "15 de marzo de 2020", "the 15th of March". */
bool isFiller(const QString& word)
{
    static const QSet<QString> fillers = {QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("of"),
                                          QStringLiteral("the")};
    return fillers.contains(folded(word));
}

bool isOrdinalSuffix(const QString& word)
{
    static const QSet<QString> suffixes = {QStringLiteral("st"), QStringLiteral("nd"), QStringLiteral("rd"),
                                           QStringLiteral("th"), QStringLiteral("o"),  QStringLiteral("a")};
    return suffixes.contains(folded(word));
}

std::optional<int> yearOf(const QString& digits, const QDate& reference)
{
    if (digits.size() == 4) {
        return digits.toInt();
    }
    if (digits.size() != 2) {
        return std::nullopt; // "202" or "5" is a typo, not a year
    }
    // The 100 years that end 20 years after the reference year.
    const int last = reference.year() + 20;
    const int yy = digits.toInt();
    int year = (last / 100) * 100 + yy;
    if (year > last) {
        year -= 100;
    }
    return year;
}

QDate dateFrom(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? date : QDate();
}

/** Three numbers in a given order; null when they are no date (never rolled over). */
QDate fromNumbers(const QStringList& numbers, const Order& order, const QDate& reference)
{
    std::optional<int> year;
    int month = 0;
    int day = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const QString& n = numbers[static_cast<qsizetype>(i)];
        switch (order[i]) {
        case Part::Year:
            year = yearOf(n, reference);
            break;
        case Part::Month:
            month = n.size() <= 2 ? n.toInt() : 0;
            break;
        case Part::Day:
            day = n.size() <= 2 ? n.toInt() : 0;
            break;
        }
    }
    return year ? dateFrom(*year, month, day) : QDate();
}

bool tokenize(const QString& text, QList<Token>& tokens)
{
    static const QString separators = QStringLiteral(" /.-,\t");
    Token current;
    auto flush = [&] {
        if (!current.text.isEmpty()) {
            tokens.append(current);
        }
        current = Token{};
    };
    for (const QChar c : text) {
        // "1º de mayo", "1ª": the ordinal indicators count as letters in Unicode; here they separate.
        if (c == QChar(0xBA) || c == QChar(0xAA)) {
            flush();
            continue;
        }
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            if (!current.number) {
                flush();
                current.number = true;
            }
            current.text += c;
        } else if (c.isLetter()) {
            if (current.number) {
                flush();
            }
            current.text += c;
        } else if (separators.contains(c)) {
            flush();
        } else {
            return false;
        }
    }
    flush();
    return true;
}

} // namespace

DateInput parseDateInput(const QString& text, const QLocale& locale, const QDate& reference)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    const DateInput invalid{DateInput::State::Invalid, {}};
    QList<Token> tokens;
    if (!tokenize(trimmed, tokens)) {
        return invalid;
    }
    QStringList numbers;
    int month = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.number) {
            numbers << t.text;
            continue;
        }
        if (isFiller(t.text) || (i > 0 && tokens[i - 1].number && isOrdinalSuffix(t.text))) {
            continue;
        }
        if (month != 0) {
            return invalid; // two month names
        }
        month = monthOf(t.text, locale);
        if (month == 0) {
            return invalid;
        }
    }

    QDate date;
    if (month != 0) {
        if (numbers.size() != 2) {
            return invalid; // no year, or a stray number
        }
        // A four-digit number (or one over 31) is the year; otherwise the day comes first, as in
        // "15 Mar 20" and "Mar 15, 20".
        const int yearIndex = numbers[0].size() > 2 || numbers[0].toInt() > 31 ? 0 : 1;
        const QString& dayText = numbers[1 - yearIndex];
        const auto year = yearOf(numbers[yearIndex], reference);
        if (!year || dayText.size() > 2) {
            return invalid;
        }
        date = dateFrom(*year, month, dayText.toInt());
    } else if (numbers.size() == 1 && numbers[0].size() == 8) {
        // "15032020" or "20200315": only if exactly one reading is a date.
        const QString& n = numbers[0];
        const Order order = localeOrder(locale);
        QStringList parts;
        qsizetype at = 0;
        for (Part p : order) {
            const qsizetype len = p == Part::Year ? 4 : 2;
            parts << n.mid(at, len);
            at += len;
        }
        const QDate local = fromNumbers(parts, order, reference);
        const QDate iso =
            fromNumbers({n.left(4), n.mid(4, 2), n.mid(6, 2)}, {Part::Year, Part::Month, Part::Day}, reference);
        if (local.isValid() != iso.isValid()) {
            date = local.isValid() ? local : iso;
        } else if (local == iso) {
            date = local;
        }
    } else if (numbers.size() == 3) {
        if (numbers[0].size() == 4) {
            date = fromNumbers(numbers, {Part::Year, Part::Month, Part::Day}, reference);
        } else {
            const Order order = localeOrder(locale);
            date = fromNumbers(numbers, order, reference);
            if (!date.isValid() && order[2] == Part::Year) {
                // "15/03/2020" in a month-first locale: the other order is the only date it can be.
                date = fromNumbers(numbers, {order[1], order[0], order[2]}, reference);
            }
        }
    }
    if (!date.isValid()) {
        return invalid;
    }
    return DateInput{DateInput::State::Valid, date};
}

QString fullYearDateFormat(const QLocale& locale)
{
    // Records outlive a century boundary: always four-digit years, whatever the locale writes.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(QStringLiteral("y+"));
    format.replace(years, QStringLiteral("yyyy"));
    return format;
}

} // namespace petinfo::client
