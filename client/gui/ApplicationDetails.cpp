// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ApplicationDetails.h"

#include "models/AdoptionText.h"
#include "models/DomainText.h"
#include "models/PhoneText.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace petinfo::client {

namespace {

class DetailsText
{
    Q_DECLARE_TR_FUNCTIONS(petinfo::client::ApplicationDetails)
};

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

void row(QString& html, const QString& label, const QString& escapedValue)
{
    if (escapedValue.isEmpty()) {
        return;
    }
    html += QStringLiteral("<tr><td style='color:palette(mid);padding-right:12px'>%1</td><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), escapedValue);
}

void section(QString& html, const QString& title)
{
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(title.toHtmlEscaped());
}

} // namespace

QString applicationHtml(const AdoptionApplication& a, const QString& animals, bool showContacts)
{
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(esc(a.applicantName));
    row(html, DetailsText::tr("Status"),
        (a.completedAtMs ? DetailsText::tr("Adopted") : applicationStatusLabel(a.status)).toHtmlEscaped());
    row(html, DetailsText::tr("Animals"), animals.toHtmlEscaped());
    section(html, DetailsText::tr("Applicant"));
    if (showContacts) {
        row(html, DetailsText::tr("Phone"), phoneForDisplay(QString::fromStdString(a.phone)).toHtmlEscaped());
        row(html, DetailsText::tr("E-mail"), esc(a.email));
        row(html, DetailsText::tr("Address"), esc(a.address));
    } else {
        row(html, DetailsText::tr("Contact details"), DetailsText::tr("Hidden for volunteers").toHtmlEscaped());
    }
    section(html, DetailsText::tr("Household"));
    row(html, DetailsText::tr("Adults"), QString::number(a.adults));
    row(html, DetailsText::tr("Children"),
        QString::number(a.children) +
            (a.childrenAges.empty() ? QString() : QStringLiteral(" (") + esc(a.childrenAges) + QStringLiteral(")")));
    row(html, DetailsText::tr("Home"), homeTypeLabel(a.homeType).toHtmlEscaped());
    row(html, DetailsText::tr("Yard"), answerLabel(a.yard).toHtmlEscaped());
    row(html, DetailsText::tr("Landlord"), landlordLabel(a.landlordPermitsPets).toHtmlEscaped());
    row(html, DetailsText::tr("Other pets"), esc(a.otherPets));
    section(html, DetailsText::tr("In their words"));
    row(html, DetailsText::tr("Experience"), esc(a.experience));
    row(html, DetailsText::tr("Message"), esc(a.message));
    section(html, DetailsText::tr("Consent and signature"));
    row(html, DetailsText::tr("Consent"),
        (a.consentAccepted ? DetailsText::tr("Accepted") : DetailsText::tr("Not accepted")).toHtmlEscaped());
    row(html, DetailsText::tr("Text shown"), esc(a.consentText));
    row(html, DetailsText::tr("Typed signature"), esc(a.signatureName));
    row(html, DetailsText::tr("Drawn signature"),
        a.signatureStrokes.empty() ? QString() : DetailsText::tr("Below").toHtmlEscaped());
    section(html, DetailsText::tr("When and where"));
    row(html, DetailsText::tr("Received"), dateTimeText(a.submittedAtMs).toHtmlEscaped());
    row(html, DetailsText::tr("Made on"), channelLabel(a.channel).toHtmlEscaped());
    row(html, DetailsText::tr("Event"), esc(a.eventName));
    row(html, DetailsText::tr("Device"), esc(a.deviceId));
    if (showContacts) {
        row(html, DetailsText::tr("Network address"), esc(a.submittedFrom));
    }
    if (!a.staffNotes.empty()) {
        section(html, DetailsText::tr("Staff notes"));
        row(html, DetailsText::tr("Notes"), esc(a.staffNotes));
    }
    html += QStringLiteral("</table>");
    return html;
}

QImage signatureImage(const std::string& strokes, const QSize& size)
{
    const std::optional<Signature> s = strokes.empty() ? std::nullopt : decodeSignature(strokes);
    if (!s || s->isEmpty() || s->width <= 0 || s->height <= 0 || size.isEmpty()) {
        return {};
    }
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal scale = std::min(size.width() / qreal(s->width), size.height() / qreal(s->height));
    const QPointF origin((size.width() - s->width * scale) / 2, (size.height() - s->height * scale) / 2);
    QPainterPath path;
    for (const auto& stroke : s->strokes) {
        if (stroke.empty()) {
            continue;
        }
        path.moveTo(origin + QPointF(stroke.front().x, stroke.front().y) * scale);
        for (const auto& point : stroke) {
            path.lineTo(origin + QPointF(point.x, point.y) * scale);
        }
    }
    p.setPen(QPen(QColor(10, 30, 90), 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    return image;
}

} // namespace petinfo::client
