// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ContactsPage.h"

#include "gui/EnumCombo.h"
#include "gui/FieldIssueLabel.h"
#include "gui/PersonFields.h"
#include "gui/PersonPicker.h"
#include "models/ContactModel.h"
#include "models/DomainText.h"
#include "models/PhoneText.h"
#include "services/PersonService.h"
#include "services/ValidationText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

/** "contacts[2].phones[0]" -> {2, "phones"}; {-1, ""} for other fields. */
std::pair<int, QString> splitContactField(const std::string& field)
{
    static const QRegularExpression re(QStringLiteral("^contacts\\[(\\d+)\\](?:\\.([A-Za-z]+))?"));
    const auto m = re.match(QString::fromStdString(field));
    if (!m.hasMatch()) {
        return {-1, QString()};
    }
    return {m.captured(1).toInt(), m.captured(2)};
}

} // namespace

ContactsPage::ContactsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ContactModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&New person"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_primary(new QPushButton(tr("Make &primary"), this))
    , m_form(new QWidget(this))
    , m_name(new QLineEdit(m_form))
    , m_role(new QComboBox(m_form))
    , m_phones(new QLineEdit(m_form))
    , m_email(new QLineEdit(m_form))
    , m_address(new QLineEdit(m_form))
    , m_language(new QComboBox(m_form))
    , m_whatsapp(new QCheckBox(tr("Agrees to WhatsApp reminders"), m_form))
    , m_otherIssues(new QLabel(this))
    , m_sharedHint(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("contactsTableView"));
    m_add->setObjectName(QStringLiteral("addContactButton"));
    m_remove->setObjectName(QStringLiteral("removeContactButton"));
    m_primary->setObjectName(QStringLiteral("primaryContactButton"));
    m_name->setObjectName(QStringLiteral("contactNameLineEdit"));
    m_role->setObjectName(QStringLiteral("contactRoleComboBox"));
    m_phones->setObjectName(QStringLiteral("contactPhonesLineEdit"));
    m_email->setObjectName(QStringLiteral("contactEmailLineEdit"));
    m_address->setObjectName(QStringLiteral("contactAddressLineEdit"));
    m_language->setObjectName(QStringLiteral("contactLanguageComboBox"));
    m_whatsapp->setObjectName(QStringLiteral("contactWhatsappCheckBox"));
    m_otherIssues->setObjectName(QStringLiteral("otherContactIssuesLabel"));
    m_sharedHint->setObjectName(QStringLiteral("sharedPersonLabel"));
    m_add->setToolTip(tr("Type a person who is not in Pet Info yet"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    const int ch = fontMetrics().averageCharWidth();
    for (const auto& [column, chars] : {std::pair{ContactModel::Name, 22}, std::pair{ContactModel::Role, 18},
                                        std::pair{ContactModel::Phones, 22}, std::pair{ContactModel::Email, 24}}) {
        m_table->setColumnWidth(column, ch * chars);
    }

    fillEnumCombo<ContactRole>(m_role, contactRoleLabel);
    m_phones->setPlaceholderText(tr("e.g. %1; several separated by commas").arg(phoneExample()));
    m_email->setPlaceholderText(tr("name@example.org"));
    personfields::fillLanguages(m_language);
    m_otherIssues->setWordWrap(true);
    m_otherIssues->hide();
    m_sharedHint->setWordWrap(true);
    m_sharedHint->hide();

    auto* form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), withIssue(m_name, QStringLiteral("name")));
    form->addRow(tr("Ro&le:"), m_role);
    form->addRow(tr("P&hones:"), withIssue(m_phones, QStringLiteral("phones")));
    form->addRow(tr("&E-mail:"), withIssue(m_email, QStringLiteral("email")));
    form->addRow(tr("Addr&ess:"), withIssue(m_address, QStringLiteral("address")));
    form->addRow(tr("Lan&guage:"), withIssue(m_language, QStringLiteral("language")));
    form->addRow(QString(), m_whatsapp);

    // Adding comes first (an existing person, found as you type, or a new one), then the list.
    m_addRow = new QHBoxLayout;
    m_addRow->addWidget(m_add);
    m_addRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_primary);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_otherIssues);
    layout->addLayout(m_addRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_form);
    layout->addWidget(m_sharedHint);

    connect(m_add, &QPushButton::clicked, this, &ContactsPage::addContact);
    connect(m_remove, &QPushButton::clicked, this, &ContactsPage::removeContact);
    connect(m_primary, &QPushButton::clicked, this, [this] { m_model->setPrimary(currentRow()); });
    connect(m_model, &ContactModel::edited, this, &ContactsPage::edited);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsPage::loadForm);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPage::loadForm);
    for (QLineEdit* edit : {m_name, m_phones, m_email, m_address}) {
        connect(edit, &QLineEdit::textEdited, this, &ContactsPage::storeForm);
    }
    connect(m_role, &QComboBox::currentIndexChanged, this, &ContactsPage::storeForm);
    connect(m_language, &QComboBox::currentTextChanged, this, &ContactsPage::storeForm);
    connect(m_whatsapp, &QCheckBox::toggled, this, &ContactsPage::storeForm);
    loadForm();
}

void ContactsPage::setContacts(std::vector<ContactEntry> contacts)
{
    m_model->setContacts(std::move(contacts));
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
}

void ContactsPage::setPersonService(PersonService* people)
{
    if (m_picker || !people) {
        return;
    }
    m_people = people;
    m_picker = new PersonPicker(*people, this);
    m_picker->setObjectName(QStringLiteral("personPickerLineEdit"));
    m_picker->setPlaceholderText(tr("Add an existing person: type a name, phone or e-mail"));
    m_picker->setAccessibleName(tr("Add an existing person"));
    m_picker->setToolTip(
        tr("People already in Pet Info (owners of other pets) are linked, not typed again: a change to their "
           "phone then shows on all their pets"));
    delete m_addRow->takeAt(m_addRow->count() - 1); // the picker takes the spare width
    m_addRow->insertWidget(0, m_picker, 1);
    // Typing in the picker comes before New person, as a receptionist looks for the client first.
    setTabOrder(m_picker, m_add);
    connect(m_picker, &PersonPicker::personChosen, this, &ContactsPage::addExistingPerson);
}

bool ContactsPage::addExistingPerson(const QString& personId)
{
    const auto& rows = m_model->contacts();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (QString::fromStdString(rows[i].person.id) == personId) {
            m_table->selectRow(static_cast<int>(i));
            return false;
        }
    }
    if (!m_people) {
        return false;
    }
    auto found = m_people->person(personId);
    if (!found) {
        return false;
    }
    ContactEntry entry;
    entry.person = std::move(found->person);
    entry.role = m_model->rowCount() == 0 ? ContactRole::Owner : ContactRole::Emergency;
    const int row = m_model->addContact(std::move(entry));
    m_table->selectRow(row);
    m_role->setFocus(Qt::OtherFocusReason);
    return true;
}

const std::vector<ContactEntry>& ContactsPage::contacts() const
{
    return m_model->contacts();
}

QWidget* ContactsPage::withIssue(QWidget* field, const QString& name)
{
    auto* box = new QWidget(m_form);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* issue = new FieldIssueLabel(box);
    issue->setObjectName(QStringLiteral("contact") + name.at(0).toUpper() + name.mid(1) + QStringLiteral("IssueLabel"));
    // Room for a message under every field, so the form keeps its height when one appears.
    issue->setReservesSpace(true);
    layout->addWidget(issue);
    m_issues.insert(name, issue);
    m_fields.insert(name, field);
    return box;
}

int ContactsPage::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ContactsPage::loadForm()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < m_model->rowCount();
    m_form->setEnabled(has);
    m_remove->setEnabled(has);
    m_primary->setEnabled(has && !m_model->contacts()[static_cast<std::size_t>(row)].primary);
    m_loading = true;
    const ContactEntry entry = has ? m_model->contacts()[static_cast<std::size_t>(row)] : ContactEntry{};
    m_name->setText(QString::fromStdString(entry.person.name));
    setComboValue(m_role, entry.role);
    m_phones->setText(personfields::phonesText(entry.person.phones));
    m_email->setText(QString::fromStdString(entry.person.email));
    m_address->setText(QString::fromStdString(entry.person.address));
    personfields::setLanguage(m_language, entry.person.language);
    m_whatsapp->setChecked(entry.person.whatsappOptIn);
    m_loading = false;
    showIssues(m_report);
    showSharedHint(has ? &m_model->contacts()[static_cast<std::size_t>(row)] : nullptr);
}

void ContactsPage::showSharedHint(const ContactEntry* entry)
{
    QStringList others;
    if (entry && m_people && !entry->person.id.empty()) {
        if (auto person = m_people->person(QString::fromStdString(entry->person.id))) {
            for (const PersonPet& pet : person->pets) {
                if (pet.pet.id != m_petId) {
                    others << pet.pet.name;
                }
            }
        }
    }
    if (others.isEmpty()) {
        m_sharedHint->hide();
        return;
    }
    const QString name = QString::fromStdString(entry->person.name);
    m_sharedHint->setText(tr("%1 is also a contact of %2. Changes to these details show on those pets too.")
                              .arg(name.isEmpty() ? tr("This person") : name, QLocale().createSeparatedList(others)));
    m_sharedHint->show();
}

void ContactsPage::storeForm()
{
    const int row = currentRow();
    if (m_loading || row < 0) {
        return;
    }
    ContactEntry entry = m_model->contacts()[static_cast<std::size_t>(row)];
    entry.person.name = m_name->text().toStdString();
    entry.role = comboValue<ContactRole>(m_role);
    entry.person.phones = personfields::phonesFromText(m_phones->text());
    entry.person.email = m_email->text().trimmed().toStdString();
    entry.person.address = m_address->text().toStdString();
    entry.person.language = personfields::language(m_language);
    entry.person.whatsappOptIn = m_whatsapp->isChecked();
    m_model->setContact(row, std::move(entry));
    m_primary->setEnabled(!m_model->contacts()[static_cast<std::size_t>(row)].primary);
}

void ContactsPage::addContact()
{
    ContactEntry entry;
    entry.role = m_model->rowCount() == 0 ? ContactRole::Owner : ContactRole::Emergency;
    const int row = m_model->addContact(std::move(entry));
    m_table->selectRow(row);
    m_name->setFocus(Qt::OtherFocusReason);
}

void ContactsPage::removeContact()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    m_model->removeContact(row);
    if (m_model->rowCount() > 0) {
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    }
    loadForm();
}

int ContactsPage::showIssues(const ValidationReport& report)
{
    m_report = report;
    const int row = currentRow();
    QHash<QString, std::vector<ValidationIssue>> mine;
    QStringList others;
    int shown = 0;
    for (const ValidationIssue& issue : report.issues) {
        const auto [contact, field] = splitContactField(issue.field);
        if (contact < 0 && issue.field != "contacts") {
            continue;
        }
        ++shown;
        if (contact == row && m_issues.contains(field)) {
            mine[field].push_back(issue);
        } else {
            others << describeIssue(issue);
        }
    }
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        it.value()->setIssues(mine.value(it.key()));
    }
    m_otherIssues->setText(others.join(QLatin1Char('\n')));
    m_otherIssues->setVisible(!others.isEmpty());
    return shown;
}

bool ContactsPage::focusField(const std::string& field)
{
    const auto [contact, name] = splitContactField(field);
    if (contact < 0 || contact >= m_model->rowCount()) {
        return false;
    }
    m_table->selectRow(contact);
    if (QWidget* widget = m_fields.value(name)) {
        widget->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

} // namespace petinfo::client
