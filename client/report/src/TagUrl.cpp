// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/TagUrl.h"

#include "petinfo/common/Random.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace petinfo::report {

namespace {

QUrl parseBase(const QString& text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

bool isHttp(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool isLocalHost(const QString& host)
{
    const QString h = host.toLower();
    QHostAddress address;
    if (address.setAddress(h)) {
        if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast() || address.isSiteLocal() ||
            address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6) {
            return true;
        }
        bool ok = false;
        const quint32 v4 = address.toIPv4Address(&ok);
        if (ok) {
            const auto in = [v4](quint32 net, int bits) {
                return (v4 >> (32 - bits)) == (net >> (32 - bits));
            };
            return in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0x64400000, 10) ||
                   in(0xA9FE0000, 16) || in(0x7F000000, 8) || in(0, 8);
        }
        return false;
    }
    if (!h.contains(QLatin1Char('.'))) {
        return true; // "localhost", "server", a NetBIOS name
    }
    for (const char* suffix : {".localhost", ".local", ".lan", ".internal", ".home.arpa", ".localdomain"}) {
        if (h.endsWith(QLatin1String(suffix))) {
            return true;
        }
    }
    return false;
}

} // namespace

ReportResult<QString> printableBaseUrl(const QString& publicBaseUrl)
{
    auto base = normalizedBaseUrl(publicBaseUrl);
    if (!base) {
        return base;
    }
    if (isLocalHost(QUrl(*base).host())) {
        return fail(ReportErrc::LocalBaseUrl, base->toStdString());
    }
    return base;
}

ReportResult<QString> normalizedBaseUrl(const QString& publicBaseUrl)
{
    const QUrl url = parseBase(publicBaseUrl);
    if (!url.isValid() || !isHttp(url) || url.host().isEmpty() || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty()) {
        return fail(ReportErrc::InvalidBaseUrl, publicBaseUrl.toStdString());
    }
    // toEncoded: IDN hosts become punycode and paths percent-encoded, so the payload is ASCII and
    // the QR code needs no ECI segment.
    QString encoded = QString::fromLatin1(url.adjusted(QUrl::NormalizePathSegments).toEncoded());
    while (encoded.endsWith(QLatin1Char('/'))) {
        encoded.chop(1);
    }
    return encoded;
}

ReportResult<QString> tagUrl(const QString& publicBaseUrl, std::string_view tagId)
{
    if (!isTagId(tagId)) {
        return fail(ReportErrc::InvalidTagId, std::string(tagId));
    }
    auto base = normalizedBaseUrl(publicBaseUrl);
    if (!base) {
        return fail(base.error());
    }
    return *base + QLatin1String("/t/") + QString::fromLatin1(tagId.data(), static_cast<qsizetype>(tagId.size()));
}

ReportResult<QString> adoptionPetUrl(const QString& publicBaseUrl, std::string_view petId)
{
    if (!isUuid(petId)) {
        return fail(ReportErrc::InvalidPetId, std::string(petId));
    }
    auto base = normalizedBaseUrl(publicBaseUrl);
    if (!base) {
        return fail(base.error());
    }
    return *base + QLatin1String("/adopt/pet/") +
           QString::fromLatin1(petId.data(), static_cast<qsizetype>(petId.size()));
}

ReportResult<std::string> petIdFromAdoptionScan(const QString& scannedText)
{
    const QString text = scannedText.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !isHttp(url) || url.host().isEmpty()) {
        return fail(ReportErrc::NotATagUrl, text.toStdString());
    }
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const std::string id = path.mid(slash + 1).toStdString();
    if (!path.left(slash).endsWith(QLatin1String("/adopt/pet")) || !isUuid(id)) {
        return fail(ReportErrc::NotATagUrl, text.toStdString());
    }
    return id;
}

bool isPublicSlug(const QString& slug)
{
    // The server's rule (server/core/adoption/PublicSlugs): reserved words are its business.
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slug.size() >= 3 && slug.size() <= 40 && shape.match(slug).hasMatch();
}

ReportResult<QString> adoptionPageUrl(const QString& publicBaseUrl, const QString& slug)
{
    if (!isPublicSlug(slug)) {
        return fail(ReportErrc::InvalidSlug, slug.toStdString());
    }
    auto base = normalizedBaseUrl(publicBaseUrl);
    if (!base) {
        return fail(base.error());
    }
    return *base + QLatin1String("/adopt/") + slug;
}

ReportResult<std::string> tagIdFromScan(const QString& scannedText, const QString& publicBaseUrl)
{
    const QString text = scannedText.trimmed();
    if (isTagId(text.toStdString())) {
        return text.toStdString();
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !isHttp(url)) {
        return fail(ReportErrc::NotATagUrl, text.toStdString());
    }
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString id = path.mid(slash + 1);
    const QString prefix = path.left(slash); // everything before "/<id>"
    if (!prefix.endsWith(QLatin1String("/t")) || !isTagId(id.toStdString())) {
        return fail(ReportErrc::NotATagUrl, text.toStdString());
    }
    if (!publicBaseUrl.isEmpty()) {
        auto base = normalizedBaseUrl(publicBaseUrl);
        if (!base) {
            return fail(base.error());
        }
        const QUrl expected(*base);
        const QString expectedPath = expected.path(QUrl::FullyEncoded) + QLatin1String("/t");
        // The scheme is not compared: a tag printed as http:// still belongs to us after a move to
        // https. Host (case-insensitive), explicit port and path prefix must match.
        if (url.host().compare(expected.host(), Qt::CaseInsensitive) != 0 || url.port() != expected.port() ||
            prefix != expectedPath) {
            return fail(ReportErrc::ForeignTagUrl, text.toStdString());
        }
    }
    return id.toStdString();
}

QString shortTagId(std::string_view tagId)
{
    const QString id =
        QString::fromLatin1(tagId.data(), static_cast<qsizetype>(std::min<std::size_t>(tagId.size(), 8)));
    if (id.size() <= 4) {
        return id;
    }
    return id.left(4) + QLatin1Char(' ') + id.mid(4);
}

} // namespace petinfo::report
