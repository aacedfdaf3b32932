// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PersonPicker.h"

#include "models/PeopleModel.h"
#include "services/PersonService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QListView>
#include <QStyledItemDelegate>

#include <algorithm>

namespace petinfo::client {

namespace {

constexpr int kPetNamesShown = 3;
constexpr int kPopupChars = 70;

/** One line per person: "Ana García · 011 15-4321-9876 · pets: 2 (Luna, Rex)". */
class PersonLineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        QStringList parts{index.siblingAtColumn(PeopleModel::Name).data().toString()};
        const QString phone = index.siblingAtColumn(PeopleModel::Phone).data().toString();
        if (!phone.isEmpty()) {
            parts << phone;
        }
        const int count = index.data(PeopleModel::PetCountRole).toInt();
        if (count == 0) {
            parts << PersonPicker::tr("no pets");
        } else {
            QStringList names = index.siblingAtColumn(PeopleModel::Pets).data().toString().split(QStringLiteral(", "));
            if (names.size() > kPetNamesShown) {
                names = names.mid(0, kPetNamesShown);
                names.last() += QStringLiteral("…");
            }
            //: In the list of people found: how many pets and their names, e.g. "pets: 2 (Luna, Rex)".
            parts << PersonPicker::tr("pets: %1 (%2)").arg(count).arg(names.join(QStringLiteral(", ")));
        }
        option->text = parts.join(QStringLiteral("  ·  "));
    }
};

} // namespace

PersonPicker::PersonPicker(PersonService& people, QWidget* parent)
    : QLineEdit(parent)
    , m_model(new PeopleModel(people, false, this))
    , m_proxy(new PeopleFilterProxyModel(this))
    , m_completer(new QCompleter(this))
{
    setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(PeopleModel::Name);
    m_completer->setModel(m_proxy);
    // The proxy filters (phones the local way, accents); the completer only shows and navigates.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionColumn(PeopleModel::Name);
    m_completer->setMaxVisibleItems(8);
    m_completer->setWidget(this);
    auto* list = new QListView;
    list->setObjectName(QStringLiteral("personPickerListView"));
    list->setUniformItemSizes(true);
    list->setTextElideMode(Qt::ElideRight);
    m_completer->setPopup(list); // takes ownership
    list->setItemDelegate(new PersonLineDelegate(list));
    connect(this, &QLineEdit::textEdited, this, &PersonPicker::search);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const QString id = index.data(PeopleModel::IdRole).toString();
        clear();
        m_proxy->setFilterText(QString());
        if (!id.isEmpty()) {
            Q_EMIT personChosen(id);
        }
    });
}

PersonPicker::~PersonPicker() = default;

QWidget* PersonPicker::popupList() const
{
    return m_completer->popup();
}

int PersonPicker::matchCount() const
{
    return m_proxy->rowCount();
}

void PersonPicker::focusInEvent(QFocusEvent* event)
{
    // People saved since the last search (another pet's new owner) are found too.
    if (!m_completer->popup()->isVisible()) {
        m_reload = true;
    }
    QLineEdit::focusInEvent(event);
}

void PersonPicker::search(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    if (m_reload) {
        m_reload = false;
        if (auto r = m_model->reload(); !r) {
            setPlaceholderText(tr("Could not read the people: %1").arg(describe(r.error())));
            return;
        }
    }
    m_proxy->setFilterText(text);
    // Wide enough for "name · phone · pets" even when the field is narrow.
    m_completer->complete(QRect(0, 0, std::max(width(), fontMetrics().averageCharWidth() * kPopupChars), height()));
    QAbstractItemView* list = m_completer->popup();
    if (list->isVisible() && m_proxy->rowCount() > 0) {
        list->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
}

} // namespace petinfo::client
