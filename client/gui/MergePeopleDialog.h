// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/PersonService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class QUndoStack;

namespace petinfo::client {

class PeopleFilterProxyModel;
class PeopleModel;
class Prompts;

/** "Merge into…": find the other record of the same person (typed twice), see exactly what will
 *  happen (whose pets move, what the kept person's details become, who is deleted), choose which
 *  of the two to keep (the other one by default) and, when both have an e-mail, which e-mail. Merge
 *  makes the change and puts it on the undo stack (Ctrl+Z). */
class MergePeopleDialog final : public QDialog
{
    Q_OBJECT

public:
    MergePeopleDialog(PersonService& people, Prompts& prompts, QUndoStack& undo, const QString& personId,
                      QWidget* parent = nullptr);
    ~MergePeopleDialog() override;

    /** Chooses the other person as a click in the list would (for tests); false if not listed. */
    bool chooseOther(const QString& personId);
    /** Who stays and who goes, once the other person is chosen (empty before). */
    QString keptId() const;
    QString duplicateId() const;
    QString duplicateName() const;
    /** The text that says what will happen. */
    QString summary() const;

public Q_SLOTS:
    /** Merge: makes the change (errors are shown and the dialog stays open). */
    void accept() override;

Q_SIGNALS:
    void merged(const QString& keptId, const QString& duplicateId);

private:
    void otherChanged();
    void updateSummary();
    MergeOptions options() const;
    const PersonDetails& kept() const;
    const PersonDetails& duplicate() const;

    PersonService& m_people;
    Prompts& m_prompts;
    QUndoStack& m_undo;
    PersonDetails m_this;
    std::optional<PersonDetails> m_other;
    bool m_twoEmails = false;
    PeopleModel* m_model;
    PeopleFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QRadioButton* m_keepOther;
    QRadioButton* m_keepThis;
    QLabel* m_emailLabel;
    QComboBox* m_email;
    QLabel* m_summary;
    QPushButton* m_mergeButton;
};

} // namespace petinfo::client
