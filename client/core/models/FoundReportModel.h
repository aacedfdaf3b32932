// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "storage/FoundReportRepository.h"

namespace petinfo::client {

class FoundReportService;

/** One pet's found reports, newest first: when, who found it, their phone (the local way when the
 *  server could read it), where, the message's first line, and whether it is new here. */
class FoundReportModel final : public KeyedRowsModel<FoundReport>
{
    Q_OBJECT

public:
    enum Column
    {
        Reported,
        Finder,
        Phone,
        Place,
        Message,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FullMessageRole,
        PhoneE164Role,
        SeenRole,
        NewRole, ///< open and not seen here: the view shows it in bold
    };
    Q_ENUM(Column)

    explicit FoundReportModel(FoundReportService& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPetId(const QString& petId);
    const QString& petId() const { return m_petId; }
    StorageResult<void> reload();
    /** The phone as shown: the stored number formatted for this region, else as typed. */
    static QString phoneText(const FoundReport& report);

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const FoundReport& row) const override { return row.id; }

private:
    FoundReportService& m_service;
    QString m_petId;
};

} // namespace petinfo::client
