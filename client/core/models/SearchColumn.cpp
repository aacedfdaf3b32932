// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SearchColumn.h"

#include "models/SearchText.h"

#include <limits>

namespace petinfo::client {

namespace {

constexpr char kFieldEnd = '\n';

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

void appendUtf8(std::string& out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
}

} // namespace

void SearchColumn::RowText::addText(QStringView text)
{
    if (isAscii(text)) {
        // The fast path of foldForSearch, without building a QString.
        for (QChar c : text) {
            const char ascii = static_cast<char>(c.unicode());
            m_bytes += ascii >= 'A' && ascii <= 'Z' ? static_cast<char>(ascii - 'A' + 'a') : ascii;
        }
    } else {
        appendUtf8(m_bytes, foldForSearch(text));
    }
    m_bytes += kFieldEnd;
}

void SearchColumn::RowText::addFolded(QStringView folded)
{
    if (isAscii(folded)) {
        for (QChar c : folded) {
            m_bytes += static_cast<char>(c.unicode());
        }
    } else {
        appendUtf8(m_bytes, folded);
    }
    m_bytes += kFieldEnd;
}

void SearchColumn::RowText::addDigits(QStringView text)
{
    const std::size_t start = m_bytes.size();
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            // A digit of another script: phoneDigits knows them all.
            m_bytes.resize(start);
            appendUtf8(m_bytes, phoneDigits(text));
            break;
        }
        if ((u >= '0' && u <= '9') || (u == '+' && m_bytes.size() == start)) {
            m_bytes += static_cast<char>(u);
        }
    }
    m_bytes += kFieldEnd;
}

void SearchColumn::clear()
{
    m_text.clear();
    m_ends.clear();
}

void SearchColumn::reserve(int rows, std::size_t bytes)
{
    m_ends.reserve(static_cast<std::size_t>(rows));
    m_text.reserve(bytes);
}

void SearchColumn::append(const RowText& text)
{
    m_text += text.bytes();
    Q_ASSERT(m_text.size() <= std::numeric_limits<std::uint32_t>::max());
    m_ends.push_back(static_cast<std::uint32_t>(m_text.size()));
}

void SearchColumn::replace(int row, const RowText& text)
{
    const auto i = static_cast<std::size_t>(row);
    const std::uint32_t begin = i == 0 ? 0 : m_ends[i - 1];
    const std::uint32_t oldSize = m_ends[i] - begin;
    m_text.replace(begin, oldSize, text.bytes());
    Q_ASSERT(m_text.size() <= std::numeric_limits<std::uint32_t>::max());
    const auto delta = static_cast<std::int64_t>(text.bytes().size()) - static_cast<std::int64_t>(oldSize);
    for (std::size_t j = i; j < m_ends.size(); ++j) {
        m_ends[j] = static_cast<std::uint32_t>(m_ends[j] + delta);
    }
}

void SearchColumn::remove(int row)
{
    const auto i = static_cast<std::size_t>(row);
    const std::uint32_t begin = i == 0 ? 0 : m_ends[i - 1];
    const std::uint32_t size = m_ends[i] - begin;
    m_text.erase(begin, size);
    m_ends.erase(m_ends.begin() + row);
    for (std::size_t j = i; j < m_ends.size(); ++j) {
        m_ends[j] -= size;
    }
}

} // namespace petinfo::client
