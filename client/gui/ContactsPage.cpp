// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ContactsPage.h"

#include "gui/EnumCombo.h"
#include "gui/FieldIssueLabel.h"
#include "models/ContactModel.h"
#include "models/DomainText.h"
#include "models/PhoneText.h"
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
    , m_add(new QPushButton(tr("&Add contact"), this))
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

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    fillEnumCombo<ContactRole>(m_role, contactRoleLabel);
    m_phones->setPlaceholderText(tr("e.g. %1; several separated by commas").arg(phoneExample()));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_language->setEditable(true);
    m_language->addItem(QString());
    for (const char* code : {"es", "en", "pt-BR", "pt", "fr", "de", "it"}) {
        const QLocale locale{QString::fromLatin1(code)};
        m_language->addItem(QStringLiteral("%1 — %2").arg(QString::fromLatin1(code), locale.nativeLanguageName()),
                            QString::fromLatin1(code));
    }
    m_otherIssues->setWordWrap(true);
    m_otherIssues->hide();

    auto* form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), withIssue(m_name, QStringLiteral("name")));
    form->addRow(tr("Ro&le:"), m_role);
    form->addRow(tr("P&hones:"), withIssue(m_phones, QStringLiteral("phones")));
    form->addRow(tr("&E-mail:"), withIssue(m_email, QStringLiteral("email")));
    form->addRow(tr("Addr&ess:"), withIssue(m_address, QStringLiteral("address")));
    form->addRow(tr("Lan&guage:"), withIssue(m_language, QStringLiteral("language")));
    form->addRow(QString(), m_whatsapp);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_primary);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_otherIssues);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_form);

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
    QStringList phones;
    for (const std::string& p : entry.person.phones) {
        phones << phoneForDisplay(QString::fromStdString(p));
    }
    m_phones->setText(phones.join(QStringLiteral(", ")));
    m_email->setText(QString::fromStdString(entry.person.email));
    m_address->setText(QString::fromStdString(entry.person.address));
    const QString language = QString::fromStdString(entry.person.language);
    const int languageIndex = m_language->findData(language);
    if (languageIndex >= 0) {
        m_language->setCurrentIndex(languageIndex);
    } else {
        m_language->setCurrentText(language);
    }
    m_whatsapp->setChecked(entry.person.whatsappOptIn);
    m_loading = false;
    showIssues(m_report);
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
    entry.person.phones.clear();
    for (const QString& phone : m_phones->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!phone.trimmed().isEmpty()) {
            entry.person.phones.push_back(phone.trimmed().toStdString());
        }
    }
    entry.person.email = m_email->text().trimmed().toStdString();
    entry.person.address = m_address->text().toStdString();
    // The combo shows "es — español"; its item data is the code. Typed text is taken as a code.
    const int index = m_language->findText(m_language->currentText());
    entry.person.language =
        (index >= 0 ? m_language->itemData(index).toString() : m_language->currentText().trimmed()).toStdString();
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
