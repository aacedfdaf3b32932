// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AdoptionDialogs.h"

#include "gui/DateEdit.h"
#include "gui/EnumCombo.h"
#include "models/AdoptionText.h"
#include "models/DomainText.h"
#include "petinfo/common/Phone.h"
#include "services/AdoptionService.h"
#include "services/PetService.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace petinfo::client {

namespace {

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString errorText(const StorageError& error)
{
    if (error.code == StorageErrc::Invalid && error.detail == "status_transition") {
        return QCoreApplication::translate("Adoption", "That status change is not allowed from the current status.");
    }
    if (error.code == StorageErrc::Invalid && error.detail == "forbidden") {
        return QCoreApplication::translate("Adoption", "Your role does not allow this.");
    }
    return describe(error);
}

QDialogButtonBox* makeButtons(QDialog* dialog, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void fillAnswers(QComboBox* combo)
{
    fillEnumCombo<Answer>(combo, answerLabel);
}

} // namespace

IntakeDialog::IntakeDialog(AdoptionService& service, const QString& petId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_pet(new QComboBox(this))
    , m_date(new DateEdit(this))
    , m_source(new QComboBox(this))
    , m_broughtBy(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("intakeDialog"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    setWindowTitle(tr("Record Intake"));
    m_pet->setObjectName(QStringLiteral("petComboBox"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_source->setObjectName(QStringLiteral("sourceComboBox"));
    m_broughtBy->setObjectName(QStringLiteral("broughtByLineEdit"));
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    if (auto pets = m_service.pets().petSummaries()) {
        std::sort(pets->begin(), pets->end(), [](const PetSummary& a, const PetSummary& b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const PetSummary& p : *pets) {
            m_pet->addItem(tr("%1 (%2)").arg(p.name, speciesLabel(p.species)), p.id);
        }
    }
    m_pet->setCurrentIndex(std::max(0, m_pet->findData(petId)));
    m_pet->setEnabled(petId.isEmpty());
    m_date->setDate(toQDate(m_service.pets().clock().today()));
    fillEnumCombo<IntakeSource>(m_source, intakeSourceLabel);
    m_broughtBy->setPlaceholderText(tr("Finder, previous owner or sending shelter"));
    m_notes->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Animal:"), m_pet);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Came in as:"), m_source);
    form->addRow(tr("&Brought by:"), m_broughtBy);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("N&otes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(makeButtons(this, tr("&Record Intake")));
}

QString IntakeDialog::petId() const
{
    return m_pet->currentData().toString();
}

void IntakeDialog::accept()
{
    if (petId().isEmpty()) {
        showError(m_error, tr("Choose the animal. Add it as a pet first if it is not in the list."));
        return;
    }
    if (!m_date->date().isValid()) {
        showError(m_error, tr("Enter the day the animal came in."));
        m_date->setFocus();
        return;
    }
    Intake intake;
    intake.petId = petId().toStdString();
    intake.date = fromQDate(m_date->date());
    intake.source = comboValue<IntakeSource>(m_source);
    intake.broughtBy = m_broughtBy->text().trimmed().toStdString();
    const QString phoneText = m_phone->text().trimmed();
    if (!phoneText.isEmpty()) {
        const phone::Parsed parsed =
            phone::parse(phoneText.toStdString(), Settings::instance().country().toStdString());
        if (!parsed.valid()) {
            showError(m_error, tr("The phone number is not valid. Include the area code."));
            m_phone->setFocus();
            return;
        }
        intake.broughtByPhone = parsed.e164;
    }
    intake.notes = m_notes->toPlainText().trimmed().toStdString();
    if (auto r = m_service.recordIntake(intake); !r) {
        showError(m_error, errorText(r.error()));
        return;
    }
    QDialog::accept();
}

StatusChangeDialog::StatusChangeDialog(AdoptionService& service, const QString& petId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_petId(petId)
    , m_status(new QComboBox(this))
    , m_date(new DateEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(makeErrorLabel(this))
    , m_buttons(makeButtons(this, tr("&Change Status")))
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    setWindowTitle(tr("Change Adoption Status"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_note->setObjectName(QStringLiteral("noteLineEdit"));
    auto* current = new QLabel(this);
    current->setObjectName(QStringLiteral("currentStatusLabel"));
    auto profile = m_service.profile(petId);
    m_inWorkflow = profile && *profile;
    if (m_inWorkflow) {
        current->setText(adoptionStatusLabel((*profile)->status));
        for (AdoptionStatus s : nextStatuses((*profile)->status)) {
            m_status->addItem(adoptionStatusLabel(s), static_cast<int>(s));
        }
    } else {
        current->setText(tr("Not in the adoption workflow yet"));
        for (AdoptionStatus s : {AdoptionStatus::Intake, AdoptionStatus::InCare, AdoptionStatus::Adoptable}) {
            m_status->addItem(adoptionStatusLabel(s), static_cast<int>(s));
        }
    }
    if (m_status->count() == 0) {
        m_status->setEnabled(false);
        showError(m_error, tr("No status change is possible from here."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    m_date->setDate(toQDate(m_service.pets().clock().today()));
    m_note->setPlaceholderText(tr("Why, for the history (optional)"));

    auto* form = new QFormLayout;
    form->addRow(tr("Now:"), current);
    form->addRow(tr("&New status:"), m_status);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("N&ote:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

bool StatusChangeDialog::selectStatus(AdoptionStatus status)
{
    const int index = m_status->findData(static_cast<int>(status));
    if (index < 0) {
        return false;
    }
    m_status->setCurrentIndex(index);
    return true;
}

void StatusChangeDialog::accept()
{
    if (m_status->currentIndex() < 0) {
        return;
    }
    if (!m_date->date().isValid()) {
        showError(m_error, tr("Enter the day of the change."));
        m_date->setFocus();
        return;
    }
    const auto to = comboValue<AdoptionStatus>(m_status);
    const Date date = fromQDate(m_date->date());
    const auto r = m_inWorkflow ? m_service.changeStatus(m_petId, to, date, m_note->text())
                                : m_service.addToWorkflow(m_petId, to, date);
    if (!r) {
        showError(m_error, errorText(r.error()));
        return;
    }
    QDialog::accept();
}

AdoptionProfileDialog::AdoptionProfileDialog(AdoptionService& service, const QString& petId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_description(new QPlainTextEdit(this))
    , m_size(new QComboBox(this))
    , m_energy(new QComboBox(this))
    , m_dogs(new QComboBox(this))
    , m_cats(new QComboBox(this))
    , m_children(new QComboBox(this))
    , m_fee(new QDoubleSpinBox(this))
    , m_currency(new QLineEdit(this))
    , m_photos(new QListWidget(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("adoptionProfileDialog"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_description->setObjectName(QStringLiteral("descriptionPlainTextEdit"));
    m_size->setObjectName(QStringLiteral("sizeComboBox"));
    m_energy->setObjectName(QStringLiteral("energyComboBox"));
    m_dogs->setObjectName(QStringLiteral("goodWithDogsComboBox"));
    m_cats->setObjectName(QStringLiteral("goodWithCatsComboBox"));
    m_children->setObjectName(QStringLiteral("goodWithChildrenComboBox"));
    m_fee->setObjectName(QStringLiteral("feeDoubleSpinBox"));
    m_currency->setObjectName(QStringLiteral("currencyLineEdit"));
    m_photos->setObjectName(QStringLiteral("photosListWidget"));
    auto profile = m_service.profile(petId);
    if (profile && *profile) {
        m_profile = **profile;
    } else {
        m_profile.petId = petId.toStdString();
    }
    QString name;
    if (auto record = m_service.pets().loadPet(petId)) {
        name = QString::fromStdString(record->pet.name);
    }
    setWindowTitle(tr("Adoption Profile: %1").arg(name));
    fillEnumCombo<AnimalSize>(m_size, animalSizeLabel);
    fillEnumCombo<EnergyLevel>(m_energy, energyLabel);
    for (QComboBox* c : {m_dogs, m_cats, m_children}) {
        fillAnswers(c);
    }
    m_description->setPlainText(QString::fromStdString(m_profile.description));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What adopters should know: character, habits, needs. Shown publicly."));
    setComboValue(m_size, m_profile.size);
    setComboValue(m_energy, m_profile.energy);
    setComboValue(m_dogs, m_profile.goodWithDogs);
    setComboValue(m_cats, m_profile.goodWithCats);
    setComboValue(m_children, m_profile.goodWithChildren);
    m_fee->setRange(0, static_cast<double>(limits::kMaxFeeMinor) / 100.0);
    m_fee->setDecimals(2);
    m_fee->setValue(static_cast<double>(m_profile.feeMinor) / 100.0);
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(tr("ARS"));
    m_currency->setText(QString::fromStdString(m_profile.feeCurrency));
    if (auto attachments = m_service.pets().attachments(petId)) {
        for (const Attachment& a : *attachments) {
            if (a.kind != AttachmentKind::Photo) {
                continue;
            }
            auto* item = new QListWidgetItem(QString::fromStdString(a.fileName.empty() ? a.id : a.fileName), m_photos);
            item->setData(Qt::UserRole, QString::fromStdString(a.id));
            const bool chosen =
                std::find(m_profile.photoIds.begin(), m_profile.photoIds.end(), a.id) != m_profile.photoIds.end();
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }
    }
    auto* noPhotos = new QLabel(tr("No photos yet: add them on the pet's Attachments tab."), this);
    noPhotos->setObjectName(QStringLiteral("noPhotosLabel"));
    noPhotos->setWordWrap(true);
    noPhotos->setVisible(m_photos->count() == 0);
    m_photos->setVisible(m_photos->count() > 0);

    auto* form = new QFormLayout;
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("&Energy:"), m_energy);
    form->addRow(tr("Good with &dogs:"), m_dogs);
    form->addRow(tr("Good with c&ats:"), m_cats);
    form->addRow(tr("Good with c&hildren:"), m_children);
    form->addRow(tr("Adoption &fee:"), m_fee);
    form->addRow(tr("C&urrency:"), m_currency);
    auto* photos = new QVBoxLayout;
    photos->addWidget(m_photos);
    photos->addWidget(noPhotos);
    form->addRow(tr("&Public photos:"), photos);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(makeButtons(this, tr("&Save Profile")));
}

void AdoptionProfileDialog::accept()
{
    AdoptionProfile p = m_profile;
    p.description = m_description->toPlainText().trimmed().toStdString();
    p.size = comboValue<AnimalSize>(m_size);
    p.energy = comboValue<EnergyLevel>(m_energy);
    p.goodWithDogs = comboValue<Answer>(m_dogs);
    p.goodWithCats = comboValue<Answer>(m_cats);
    p.goodWithChildren = comboValue<Answer>(m_children);
    p.feeMinor = std::llround(m_fee->value() * 100.0);
    p.feeCurrency = m_currency->text().trimmed().toUpper().toStdString();
    p.photoIds.clear();
    for (int i = 0; i < m_photos->count(); ++i) {
        const QListWidgetItem* item = m_photos->item(i);
        if (item->checkState() == Qt::Checked) {
            p.photoIds.push_back(item->data(Qt::UserRole).toString().toStdString());
        }
    }
    if (p.feeMinor != 0 && p.feeCurrency.size() != 3) {
        showError(m_error, tr("Enter the fee's currency as its three-letter code, e.g. ARS, BRL or MXN."));
        m_currency->setFocus();
        return;
    }
    if (auto r = m_service.saveProfile(p); !r) {
        showError(m_error, errorText(r.error()));
        return;
    }
    QDialog::accept();
}

} // namespace petinfo::client
