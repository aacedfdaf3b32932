// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "services/AdoptionService.h"

namespace petinfo::client {

/** The animals in the adoption workflow, by name: species, status and since when, days in care,
 *  how they came in, the fee. Optionally only one status. */
class AdoptionAnimalModel final : public KeyedRowsModel<AdoptionAnimal>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Species,
        Status,
        Since,
        DaysInCare,
        Intake,
        Fee,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole, ///< AdoptionStatus as int
        DaysRole,   ///< days in care as int, -1 without an intake
    };
    Q_ENUM(Column)

    explicit AdoptionAnimalModel(AdoptionService& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Shows one status only; nullopt: every animal. */
    void setStatusFilter(std::optional<AdoptionStatus> status);
    StorageResult<void> reload();
    /** Counts of every status (also those the filter hides), from the last reload. */
    const AdoptionCounts& counts() const { return m_counts; }
    int total() const { return m_total; }
    /** The row of a pet, or -1. */
    int rowOf(const QString& petId) const;

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);
    void countsChanged();

protected:
    QString keyOf(const AdoptionAnimal& row) const override { return row.pet.id; }

private:
    AdoptionService& m_service;
    std::optional<AdoptionStatus> m_filter;
    AdoptionCounts m_counts{};
    int m_total = 0;
};

/** One row of the applications inbox. */
struct ApplicationRow
{
    AdoptionApplication application;
    QString animals; ///< the names of the animals asked for
    bool unseen = false;
};

/** The applications inbox, newest first: received, applicant, animals, where, status. New ones not
 *  looked at on this computer are shown in bold (NewRole). */
class ApplicationModel final : public KeyedRowsModel<ApplicationRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Received,
        Applicant,
        Animals,
        Channel,
        Status,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NewRole,
        StatusRole, ///< ApplicationStatus as int
    };
    Q_ENUM(Column)

    explicit ApplicationModel(AdoptionService& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(ApplicationFilter filter);
    const ApplicationFilter& filter() const { return m_filter; }
    StorageResult<void> reload();
    int rowOf(const QString& applicationId) const;

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const ApplicationRow& row) const override { return QString::fromStdString(row.application.id); }

private:
    AdoptionService& m_service;
    ApplicationFilter m_filter;
};

/** The status history of an animal or an application, newest first: day, from, to, note, who. */
class StatusHistoryModel final : public KeyedRowsModel<StatusChange>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        From,
        To,
        Note,
        Author,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit StatusHistoryModel(AdoptionService& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSubjectId(const QString& subjectId);
    StorageResult<void> reload();

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const StatusChange& row) const override { return QString::fromStdString(row.id); }

private:
    AdoptionService& m_service;
    QString m_subjectId;
};

} // namespace petinfo::client
