// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PersonDialog.h"

#include "gui/FieldIssueLabel.h"
#include "gui/MergePeopleDialog.h"
#include "gui/PersonFields.h"
#include "gui/PetEditorDialog.h"
#include "gui/Prompts.h"
#include "gui/WhatsAppVerificationBox.h"
#include "models/PersonPetsModel.h"
#include "models/PhoneText.h"
#include "services/PersonService.h"
#include "services/PetService.h"
#include "services/ValidationText.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

constexpr int kValidateDelayMs = 250;

/** "phones[1]" -> "phones". */
QString baseField(const std::string& field)
{
    const QString f = QString::fromStdString(field);
    const qsizetype bracket = f.indexOf(QLatin1Char('['));
    return bracket < 0 ? f : f.left(bracket);
}

} // namespace

PersonDialog::PersonDialog(PersonService& people, Prompts& prompts, QUndoStack& undo, const QString& personId,
                           QWidget* parent)
    : QDialog(parent)
    , m_people(people)
    , m_prompts(prompts)
    , m_undo(undo)
    , m_personId(personId)
    , m_validateTimer(new QTimer(this))
    , m_pets(new PersonPetsModel(this))
    , m_title(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_phones(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_whatsapp(new QCheckBox(tr("Agrees to WhatsApp reminders"), this))
    , m_petsBox(new QGroupBox(tr("Pets"), this))
    , m_petTable(new QTableView(this))
    , m_status(new QLabel(this))
    , m_mergeButton(new QPushButton(tr("&Merge into…"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("personDialog"));
    m_title->setObjectName(QStringLiteral("personTitleLabel"));
    m_name->setObjectName(QStringLiteral("personNameLineEdit"));
    m_phones->setObjectName(QStringLiteral("personPhonesLineEdit"));
    m_email->setObjectName(QStringLiteral("personEmailLineEdit"));
    m_address->setObjectName(QStringLiteral("personAddressLineEdit"));
    m_language->setObjectName(QStringLiteral("personLanguageComboBox"));
    m_whatsapp->setObjectName(QStringLiteral("personWhatsappCheckBox"));
    m_petTable->setObjectName(QStringLiteral("personPetsTableView"));
    m_status->setObjectName(QStringLiteral("personStatusLabel"));
    m_mergeButton->setObjectName(QStringLiteral("mergeIntoButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    setSizeGripEnabled(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phones->setPlaceholderText(tr("e.g. %1; several separated by commas").arg(phoneExample()));
    m_email->setPlaceholderText(tr("name@example.org"));
    personfields::fillLanguages(m_language);
    m_mergeButton->setToolTip(tr("This person was typed in twice? Merge the two records into one"));
    m_saveButton->setDefault(true);
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(
        tr("Save the details (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_status->setWordWrap(true);

    auto* details = new QGroupBox(tr("Details"), this);
    auto* form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), withIssue(m_name, QStringLiteral("name")));
    form->addRow(tr("P&hones:"), withIssue(m_phones, QStringLiteral("phones")));
    form->addRow(tr("&E-mail:"), withIssue(m_email, QStringLiteral("email")));
    form->addRow(tr("Addr&ess:"), withIssue(m_address, QStringLiteral("address")));
    form->addRow(tr("Lan&guage:"), withIssue(m_language, QStringLiteral("language")));
    form->addRow(QString(), m_whatsapp);

    auto* petsBox = m_petsBox;
    m_petTable->setModel(m_pets);
    m_petTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_petTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_petTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_petTable->setAlternatingRowColors(true);
    m_petTable->setWordWrap(false);
    m_petTable->verticalHeader()->hide();
    m_petTable->horizontalHeader()->setStretchLastSection(true);
    m_petTable->installEventFilter(this);
    const int ch = fontMetrics().averageCharWidth();
    for (const auto& [column, chars] : {std::pair{PersonPetsModel::Name, 18}, std::pair{PersonPetsModel::Species, 10},
                                        std::pair{PersonPetsModel::Breed, 14}, std::pair{PersonPetsModel::Status, 12},
                                        std::pair{PersonPetsModel::Role, 26}}) {
        m_petTable->setColumnWidth(column, ch * chars);
    }
    auto* petsHint = new QLabel(tr("Double-click a pet, or press Enter, to open it."), petsBox);
    auto* petsLayout = new QVBoxLayout(petsBox);
    petsLayout->addWidget(m_petTable, 1);
    petsLayout->addWidget(petsHint);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_mergeButton);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(details);
    // Verifying the number by one-time code: the server sends to the saved number, so unsaved
    // edits are saved first.
    m_whatsappBox = new WhatsAppVerificationBox(m_people, m_prompts, m_personId, this);
    m_whatsappBox->setSaveFirst([this] { return !m_dirty || save(); });
    layout->addWidget(m_whatsappBox);
    layout->addWidget(petsBox, 1);
    layout->addLayout(buttons);

    // Ctrl+Z undoes a merge made here (the app's undo stack); text fields keep their own Ctrl+Z.
    auto* undoAction = m_undo.createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(kValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &PersonDialog::validateNow);
    for (QLineEdit* edit : {m_name, m_phones, m_email, m_address}) {
        connect(edit, &QLineEdit::textEdited, this, &PersonDialog::markEdited);
    }
    connect(m_language, &QComboBox::currentTextChanged, this, &PersonDialog::markEdited);
    connect(m_whatsapp, &QCheckBox::toggled, this, &PersonDialog::markEdited);
    connect(m_petTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { openPet(index.data(PersonPetsModel::PetIdRole).toString()); });
    connect(m_mergeButton, &QPushButton::clicked, this, &PersonDialog::openMerge);
    connect(m_saveButton, &QPushButton::clicked, this, &PersonDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &PersonDialog::reject);
    // Changes made elsewhere: by a pet editor opened from here, an undone merge, sync.
    connect(&m_people, &PersonService::personChanged, this, [this](const QString& id) {
        if (id == m_personId && !m_dirty) {
            load();
        }
    });
    connect(&m_people, &PersonService::peopleChanged, this, [this] { m_dirty ? loadPets() : load(); });
    PetService& pets = m_people.petService();
    connect(&pets, &PetService::petChanged, this, &PersonDialog::loadPets);
    connect(&pets, &PetService::petRemoved, this, &PersonDialog::loadPets);
    connect(&pets, &PetService::reset, this, [this] { m_dirty ? loadPets() : load(); });

    load();
    resize(ch * 110, fontMetrics().height() * 34);
}

PersonDialog::~PersonDialog() = default;

QWidget* PersonDialog::withIssue(QWidget* field, const QString& name)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* issue = new FieldIssueLabel(box);
    issue->setObjectName(QStringLiteral("person") + name.at(0).toUpper() + name.mid(1) + QStringLiteral("IssueLabel"));
    layout->addWidget(issue);
    m_issues.insert(name, issue);
    m_fields.insert(name, field);
    return box;
}

bool PersonDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter on a pet opens it (rather than pressing Save, the default button).
    if (watched == m_petTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_petTable->currentIndex().isValid()) {
            openPet(m_petTable->currentIndex().data(PersonPetsModel::PetIdRole).toString());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PersonDialog::load()
{
    auto details = m_people.person(m_personId);
    m_gone = !details;
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_phones, m_email, m_address, m_language, m_whatsapp,
                                                      m_mergeButton, m_saveButton}) {
        w->setEnabled(!m_gone);
    }
    if (!details) {
        m_pets->setPets({});
        m_status->setText(details.error().code == StorageErrc::NotFound
                              ? tr("This person is no longer in Pet Info: they were merged into another record.")
                              : describe(details.error()));
        m_dirty = false;
        updateTitle();
        return;
    }
    m_person = details->person;
    m_loading = true;
    m_name->setText(QString::fromStdString(m_person.name));
    m_phones->setText(personfields::phonesText(m_person.phones));
    m_email->setText(QString::fromStdString(m_person.email));
    m_address->setText(QString::fromStdString(m_person.address));
    personfields::setLanguage(m_language, m_person.language);
    m_whatsapp->setChecked(m_person.whatsappOptIn);
    m_loading = false;
    m_pets->setPets(std::move(details->pets));
    m_dirty = false;
    m_triedSave = false;
    showIssues({});
    updateTitle();
}

void PersonDialog::loadPets()
{
    if (m_gone) {
        return;
    }
    if (auto details = m_people.person(m_personId)) {
        m_pets->setPets(std::move(details->pets));
        updateTitle();
    }
}

Person PersonDialog::formPerson() const
{
    Person p = m_person;
    p.name = m_name->text().toStdString();
    p.phones = personfields::phonesFromText(m_phones->text());
    p.email = m_email->text().trimmed().toStdString();
    p.address = m_address->text().toStdString();
    p.language = personfields::language(m_language);
    p.whatsappOptIn = m_whatsapp->isChecked();
    return p;
}

void PersonDialog::markEdited()
{
    if (m_loading) {
        return;
    }
    m_dirty = true;
    updateTitle();
    m_validateTimer->start();
}

void PersonDialog::validateNow()
{
    m_validateTimer->stop();
    Person p = formPerson();
    ValidationReport report = m_people.validate(p);
    if (!m_triedSave) {
        // "Required" while the name is being retyped would nag; Save says it.
        std::erase_if(report.issues, [](const ValidationIssue& i) { return i.code == ValidationCode::Required; });
    }
    showIssues(report);
}

void PersonDialog::showIssues(const ValidationReport& report)
{
    m_report = report;
    QHash<QString, std::vector<ValidationIssue>> byField;
    for (const ValidationIssue& issue : report.issues) {
        byField[baseField(issue.field)].push_back(issue);
    }
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        it.value()->setIssues(byField.value(it.key()));
    }
}

bool PersonDialog::save()
{
    if (m_gone) {
        return false;
    }
    m_validateTimer->stop();
    m_triedSave = true;
    Person p = formPerson();
    Person checked = p;
    const ValidationReport report = m_people.validate(checked);
    showIssues(report);
    if (report.hasErrors()) {
        for (const ValidationIssue& issue : report.issues) {
            if (issue.severity == Severity::Error) {
                if (QWidget* field = m_fields.value(baseField(issue.field))) {
                    field->setFocus(Qt::OtherFocusReason);
                }
                break;
            }
        }
        m_status->setText(tr("Not saved: fix the fields marked with an error."));
        return false;
    }
    auto saved = m_people.updatePerson(p);
    if (!saved) {
        m_prompts.error(this, tr("Could not save %1").arg(QString::fromStdString(p.name)), describe(saved.error()));
        return false;
    }
    const bool shared = m_pets->rowCount() > 1;
    load();
    m_status->setText(shared ? tr("Saved. All pets of %1 show the change.").arg(QString::fromStdString(saved->name))
                             : tr("Saved."));
    return true;
}

bool PersonDialog::settleUnsaved(const QString& question)
{
    if (!m_dirty) {
        return true;
    }
    switch (m_prompts.askUnsaved(this, question)) {
    case Prompts::Unsaved::Save:
        return save();
    case Prompts::Unsaved::Discard:
        load();
        return true;
    case Prompts::Unsaved::Cancel:
        break;
    }
    return false;
}

PetEditorDialog* PersonDialog::openPet(const QString& petId)
{
    if (petId.isEmpty()) {
        return nullptr;
    }
    const QString name = QString::fromStdString(m_person.name);
    if (!settleUnsaved(tr("Save the changes to %1 before opening the pet?").arg(name))) {
        return nullptr;
    }
    auto* editor = new PetEditorDialog(m_people.petService(), m_prompts, petId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->showTab(PetEditorDialog::ContactsTab);
    connect(editor, &QDialog::finished, this, [this] {
        if (!m_dirty) {
            load();
        }
    });
    editor->open();
    return editor;
}

MergePeopleDialog* PersonDialog::openMerge()
{
    if (m_gone) {
        return nullptr;
    }
    const QString name = QString::fromStdString(m_person.name);
    if (!settleUnsaved(tr("Save the changes to %1 before merging?").arg(name))) {
        return nullptr;
    }
    auto* dialog = new MergePeopleDialog(m_people, m_prompts, m_undo, m_personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergePeopleDialog::merged, this,
            [this, dialog](const QString& keptId, const QString&) { onMerged(keptId, dialog->duplicateName()); });
    dialog->open();
    return dialog;
}

void PersonDialog::onMerged(const QString& keptId, const QString& duplicateName)
{
    m_personId = keptId; // this page shows who is left
    load();
    m_status->setText(
        tr("Merged %1 into %2. Undo with Ctrl+Z.").arg(duplicateName, QString::fromStdString(m_person.name)));
}

void PersonDialog::updateTitle()
{
    const QString name = m_gone ? tr("Person") : QString::fromStdString(m_person.name);
    m_title->setText(name);
    m_petsBox->setTitle(tr("Pets (%1)").arg(m_pets->rowCount()));
    setWindowTitle(tr("%1%2 — Pet Info").arg(name, m_dirty ? QStringLiteral(" *") : QString()));
}

void PersonDialog::reject()
{
    if (settleUnsaved(tr("Save the changes to %1 before closing?").arg(QString::fromStdString(m_person.name)))) {
        QDialog::reject();
    }
}

} // namespace petinfo::client
