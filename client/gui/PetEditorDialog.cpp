// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PetEditorDialog.h"

#include "gui/AttachmentsPage.h"
#include "gui/ContactsPage.h"
#include "gui/FoundReportsPage.h"
#include "gui/HealthPage.h"
#include "gui/NotesPage.h"
#include "gui/Palette.h"
#include "gui/ProfilePage.h"
#include "gui/Prompts.h"
#include "gui/WeightPage.h"
#include "services/FoundReportService.h"
#include "services/PersonService.h"
#include "services/PetService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

constexpr int kValidateDelayMs = 250;

bool isContactField(const std::string& field)
{
    return field.rfind("contacts", 0) == 0;
}

} // namespace

PetEditorDialog::PetEditorDialog(PetService& service, Prompts& prompts, const QString& petId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_petId(petId)
    , m_undo(new QUndoStack(this))
    , m_validateTimer(new QTimer(this))
    , m_tabs(new QTabWidget(this))
    , m_profile(new ProfilePage(service.clock(), this))
    , m_contacts(new ContactsPage(this))
    , m_health(new HealthPage(service, prompts, *m_undo, this))
    , m_weight(new WeightPage(service, prompts, *m_undo, this))
    , m_files(new AttachmentsPage(service, prompts, this))
    , m_notes(new NotesPage(service, prompts, this))
    , m_found(nullptr)
    , m_foundBanner(nullptr)
    , m_status(new QLabel(this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("petEditorDialog"));
    m_tabs->setObjectName(QStringLiteral("editorTabWidget"));
    m_profile->setObjectName(QStringLiteral("profilePage"));
    m_contacts->setObjectName(QStringLiteral("contactsPage"));
    m_health->setObjectName(QStringLiteral("healthPage"));
    m_weight->setObjectName(QStringLiteral("weightPage"));
    m_files->setObjectName(QStringLiteral("attachmentsPage"));
    m_notes->setObjectName(QStringLiteral("notesPage"));
    m_status->setObjectName(QStringLiteral("editorStatusLabel"));
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    setSizeGripEnabled(true);

    // Reads only (finding an existing person); the pet's contacts are saved through PetService.
    m_contacts->setPersonService(new PersonService(service, this));

    m_tabs->addTab(m_profile, tr("&Profile"));
    m_tabs->addTab(m_contacts, tr("C&ontacts"));
    m_tabs->addTab(m_health, tr("&Health"));
    m_tabs->addTab(m_weight, tr("&Weight"));
    m_tabs->addTab(m_files, tr("Photos && &documents"));
    m_tabs->addTab(m_notes, tr("&Notes"));
    // Found reports: the server's, read from synced rows (a service of their own).
    auto* foundService = new FoundReportService(service, this);
    m_found = new FoundReportsPage(*foundService, prompts, this);
    m_found->setObjectName(QStringLiteral("foundReportsPage"));
    m_foundBanner = new FoundBanner(*foundService, this);
    m_tabs->addTab(m_found, tr("&Found reports"));
    connect(m_foundBanner, &FoundBanner::showReportsRequested, this, [this] {
        showTab(FoundTab);
        m_found->markSeen();
    });
    // Every tab has an icon from the start (a blank one until a mark is due): a tab bar that gains
    // its first icon grows taller and moves the whole form down under the pointer.
    QPixmap blank(m_tabs->iconSize());
    blank.fill(Qt::transparent);
    m_blankTabIcon = QIcon(blank);
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabIcon(tab, m_blankTabIcon);
    }

    m_saveButton->setDefault(true);
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save the profile and contacts (%1)")
                                 .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_undoButton->setEnabled(false);
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_foundBanner);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    // Ctrl+Z undoes record deletions here; text fields keep their own Ctrl+Z while they have focus.
    auto* undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_undoButton->setToolTip(text.isEmpty() ? QString() : tr("Undo %1").arg(text));
    });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_undo->canUndo()) {
            m_status->setText(tr("%1 done. Undo with Ctrl+Z.").arg(m_undo->undoText()));
        }
    });

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(kValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &PetEditorDialog::validateNow);
    connect(m_profile, &ProfilePage::edited, this, &PetEditorDialog::markEdited);
    connect(m_contacts, &ContactsPage::edited, this, &PetEditorDialog::markEdited);
    connect(m_saveButton, &QPushButton::clicked, this, &PetEditorDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &PetEditorDialog::reject);

    load();
    if (m_petId.isEmpty()) {
        // Ctrl+N and type: the name is what a new pet needs first, and what people type at once.
        m_profile->focusField("name");
    }
    const QFontMetrics fm = fontMetrics();
    // Wide enough for an inline message on one line under the right-hand column's fields, and for
    // the Health tab's columns side by side in Spanish and Portuguese (the longest titles).
    resize(fm.averageCharWidth() * 176, fm.height() * 36);
}

PetEditorDialog::~PetEditorDialog()
{
    // The undo stack is a child: QWidget's destructor deletes it after this class is gone, and
    // its clear() then signals the lambdas above (UndefinedBehaviorSanitizer: member access of a
    // destroyed PetEditorDialog).
    m_undo->disconnect(this);
}

void PetEditorDialog::setReminderService(ReminderService* reminders)
{
    m_health->setReminderService(reminders);
}

bool PetEditorDialog::isDirty() const
{
    return m_dirty || m_notes->hasUnsavedText();
}

void PetEditorDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void PetEditorDialog::load()
{
    PetRecord record;
    if (!m_petId.isEmpty()) {
        auto loaded = m_service.loadPet(m_petId);
        if (!loaded) {
            m_prompts.error(this, tr("Could not open the pet"), describe(loaded.error()));
            m_petId.clear();
        } else {
            record = std::move(*loaded);
        }
    }
    m_profile->setPet(record.pet);
    m_contacts->setPetId(m_petId);
    m_contacts->setContacts(std::move(record.contacts));
    for (int tab = HealthTab; tab <= FoundTab; ++tab) {
        m_tabs->setTabEnabled(tab, !m_petId.isEmpty());
        m_tabs->setTabToolTip(tab, m_petId.isEmpty() ? tr("Save the new pet first") : QString());
    }
    m_health->setPetId(m_petId);
    m_weight->setPetId(m_petId);
    m_files->setPetId(m_petId);
    m_notes->setPetId(m_petId);
    m_found->setPetId(m_petId);
    m_foundBanner->setPetId(m_petId);
    m_dirty = false;
    updateTitle();
    if (!m_petId.isEmpty()) {
        validateNow(); // an existing legacy chip shows its warning at once
    }
}

void PetEditorDialog::markEdited()
{
    m_dirty = true;
    updateTitle();
    m_validateTimer->start();
}

void PetEditorDialog::validateNow()
{
    m_validateTimer->stop();
    PetRecord record{m_profile->pet(), m_contacts->contacts()};
    ValidationReport report = m_service.validate(record);
    report.append(m_profile->inputIssues());
    if (!m_triedSave) {
        // While typing a new pet, "required" would nag about fields not reached yet.
        std::erase_if(report.issues, [](const ValidationIssue& i) { return i.code == ValidationCode::Required; });
    }
    showReport(report);
}

void PetEditorDialog::showReport(const ValidationReport& report)
{
    m_report = report;
    m_profile->showIssues(report);
    m_contacts->showIssues(report);
    // Tabs carry the worst mark of their fields, so a problem on a hidden tab is not missed.
    Severity profileWorst = Severity::Warning;
    Severity contactsWorst = Severity::Warning;
    bool profileAny = false;
    bool contactsAny = false;
    for (const ValidationIssue& issue : report.issues) {
        const bool contact = isContactField(issue.field);
        (contact ? contactsAny : profileAny) = true;
        if (issue.severity == Severity::Error) {
            (contact ? contactsWorst : profileWorst) = Severity::Error;
        }
    }
    auto mark = [this](int tab, bool any, Severity worst) {
        m_tabs->setTabIcon(tab,
                           !any ? m_blankTabIcon
                                : (worst == Severity::Error ? palette::errorIcon(this) : palette::warningIcon(this)));
    };
    mark(ProfileTab, profileAny, profileWorst);
    mark(ContactsTab, contactsAny, contactsWorst);
}

bool PetEditorDialog::save()
{
    m_triedSave = true;
    if (m_notes->hasUnsavedText() && !m_notes->saveNote()) {
        return false;
    }
    PetRecord record{m_profile->pet(), m_contacts->contacts()};
    ValidationReport report = m_service.validate(record);
    report.append(m_profile->inputIssues());
    showReport(report);
    if (report.hasErrors()) {
        for (const ValidationIssue& issue : report.issues) {
            if (issue.severity != Severity::Error) {
                continue;
            }
            const bool contact = isContactField(issue.field);
            m_tabs->setCurrentIndex(contact ? ContactsTab : ProfileTab);
            if (contact) {
                m_contacts->focusField(issue.field);
            } else {
                m_profile->focusField(issue.field);
            }
            break;
        }
        m_status->setText(tr("Not saved: fix the fields marked with an error."));
        return false;
    }
    const bool isNew = m_petId.isEmpty();
    auto saved = isNew ? m_service.createPet(std::move(record)) : m_service.updatePet(std::move(record));
    if (!saved) {
        m_prompts.error(this, tr("Could not save the pet"), describe(saved.error()));
        return false;
    }
    m_petId = QString::fromStdString(saved->id);
    const int warnings =
        static_cast<int>(std::count_if(report.issues.begin(), report.issues.end(),
                                       [](const ValidationIssue& i) { return i.severity == Severity::Warning; }));
    // Reload what was stored (normalised microchips and phones, ids of new contacts).
    const int tab = m_tabs->currentIndex();
    load();
    m_tabs->setCurrentIndex(tab);
    m_status->setText(warnings > 0 ? tr("Saved with %n warning(s).", nullptr, warnings) : tr("Saved."));
    Q_EMIT this->saved(m_petId);
    return true;
}

void PetEditorDialog::reject()
{
    if (confirmClose()) {
        QDialog::reject();
    }
}

bool PetEditorDialog::confirmClose()
{
    if (!isDirty()) {
        return true;
    }
    const QString name =
        m_profile->pet().name.empty() ? tr("the new pet") : QString::fromStdString(m_profile->pet().name);
    switch (m_prompts.askUnsaved(this, tr("Save the changes to %1 before closing?").arg(name))) {
    case Prompts::Unsaved::Save:
        return save();
    case Prompts::Unsaved::Discard:
        m_dirty = false;
        return true;
    case Prompts::Unsaved::Cancel:
        break;
    }
    return false;
}

void PetEditorDialog::updateTitle()
{
    const QString name = QString::fromStdString(m_profile->pet().name);
    QString title = m_petId.isEmpty() ? tr("New pet") : (name.isEmpty() ? tr("Pet") : name);
    if (m_dirty) {
        title += QStringLiteral(" *");
    }
    setWindowTitle(tr("%1 — Pet Info").arg(title));
}

} // namespace petinfo::client
