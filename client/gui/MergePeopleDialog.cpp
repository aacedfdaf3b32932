// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MergePeopleDialog.h"

#include "gui/MergePeopleCommand.h"
#include "gui/PersonFields.h"
#include "gui/Prompts.h"
#include "models/PeopleModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

QString name(const Person& person)
{
    return QString::fromStdString(person.name).toHtmlEscaped();
}

QString petNames(const PersonDetails& details)
{
    QStringList names;
    for (const PersonPet& pet : details.pets) {
        names << pet.pet.name.toHtmlEscaped();
    }
    return QLocale().createSeparatedList(names);
}

} // namespace

MergePeopleDialog::MergePeopleDialog(PersonService& people, Prompts& prompts, QUndoStack& undo, const QString& personId,
                                     QWidget* parent)
    : QDialog(parent)
    , m_people(people)
    , m_prompts(prompts)
    , m_undo(undo)
    , m_model(new PeopleModel(people, false, this))
    , m_proxy(new PeopleFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_keepOther(new QRadioButton(this))
    , m_keepThis(new QRadioButton(this))
    , m_emailLabel(new QLabel(tr("&E-mail to keep:"), this))
    , m_email(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_mergeButton(new QPushButton(tr("&Merge"), this))
{
    setObjectName(QStringLiteral("mergePeopleDialog"));
    m_filter->setObjectName(QStringLiteral("mergeFilterLineEdit"));
    m_table->setObjectName(QStringLiteral("mergeCandidatesTableView"));
    m_keepOther->setObjectName(QStringLiteral("keepOtherRadioButton"));
    m_keepThis->setObjectName(QStringLiteral("keepThisRadioButton"));
    m_email->setObjectName(QStringLiteral("mergeEmailComboBox"));
    m_summary->setObjectName(QStringLiteral("mergeSummaryLabel"));
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));

    if (auto details = people.person(personId)) {
        m_this = std::move(*details);
    }
    const QString thisName = QString::fromStdString(m_this.person.name);
    setWindowTitle(tr("Merge %1 — Pet Info").arg(thisName));

    auto* intro = new QLabel(tr("Choose the other record of %1: the same person typed in twice.").arg(thisName), this);
    intro->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Find by name, phone, e-mail or pet"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setExcludedId(personId);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(PeopleModel::PetCount, true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleModel::Name, Qt::AscendingOrder);
    const int ch = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(PeopleModel::Name, ch * 22);
    m_table->setColumnWidth(PeopleModel::Phone, ch * 26);
    m_table->setColumnWidth(PeopleModel::Email, ch * 22);
    if (auto r = m_model->reload(); !r) {
        m_prompts.error(this, tr("Could not read the people"), describe(r.error()));
    }

    auto* keep = new QButtonGroup(this);
    keep->addButton(m_keepOther);
    keep->addButton(m_keepThis);
    m_keepOther->setChecked(true);
    m_email->hide();
    m_emailLabel->hide();
    m_emailLabel->setBuddy(m_email);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMinimumHeight(fontMetrics().height() * 6);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* choices = new QFormLayout;
    choices->addRow(tr("Keep:"), m_keepOther);
    choices->addRow(QString(), m_keepThis);
    choices->addRow(m_emailLabel, m_email);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_mergeButton->setEnabled(false);
    m_mergeButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PeopleFilterProxyModel::setFilterText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MergePeopleDialog::otherChanged);
    connect(m_keepOther, &QRadioButton::toggled, this, &MergePeopleDialog::updateSummary);
    connect(m_email, &QComboBox::currentIndexChanged, this, &MergePeopleDialog::updateSummary);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergePeopleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergePeopleDialog::reject);

    updateSummary();
    m_filter->setFocus(Qt::OtherFocusReason);
    resize(ch * 110, fontMetrics().height() * 40);
}

MergePeopleDialog::~MergePeopleDialog() = default;

bool MergePeopleDialog::chooseOther(const QString& personId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, PeopleModel::Name);
        if (index.data(PeopleModel::IdRole).toString() == personId) {
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

const PersonDetails& MergePeopleDialog::kept() const
{
    return m_keepOther->isChecked() ? *m_other : m_this;
}

const PersonDetails& MergePeopleDialog::duplicate() const
{
    return m_keepOther->isChecked() ? m_this : *m_other;
}

QString MergePeopleDialog::keptId() const
{
    return m_other ? QString::fromStdString(kept().person.id) : QString();
}

QString MergePeopleDialog::duplicateId() const
{
    return m_other ? QString::fromStdString(duplicate().person.id) : QString();
}

QString MergePeopleDialog::duplicateName() const
{
    return m_other ? QString::fromStdString(duplicate().person.name) : QString();
}

QString MergePeopleDialog::summary() const
{
    return m_summary->text();
}

MergeOptions MergePeopleDialog::options() const
{
    MergeOptions options;
    if (m_other && m_twoEmails) {
        options.keepDuplicateEmail = m_email->currentData().toString().toStdString() == duplicate().person.email;
    }
    return options;
}

void MergePeopleDialog::otherChanged()
{
    const PersonSummary* chosen = m_proxy->itemFromIndex(m_table->currentIndex());
    m_other.reset();
    m_twoEmails = false;
    if (chosen) {
        if (auto details = m_people.person(chosen->id)) {
            m_other = std::move(*details);
        }
    }
    m_mergeButton->setEnabled(m_other.has_value());
    if (m_other) {
        const QString thisName = QString::fromStdString(m_this.person.name);
        const QString otherName = QString::fromStdString(m_other->person.name);
        m_keepOther->setText(tr("%1 (merge %2 into this record)").arg(otherName, thisName));
        m_keepThis->setText(tr("%1 (merge %2 into this record)").arg(thisName, otherName));
        const bool twoEmails =
            !m_this.person.email.empty() && !m_other->person.email.empty() &&
            QString::fromStdString(m_this.person.email)
                    .compare(QString::fromStdString(m_other->person.email), Qt::CaseInsensitive) != 0;
        const QSignalBlocker blocker(m_email);
        m_email->clear();
        if (twoEmails) {
            for (const Person* p : {&m_other->person, &m_this.person}) {
                m_email->addItem(QString::fromStdString(p->email), QString::fromStdString(p->email));
            }
        }
        m_twoEmails = twoEmails;
    }
    m_email->setVisible(m_twoEmails);
    m_emailLabel->setVisible(m_twoEmails);
    updateSummary();
}

void MergePeopleDialog::updateSummary()
{
    if (!m_other) {
        m_keepOther->setText(tr("the person you choose above"));
        m_keepThis->setText(QString::fromStdString(m_this.person.name));
        m_summary->setText(tr("Nothing is changed until you press Merge."));
        return;
    }

    const PersonDetails& keptOne = kept();
    const PersonDetails& goes = duplicate();
    const Person after = PersonService::combined(keptOne.person, goes.person, options());
    QStringList details;
    if (!after.phones.empty()) {
        details << tr("phones: %1").arg(personfields::phonesText(after.phones).toHtmlEscaped());
    }
    if (!after.email.empty()) {
        details << tr("e-mail: %1").arg(QString::fromStdString(after.email).toHtmlEscaped());
    }
    if (!after.address.empty()) {
        details << tr("address: %1").arg(QString::fromStdString(after.address).toHtmlEscaped());
    }
    QStringList items;
    items << (goes.pets.empty()
                  ? tr("%1 has no pets to move.").arg(name(goes.person))
                  : tr("The pets of %1 (%2) move to %3.").arg(name(goes.person), petNames(goes), name(keptOne.person)));
    if (!details.isEmpty()) {
        items << tr("%1 will then have %2.").arg(name(keptOne.person), details.join(QStringLiteral("; ")));
    }
    if (m_twoEmails) {
        const std::string& dropped = after.email == goes.person.email ? keptOne.person.email : goes.person.email;
        items << tr("The e-mail %1 is not kept: a person has one e-mail.")
                     .arg(QString::fromStdString(dropped).toHtmlEscaped());
    }
    items << tr("%1 is then deleted, here and on every device after the next sync.").arg(name(goes.person));
    m_summary->setText(QStringLiteral("<b>%1</b><ul style=\"margin-left: 0\"><li>%2</li></ul>%3")
                           .arg(tr("What happens:"), items.join(QStringLiteral("</li><li>")),
                                tr("You can undo the merge with Ctrl+Z.")));
}

void MergePeopleDialog::accept()
{
    if (!m_other) {
        return;
    }
    const QString keep = keptId();
    const QString gone = duplicateId();
    auto done = m_people.merge(keep, gone, options());
    if (!done) {
        m_prompts.error(this, tr("Could not merge"), describe(done.error()));
        return;
    }
    // The step outlives this dialog: its errors (undo, redo) are shown over the window below.
    QPointer<QWidget> host = parentWidget() ? parentWidget()->window() : nullptr;
    Prompts& prompts = m_prompts;
    m_undo.push(new MergePeopleCommand(m_people, std::move(*done), [host, &prompts](const StorageError& e) {
        prompts.error(host.data(), MergePeopleDialog::tr("Could not undo or redo the merge"), describe(e));
    }));
    Q_EMIT merged(keep, gone);
    QDialog::accept();
}

} // namespace petinfo::client
