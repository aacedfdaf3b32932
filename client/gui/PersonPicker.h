// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCompleter;

namespace petinfo::client {

class PeopleFilterProxyModel;
class PeopleModel;
class PersonService;

/** A search field that finds an existing person as you type (name, phone the local way, e-mail,
 *  a pet's name) and lists the matches under it: name, phone and pets. Up/Down move through the
 *  list, Enter or a click chooses (the top match is preselected), Escape closes it. The people are
 *  read when the field is first typed into after it gained focus. */
class PersonPicker final : public QLineEdit
{
    Q_OBJECT

public:
    explicit PersonPicker(PersonService& people, QWidget* parent = nullptr);
    ~PersonPicker() override;

    /** The popup list (for tests), null until first shown. */
    QWidget* popupList() const;
    /** How many people the popup lists now. */
    int matchCount() const;

Q_SIGNALS:
    /** A person was chosen; the field is cleared. */
    void personChosen(const QString& personId);

protected:
    void focusInEvent(QFocusEvent* event) override;

private:
    void search(const QString& text);

    PeopleModel* m_model;
    PeopleFilterProxyModel* m_proxy;
    QCompleter* m_completer;
    bool m_reload = true;
};

} // namespace petinfo::client
