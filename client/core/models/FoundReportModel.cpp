// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FoundReportModel.h"

#include "models/DomainText.h"
#include "models/PhoneText.h"
#include "services/FoundReportService.h"

namespace petinfo::client {

FoundReportModel::FoundReportModel(FoundReportService& service, QObject* parent)
    : KeyedRowsModel<FoundReport>(parent)
    , m_service(service)
{
    connect(&m_service, &FoundReportService::changed, this, [this](const QString& petId) {
        if (petId.isEmpty() || petId == m_petId) {
            if (auto r = reload(); !r) {
                Q_EMIT loadFailed(r.error());
            }
        }
    });
}

int FoundReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FoundReportModel::phoneText(const FoundReport& report)
{
    return report.finderPhoneE164.isEmpty() ? report.finderPhone : phoneForDisplay(report.finderPhoneE164);
}

QVariant FoundReportModel::data(const QModelIndex& index, int role) const
{
    const FoundReport* f = itemFromIndex(index);
    if (!f) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Reported:
            return dateTimeText(f->reportedAtMs);
        case Finder:
            return f->finderName;
        case Phone:
            return phoneText(*f);
        case Place:
            return f->place;
        case Message:
            return f->message.section(QLatin1Char('\n'), 0, 0);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Message && f->message.contains(QLatin1Char('\n'))) {
            return f->message;
        }
        if (index.column() == Phone && !f->finderPhoneE164.isEmpty()) {
            return tr("Typed as %1").arg(f->finderPhone);
        }
        return {};
    case IdRole:
        return f->id;
    case FullMessageRole:
        return f->message;
    case PhoneE164Role:
        return f->finderPhoneE164;
    case SeenRole:
        return f->seen;
    case NewRole:
        return f->open && !f->seen;
    default:
        return {};
    }
}

QVariant FoundReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Reported:
        return tr("Reported");
    case Finder:
        return tr("Found by");
    case Phone:
        return tr("Phone");
    case Place:
        return tr("Where");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

void FoundReportModel::setPetId(const QString& petId)
{
    m_petId = petId;
    if (auto r = reload(); !r) {
        Q_EMIT loadFailed(r.error());
    }
}

StorageResult<void> FoundReportModel::reload()
{
    if (m_petId.isEmpty()) {
        resetRows({});
        return {};
    }
    auto reports = m_service.reports(m_petId);
    if (!reports) {
        return fail(reports.error());
    }
    replaceRows(std::move(*reports));
    return {};
}

} // namespace petinfo::client
