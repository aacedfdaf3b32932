// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace petinfo::client {

class MergePeopleDialog;
class PeopleFilterProxyModel;
class PeopleModel;
class PersonDialog;
class PersonService;
class Prompts;

/** The main window's People tab: a clinic's clients, found as you type (name, phone the local
 *  way, e-mail, a pet's name), each with their pets. Enter or a double-click opens the person's
 *  page; "Merge into…" joins a person typed in twice. The list loads when the tab is shown. */
class PeoplePage final : public QWidget
{
    Q_OBJECT

public:
    PeoplePage(PersonService& people, Prompts& prompts, QUndoStack& undo, QWidget* parent = nullptr);
    ~PeoplePage() override;

    PeopleModel* model() const { return m_model; }
    PeopleFilterProxyModel* proxy() const { return m_proxy; }
    /** The person selected in the list, or empty. */
    QString selectedPersonId() const;
    /** Selects a person, clearing a filter that hides them. */
    bool selectPerson(const QString& personId);

public Q_SLOTS:
    /** Opens a person's page (window-modal) and returns it. */
    PersonDialog* openPerson(const QString& personId);
    PersonDialog* openSelected();
    /** "Merge into…" for the selected person (window-modal). */
    MergePeopleDialog* mergeSelected();
    void focusFilter();

Q_SIGNALS:
    /** Something to say in the status bar. */
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateState();

    PersonService& m_people;
    Prompts& m_prompts;
    QUndoStack& m_undo;
    PeopleModel* m_model;
    PeopleFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_hint;
    QTableView* m_table;
    QPushButton* m_openButton;
    QPushButton* m_mergeButton;
};

} // namespace petinfo::client
