// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace petinfo::client {

class FoundReportModel;
class FoundReportService;
class Prompts;

/** The editor's Found reports tab: what finders sent from the lost pet's public page, newest
 *  first (new ones in bold), with the selected report's whole message and a button to copy the
 *  finder's phone. The reports are the server's: read-only here. */
class FoundReportsPage final : public QWidget
{
    Q_OBJECT

public:
    FoundReportsPage(FoundReportService& service, Prompts& prompts, QWidget* parent = nullptr);

    void setPetId(const QString& petId);
    FoundReportModel* model() const { return m_model; }
    /** Marks the pet's reports seen on this computer (the banner goes). */
    void markSeen();

private:
    void showSelected();

    FoundReportService& m_service;
    Prompts& m_prompts;
    FoundReportModel* m_model;
    QString m_petId;
    QLabel* m_empty;
    QTableView* m_table;
    QLabel* m_details;
    QPushButton* m_copyPhone;
    QPushButton* m_markSeen;
};

/** A strip above the editor's tabs while the pet has found reports not looked at here: who found
 *  it, where and when, their phone, and a button to the Found reports tab. */
class FoundBanner final : public QWidget
{
    Q_OBJECT

public:
    explicit FoundBanner(FoundReportService& service, QWidget* parent = nullptr);

    void setPetId(const QString& petId);
    QString text() const;

Q_SIGNALS:
    void showReportsRequested();

private:
    void refresh();

    FoundReportService& m_service;
    QString m_petId;
    QLabel* m_label;
    QPushButton* m_show;
};

} // namespace petinfo::client
