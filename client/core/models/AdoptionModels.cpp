// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AdoptionModels.h"

#include "models/AdoptionText.h"
#include "models/DomainText.h"
#include "services/PetService.h"

#include <QHash>

#include <algorithm>

namespace petinfo::client {

AdoptionAnimalModel::AdoptionAnimalModel(AdoptionService& service, QObject* parent)
    : KeyedRowsModel<AdoptionAnimal>(parent)
    , m_service(service)
{
    auto reloadOrReport = [this] {
        if (auto r = reload(); !r) {
            Q_EMIT loadFailed(r.error());
        }
    };
    connect(&m_service, &AdoptionService::changed, this, reloadOrReport);
    // A pet renamed (or moved to the trash) changes its row.
    connect(&m_service.pets(), &PetService::petChanged, this, reloadOrReport);
    connect(&m_service.pets(), &PetService::petRemoved, this, reloadOrReport);
}

int AdoptionAnimalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdoptionAnimalModel::data(const QModelIndex& index, int role) const
{
    const AdoptionAnimal* a = itemFromIndex(index);
    if (!a) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Name:
            return a->pet.name;
        case Species:
            return speciesLabel(a->pet.species);
        case Status:
            return adoptionStatusLabel(a->profile.status);
        case Since:
            return dateText(a->profile.statusDate);
        case DaysInCare:
            return a->daysInCare ? QVariant(*a->daysInCare) : QVariant();
        case Intake:
            return a->intake ? intakeSourceLabel(a->intake->source) : QString();
        case Fee:
            return feeText(a->profile.feeMinor, a->profile.feeCurrency);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == DaysInCare || index.column() == Fee
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Intake && a->intake) {
            return tr("Came in on %1").arg(dateText(a->intake->date));
        }
        return {};
    case IdRole:
        return a->pet.id;
    case StatusRole:
        return static_cast<int>(a->profile.status);
    case DaysRole:
        return a->daysInCare.value_or(-1);
    default:
        return {};
    }
}

QVariant AdoptionAnimalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Species:
        return tr("Species");
    case Status:
        return tr("Status");
    case Since:
        return tr("Since");
    case DaysInCare:
        return tr("Days in care");
    case Intake:
        return tr("Came in as");
    case Fee:
        return tr("Fee");
    case ColumnCount:
        break;
    }
    return {};
}

void AdoptionAnimalModel::setStatusFilter(std::optional<AdoptionStatus> status)
{
    m_filter = status;
    if (auto r = reload(); !r) {
        Q_EMIT loadFailed(r.error());
    }
}

StorageResult<void> AdoptionAnimalModel::reload()
{
    auto all = m_service.animals(m_service.pets().clock().today());
    if (!all) {
        return fail(all.error());
    }
    m_counts = AdoptionService::counts(*all);
    m_total = static_cast<int>(all->size());
    if (m_filter) {
        std::erase_if(*all, [&](const AdoptionAnimal& a) { return a.profile.status != *m_filter; });
    }
    replaceRows(std::move(*all));
    Q_EMIT countsChanged();
    return {};
}

int AdoptionAnimalModel::rowOf(const QString& petId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].pet.id == petId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

ApplicationModel::ApplicationModel(AdoptionService& service, QObject* parent)
    : KeyedRowsModel<ApplicationRow>(parent)
    , m_service(service)
{
    connect(&m_service, &AdoptionService::changed, this, [this] {
        if (auto r = reload(); !r) {
            Q_EMIT loadFailed(r.error());
        }
    });
}

int ApplicationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationModel::data(const QModelIndex& index, int role) const
{
    const ApplicationRow* r = itemFromIndex(index);
    if (!r) {
        return {};
    }
    const AdoptionApplication& a = r->application;
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Received:
            return dateTimeText(a.submittedAtMs);
        case Applicant:
            return QString::fromStdString(a.applicantName);
        case Animals:
            return r->animals;
        case Channel:
            return a.eventName.empty()
                       ? channelLabel(a.channel)
                       : tr("%1 (%2)").arg(channelLabel(a.channel), QString::fromStdString(a.eventName));
        case Status:
            return a.completedAtMs != 0 ? tr("Adopted") : applicationStatusLabel(a.status);
        case ColumnCount:
            break;
        }
        return {};
    case IdRole:
        return QString::fromStdString(a.id);
    case NewRole:
        return r->unseen;
    case StatusRole:
        return static_cast<int>(a.status);
    default:
        return {};
    }
}

QVariant ApplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Received:
        return tr("Received");
    case Applicant:
        return tr("Applicant");
    case Animals:
        return tr("Animals");
    case Channel:
        return tr("Where");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void ApplicationModel::setFilter(ApplicationFilter filter)
{
    m_filter = std::move(filter);
    if (auto r = reload(); !r) {
        Q_EMIT loadFailed(r.error());
    }
}

StorageResult<void> ApplicationModel::reload()
{
    auto all = m_service.applications(m_filter);
    if (!all) {
        return fail(all.error());
    }
    auto seen = m_service.seenApplications();
    if (!seen) {
        return fail(seen.error());
    }
    auto pets = m_service.pets().petSummaries();
    if (!pets) {
        return fail(pets.error());
    }
    QHash<QString, QString> names;
    for (const PetSummary& p : *pets) {
        names.insert(p.id, p.name);
    }
    std::vector<ApplicationRow> rows;
    rows.reserve(all->size());
    for (AdoptionApplication& a : *all) {
        QStringList animals;
        for (const std::string& id : a.petIds) {
            const QString name = names.value(QString::fromStdString(id));
            animals << (name.isEmpty() ? tr("(unknown animal)") : name);
        }
        const bool unseen = a.status == ApplicationStatus::New && !seen->contains(QString::fromStdString(a.id));
        rows.push_back(ApplicationRow{std::move(a), animals.join(QStringLiteral(", ")), unseen});
    }
    replaceRows(std::move(rows));
    return {};
}

int ApplicationModel::rowOf(const QString& applicationId) const
{
    const std::string id = applicationId.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].application.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

StatusHistoryModel::StatusHistoryModel(AdoptionService& service, QObject* parent)
    : KeyedRowsModel<StatusChange>(parent)
    , m_service(service)
{
    connect(&m_service, &AdoptionService::changed, this, [this] {
        if (auto r = reload(); !r) {
            Q_EMIT loadFailed(r.error());
        }
    });
}

int StatusHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusHistoryModel::data(const QModelIndex& index, int role) const
{
    const StatusChange* c = itemFromIndex(index);
    if (!c || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Date:
        return role == Qt::ToolTipRole ? dateTimeText(c->atMs) : dateText(c->date);
    case From:
        return statusNameLabel(c->subject, c->fromStatus);
    case To:
        return statusNameLabel(c->subject, c->toStatus);
    case Note:
        return QString::fromStdString(c->note);
    case Author:
        return role == Qt::ToolTipRole ? QString::fromStdString(c->author)
                                       : QString::fromStdString(noteAuthorName(c->author));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Note:
        return tr("Note");
    case Author:
        return tr("By");
    case ColumnCount:
        break;
    }
    return {};
}

void StatusHistoryModel::setSubjectId(const QString& subjectId)
{
    m_subjectId = subjectId;
    if (auto r = reload(); !r) {
        Q_EMIT loadFailed(r.error());
    }
}

StorageResult<void> StatusHistoryModel::reload()
{
    if (m_subjectId.isEmpty()) {
        resetRows({});
        return {};
    }
    auto history = m_service.history(m_subjectId);
    if (!history) {
        return fail(history.error());
    }
    std::reverse(history->begin(), history->end());
    replaceRows(std::move(*history));
    return {};
}

} // namespace petinfo::client
