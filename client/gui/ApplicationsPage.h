// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include <string>
#include <utility>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace petinfo::client {

class AdoptionService;
class ApplicationModel;
class Prompts;
class StatusHistoryModel;

/** The applications inbox: filters (status, where it was made, a search), the list, and the whole
 *  selected application on one screen (applicant, household, animals, message, consent, signature,
 *  when and where, history). Staff move it new -> contacted -> approved / declined / withdrawn
 *  with a note, complete the adoption (the applicant becomes the animal's owner) and save the
 *  contract PDF. Volunteers see no contact details and no decision buttons. */
class ApplicationsPage final : public QWidget
{
    Q_OBJECT

public:
    ApplicationsPage(AdoptionService& service, Prompts& prompts, QWidget* parent = nullptr);

    /** Selects an application (clearing filters that hide it). */
    bool selectApplication(const QString& applicationId);
    QString currentApplicationId() const;
    /** Asks (CompleteAdoptionDialog: who signs, optionally a drawn signature), then completes the
     *  selected application's adoption and offers the contract. Window-modal, non-blocking:
     *  returns the dialog (null when nothing can be completed). */
    QDialog* completeAdoption();
    /** Asks where to save the selected application's contract and writes it; returns the path. A
     *  signature drawn when the adoption was completed here goes on it (kept while the app runs;
     *  otherwise the typed name signs). */
    QString saveContract();

Q_SIGNALS:
    void message(const QString& text);

protected:
    /** Marks the shown application seen once the page is really in view (not behind a tab). */
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    /** Makes the newest application current when none is. */
    void ensureCurrent();
    void showCurrent();
    void decide(int status);
    void saveNotes();
    void reportError(const QString& title, const QString& text);
    void finishAdoption(const QString& applicationId, const QString& staffName, const std::string& signature);

    AdoptionService& m_service;
    Prompts& m_prompts;
    ApplicationModel* m_model;
    QSortFilterProxyModel* m_proxy;
    StatusHistoryModel* m_history;
    QComboBox* m_statusFilter;
    QComboBox* m_channelFilter;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_count;
    QTextBrowser* m_details;
    QLabel* m_signature;
    QTableView* m_historyTable;
    QPlainTextEdit* m_notes;
    QPushButton* m_saveNotes;
    QLineEdit* m_note;
    QPushButton* m_contacted;
    QPushButton* m_approve;
    QPushButton* m_decline;
    QPushButton* m_withdrawn;
    QLineEdit* m_staffName;
    QPushButton* m_complete;
    QPushButton* m_contract;
    /** Application id -> who completed it here and the signature they drew (may be empty). */
    QHash<QString, std::pair<QString, std::string>> m_staffSignatures;
};

} // namespace petinfo::client
