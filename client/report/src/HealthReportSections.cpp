// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthReportSections.h"

#include "DomainText.h"
#include "petinfo/common/Phone.h"
#include "petinfo/report/TagUrl.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <iterator>
#include <map>

namespace petinfo::report::detail {

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(petinfo::report::HealthReport)
};

const QColor kMuted(95, 95, 95);
const QColor kOverdue(176, 32, 32);
const QColor kOverdueFill(253, 232, 232);
const QColor kDueSoon(150, 90, 0);
const QColor kUpToDate(40, 110, 60);
const QColor kHeading(20, 60, 100);

QString productKey(const HealthRecord& r)
{
    return QString::number(static_cast<int>(r.kind)) + QLatin1Char('/') + qs(r.product).simplified().toCaseFolded();
}

bool newerFirst(const HealthRecord& a, const HealthRecord& b)
{
    if (a.date != b.date) {
        return a.date > b.date;
    }
    return a.createdAtMs > b.createdAtMs;
}

std::vector<HealthRecord> recordsOf(const ReportData& data, std::initializer_list<HealthKind> kinds)
{
    std::vector<HealthRecord> out;
    for (const HealthRecord& r : data.records) {
        if (std::find(kinds.begin(), kinds.end(), r.kind) != kinds.end()) {
            out.push_back(r);
        }
    }
    std::sort(out.begin(), out.end(), newerFirst);
    return out;
}

/** Status cell for a record with a due date. A dose followed by a later dose of the same product
 *  is "renewed": its own due date no longer matters, so it is never marked overdue. */
TableCell dueCell(const HealthRecord& r, bool renewed, const PreparedReport& report, QColor* rowFill)
{
    if (!r.nextDue) {
        return {};
    }
    if (renewed) {
        return {ReportText::tr("Renewed"), false, kMuted};
    }
    switch (dueState(r.nextDue, report.data->today, report.options.dueSoonDays)) {
    case DueState::Overdue:
        *rowFill = kOverdueFill;
        return {ReportText::tr("OVERDUE"), true, kOverdue};
    case DueState::DueSoon:
        return {ReportText::tr("Due soon"), true, kDueSoon};
    case DueState::Upcoming:
        return {ReportText::tr("Up to date"), false, kUpToDate};
    case DueState::None:
        break;
    }
    return {};
}

void emptyLine(PageFlow& flow, const QString& text)
{
    QFont font = makeFont(9);
    font.setItalic(true);
    paragraph(flow, text, font, kMuted);
    flow.advance(flow.units().y(2));
}

qreal tableKeep(const PageFlow& flow)
{
    return flow.units().y(14); // header and one row
}

QString phoneText(const std::string& e164, const QString& region)
{
    return qs(phone::format(e164, region.toStdString()));
}

void titleBlock(PageFlow& flow, const PreparedReport& report)
{
    const ReportData& data = *report.data;
    const Units& u = flow.units();
    const TextBlock kicker(ReportText::tr("HEALTH REPORT"), makeFont(8, FontRole::SansBold), flow.device(),
                           flow.width() / 2);
    // The clinic: logo, then name, address and phone, right-aligned in the top right corner.
    const QImage logo = report.logo;
    const qreal logoMaxH = u.y(16);
    const qreal logoMaxW = u.x(30);
    QSizeF logoSize;
    if (!logo.isNull()) {
        logoSize = QSizeF(logo.size()).scaled(QSizeF(logoMaxW, logoMaxH), Qt::KeepAspectRatio);
    }
    const qreal gap = logo.isNull() ? 0 : u.x(3);
    const qreal orgWidth = flow.width() / 2 - logoSize.width() - gap;
    const TextBlock org(data.organisation, makeFont(10, FontRole::SansBold), flow.device(), orgWidth, Qt::AlignRight,
                        2);
    QStringList detailLines;
    for (const QString& line : data.organisationAddress.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        detailLines << line.trimmed();
    }
    if (!data.organisationPhone.isEmpty()) {
        detailLines
            << ReportText::tr("Phone: %1").arg(phoneText(data.organisationPhone.toStdString(), data.phoneRegion));
    }
    const TextBlock details(detailLines.join(QLatin1Char('\n')), makeFont(8), flow.device(), orgWidth, Qt::AlignRight,
                            5);
    const TextBlock name(qs(data.pet.name), makeFont(22, FontRole::SansBold), flow.device(), flow.width(),
                         Qt::AlignLeft, 2);
    const QPointF at(flow.left(), flow.y());
    const qreal width = flow.width();
    const qreal orgHeight =
        std::max(org.height() + (details.isEmpty() ? 0 : u.y(0.5) + details.height()), logoSize.height());
    const qreal nameTop = std::max(kicker.height() + u.y(0.5), orgHeight + u.y(1.5));
    const qreal rule = u.len(0.4);
    const qreal ruleY = nameTop + name.height() + u.y(1.5);
    const qreal orgLeft = width / 2;
    flow.paint([=](QPainter& p) {
        kicker.draw(p, at, kMuted);
        org.draw(p, at + QPointF(orgLeft, 0), kHeading);
        if (!details.isEmpty()) {
            details.draw(p, at + QPointF(orgLeft, org.height() + u.y(0.5)), kMuted);
        }
        if (!logo.isNull()) {
            const QRectF logoRect(at + QPointF(width - logoSize.width(), 0), logoSize);
            p.drawImage(logoRect, logo);
        }
        name.draw(p, at + QPointF(0, nameTop));
        p.setPen(QPen(kHeading, rule));
        p.drawLine(at + QPointF(0, ruleY), at + QPointF(width, ruleY));
    });
    flow.advance(ruleY + u.y(4));
}

std::vector<std::pair<QString, QString>> facts(const ReportData& data)
{
    const Pet& pet = data.pet;
    QString born = formatDate(pet.birthDate, data.locale);
    if (!born.isEmpty() && pet.birthDateEstimated) {
        born = ReportText::tr("%1 (estimated)").arg(born);
    }
    const auto months = ageInMonths(pet, data.today);
    std::vector<std::pair<QString, QString>> out{
        {ReportText::tr("Species"), speciesName(pet.species)},
        {ReportText::tr("Breed"), qs(pet.breed)},
        {ReportText::tr("Sex"), sexName(pet.sex)},
        {ReportText::tr("Neutered"), neuteredName(pet.neutered)},
        {ReportText::tr("Born"), born},
        {ReportText::tr("Age"), months ? ageText(*months) : QString()},
        {ReportText::tr("Colour and markings"), qs(pet.colour)},
        {ReportText::tr("Status"), statusName(pet.status)},
        {ReportText::tr("Microchip"), qs(pet.microchip)},
    };
    if (!pet.microchip2.empty()) {
        out.emplace_back(ReportText::tr("Second microchip"), qs(pet.microchip2));
    }
    return out;
}

void profileBlock(PageFlow& flow, const PreparedReport& report)
{
    const ReportData& data = *report.data;
    const Units& u = flow.units();
    const qreal photoSide = report.photo.isNull() ? 0 : u.x(38);
    const qreal qrSide = report.qr ? u.x(32) : 0;
    const qreal gap = u.x(5);
    const qreal factsLeft = flow.left() + (photoSide > 0 ? photoSide + gap : 0);
    const qreal factsRight = flow.left() + flow.width() - (qrSide > 0 ? qrSide + gap : 0);
    const qreal column = (factsRight - factsLeft - gap) / 2;

    // Facts in two columns, caption over value.
    struct Fact
    {
        TextBlock caption, value;
        QPointF at;
    };
    std::vector<Fact> laid;
    const QFont captionFont = makeFont(6.5);
    const QFont valueFont = makeFont(9.5, FontRole::SansBold);
    qreal rowTop = 0;
    qreal rowHeight = 0;
    int index = 0;
    for (const auto& [caption, value] : facts(data)) {
        if (value.isEmpty()) {
            continue;
        }
        Fact f{TextBlock(caption.toUpper(), captionFont, flow.device(), column),
               TextBlock(value, valueFont, flow.device(), column, Qt::AlignLeft, 3),
               {}};
        const int col = index % 2;
        if (col == 0 && index > 0) {
            rowTop += rowHeight + u.y(1.8);
            rowHeight = 0;
        }
        f.at = QPointF(factsLeft + col * (column + gap), rowTop);
        rowHeight = std::max(rowHeight, f.caption.height() + f.value.height());
        laid.push_back(f);
        ++index;
    }
    const qreal factsHeight = rowTop + rowHeight;

    // QR code with its caption underneath.
    const TextBlock qrCaption(report.qr ? ReportText::tr("Public page") + QLatin1Char('\n') + shortTagId(data.pet.tagId)
                                        : QString(),
                              makeFont(7), flow.device(), qrSide, Qt::AlignCenter);
    const qreal height = std::max({photoSide, factsHeight, qrSide + qrCaption.height()});
    flow.ensure(height);
    const qreal top = flow.y();
    const QRectF photoRect(flow.left(), top, photoSide, photoSide);
    const QRectF qrRect(flow.left() + flow.width() - qrSide, top, qrSide, qrSide);
    const std::optional<QrCode> qr = report.qr;
    const QImage photo = report.photo;
    const qreal radius = u.len(2);
    flow.paint([=](QPainter& p) {
        if (!photo.isNull()) {
            QPainterPath clip;
            clip.addRoundedRect(photoRect, radius, radius);
            p.save();
            p.setClipPath(clip);
            p.drawImage(photoRect, photo);
            p.restore();
        }
        for (const Fact& f : laid) {
            f.caption.draw(p, f.at + QPointF(0, top), kMuted);
            f.value.draw(p, f.at + QPointF(0, top + f.caption.height()));
        }
        if (qr) {
            qr->paint(p, qrRect);
            qrCaption.draw(p, qrRect.bottomLeft(), kMuted);
        }
    });
    flow.advance(height + u.y(3));
}

void ownerBlock(PageFlow& flow, const PreparedReport& report)
{
    const ReportData& data = *report.data;
    sectionTitle(flow, ReportText::tr("Owner"), flow.units().y(10));
    if (!data.owner) {
        emptyLine(flow, ReportText::tr("No owner recorded."));
        return;
    }
    const Person& owner = *data.owner;
    paragraph(flow, qs(owner.name), makeFont(10, FontRole::SansBold));
    QStringList details;
    QStringList phones;
    for (const std::string& number : owner.phones) {
        phones << phoneText(number, data.phoneRegion);
    }
    if (!phones.isEmpty()) {
        details << ReportText::tr("Phone: %1").arg(phones.join(QLatin1String(", ")));
    }
    if (!owner.email.empty()) {
        details << ReportText::tr("Email: %1").arg(qs(owner.email));
    }
    if (!owner.address.empty()) {
        details << ReportText::tr("Address: %1").arg(qs(owner.address).simplified());
    }
    if (!details.isEmpty()) {
        paragraph(flow, details.join(QLatin1Char('\n')), makeFont(9));
    }
    flow.advance(flow.units().y(1));
}

void alertsBlock(PageFlow& flow, const PreparedReport& report)
{
    const Pet& pet = report.data->pet;
    if (pet.allergies.empty() && pet.conditions.empty()) {
        return;
    }
    sectionTitle(flow, ReportText::tr("Allergies and conditions"), flow.units().y(8));
    if (!pet.allergies.empty()) {
        paragraph(flow, ReportText::tr("Allergies: %1").arg(qs(pet.allergies)), makeFont(9.5, FontRole::SansBold),
                  kOverdue);
    }
    if (!pet.conditions.empty()) {
        paragraph(flow, ReportText::tr("Conditions: %1").arg(qs(pet.conditions)), makeFont(9.5, FontRole::SansBold),
                  kOverdue);
    }
}

/** Keys of records followed by a later dose of the same product. */
std::vector<bool> renewedFlags(const std::vector<HealthRecord>& newestFirst)
{
    std::map<QString, bool> seen;
    std::vector<bool> renewed;
    for (const HealthRecord& r : newestFirst) {
        const QString key = productKey(r);
        renewed.push_back(seen.count(key) > 0);
        seen[key] = true;
    }
    return renewed;
}

void vaccinesSection(PageFlow& flow, const PreparedReport& report)
{
    const QLocale& locale = report.data->locale;
    const auto records = recordsOf(*report.data, {HealthKind::Vaccine});
    sectionTitle(flow, ReportText::tr("Vaccines"), records.empty() ? 0 : tableKeep(flow));
    if (records.empty()) {
        emptyLine(flow, ReportText::tr("No vaccines recorded."));
        return;
    }
    const auto renewed = renewedFlags(records);
    Table table(flow, ReportText::tr("Vaccines (continued)"),
                {{ReportText::tr("Date"), 1.25},
                 {ReportText::tr("Vaccine"), 2.3},
                 {ReportText::tr("Batch"), 1.3},
                 {ReportText::tr("Given by"), 1.6},
                 {ReportText::tr("Next due"), 1.25},
                 {ReportText::tr("Status"), 1.1}});
    for (std::size_t i = 0; i < records.size(); ++i) {
        const HealthRecord& r = records[i];
        TableRow row;
        const TableCell status = dueCell(r, renewed[i], report, &row.background);
        row.cells = {{formatDate(r.date, locale)},
                     {qs(r.product), true},
                     {qs(r.batch)},
                     {qs(r.givenBy)},
                     {formatDate(r.nextDue, locale)},
                     status};
        table.addRow(row);
    }
}

void parasiteSection(PageFlow& flow, const PreparedReport& report)
{
    const QLocale& locale = report.data->locale;
    const auto records = recordsOf(*report.data, {HealthKind::Deworming, HealthKind::FleaTick});
    sectionTitle(flow, ReportText::tr("Deworming and parasite control"), records.empty() ? 0 : tableKeep(flow));
    if (records.empty()) {
        emptyLine(flow, ReportText::tr("No deworming or parasite treatments recorded."));
        return;
    }
    const auto renewed = renewedFlags(records);
    Table table(flow, ReportText::tr("Deworming and parasite control (continued)"),
                {{ReportText::tr("Date"), 1.25},
                 {ReportText::tr("Product"), 2.4},
                 {ReportText::tr("Type"), 1.5},
                 {ReportText::tr("Given by"), 1.5},
                 {ReportText::tr("Next due"), 1.25},
                 {ReportText::tr("Status"), 1.1}});
    for (std::size_t i = 0; i < records.size(); ++i) {
        const HealthRecord& r = records[i];
        TableRow row;
        const TableCell status = dueCell(r, renewed[i], report, &row.background);
        row.cells = {{formatDate(r.date, locale)},    {qs(r.product), true},
                     {healthKindName(r.kind)},        {qs(r.givenBy)},
                     {formatDate(r.nextDue, locale)}, status};
        table.addRow(row);
    }
}

void treatmentsSection(PageFlow& flow, const PreparedReport& report)
{
    const QLocale& locale = report.data->locale;
    const auto records =
        recordsOf(*report.data, {HealthKind::Treatment, HealthKind::Surgery, HealthKind::CheckUp, HealthKind::Lab});
    sectionTitle(flow, ReportText::tr("Treatments and procedures"), records.empty() ? 0 : tableKeep(flow));
    if (records.empty()) {
        emptyLine(flow, ReportText::tr("No treatments or procedures recorded."));
        return;
    }
    Table table(flow, ReportText::tr("Treatments and procedures (continued)"),
                {{ReportText::tr("Date"), 1.25},
                 {ReportText::tr("Type"), 1.2},
                 {ReportText::tr("Description"), 2.2},
                 {ReportText::tr("Given by"), 1.4},
                 {ReportText::tr("Notes"), 2.8}});
    for (const HealthRecord& r : records) {
        TableRow row;
        row.cells = {{formatDate(r.date, locale)},
                     {healthKindName(r.kind)},
                     {qs(r.product), true},
                     {qs(r.givenBy)},
                     {qs(r.notes).simplified()}};
        table.addRow(row);
    }
}

void weightSection(PageFlow& flow, const PreparedReport& report)
{
    const QLocale& locale = report.data->locale;
    std::vector<WeightEntry> entries = report.data->weights;
    std::sort(entries.begin(), entries.end(), [](const WeightEntry& a, const WeightEntry& b) {
        return a.date != b.date ? a.date < b.date : a.createdAtMs < b.createdAtMs;
    });
    constexpr qreal kChartMm = 55;
    const bool chart = entries.size() >= 2;
    sectionTitle(flow, ReportText::tr("Weight"), chart ? flow.units().y(kChartMm) : tableKeep(flow));
    if (entries.empty()) {
        emptyLine(flow, ReportText::tr("No weights recorded."));
        return;
    }
    if (chart) {
        weightChart(flow, entries, locale, kChartMm);
        flow.advance(flow.units().y(3));
    }
    Table table(flow, ReportText::tr("Weight (continued)"),
                {{ReportText::tr("Date"), 1},
                 {ReportText::tr("Weight (kg)"), 1, Qt::AlignRight},
                 {ReportText::tr("Change (kg)"), 1, Qt::AlignRight},
                 {QString(), 2}});
    for (std::size_t i = entries.size(); i-- > 0;) {
        const WeightEntry& w = entries[i];
        QString change;
        if (i > 0) {
            const double delta = w.kg - entries[i - 1].kg;
            change = (delta > 0 ? QStringLiteral("+") : QString()) + formatKg(delta, locale);
        }
        table.addRow({{{formatDate(w.date, locale)}, {formatKg(w.kg, locale), true}, {change}, {}}});
    }
}

void notesSection(PageFlow& flow, const PreparedReport& report)
{
    const ReportData& data = *report.data;
    // The report goes to the owner: only the notes someone chose to show on it, never staff notes.
    std::vector<Note> notes;
    std::copy_if(data.notes.begin(), data.notes.end(), std::back_inserter(notes),
                 [](const Note& n) { return n.showOnReports; });
    std::sort(notes.begin(), notes.end(), [](const Note& a, const Note& b) { return a.createdAtMs > b.createdAtMs; });
    sectionTitle(flow, ReportText::tr("Notes"), flow.units().y(10));
    if (notes.empty() && data.pet.notes.empty()) {
        emptyLine(flow, ReportText::tr("No notes."));
        return;
    }
    const QFont dateFont = makeFont(8, FontRole::SansBold);
    const QFont textFont = makeFont(9.5);
    if (!data.pet.notes.empty()) {
        paragraph(flow, ReportText::tr("General"), dateFont, kMuted);
        paragraph(flow, qs(data.pet.notes), textFont);
        flow.advance(flow.units().y(2.5));
    }
    for (const Note& note : notes) {
        flow.ensure(flow.units().y(9)); // keep the date with the first lines
        const QString when = formatTimestamp(note.createdAtMs, data.locale);
        // Who wrote it, by name (not the e-mail); nobody is named for a computer not signed in.
        paragraph(flow,
                  note.author.empty() ? when : ReportText::tr("%1 · %2").arg(when, qs(noteAuthorName(note.author))),
                  dateFont, kMuted);
        paragraph(flow, qs(note.text), textFont);
        flow.advance(flow.units().y(2.5));
    }
}

} // namespace

void layoutReport(PageFlow& flow, const PreparedReport& report)
{
    titleBlock(flow, report);
    profileBlock(flow, report);
    ownerBlock(flow, report);
    alertsBlock(flow, report);
    vaccinesSection(flow, report);
    parasiteSection(flow, report);
    treatmentsSection(flow, report);
    weightSection(flow, report);
    notesSection(flow, report);
}

} // namespace petinfo::report::detail
