// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ProfilePage.h"

#include "gui/DateEdit.h"
#include "gui/EnumCombo.h"
#include "gui/FieldIssueLabel.h"
#include "models/DomainText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace petinfo::client {

namespace {

QPlainTextEdit* shortTextEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    // About three lines in the current font: no pixel sizes, so high-DPI and large fonts fit.
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4);
    return edit;
}

std::string text(const QLineEdit* edit)
{
    return edit->text().toStdString();
}

std::string text(const QPlainTextEdit* edit)
{
    return edit->toPlainText().toStdString();
}

} // namespace

ProfilePage::ProfilePage(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_name(new QLineEdit(this))
    , m_species(new QComboBox(this))
    , m_breed(new QLineEdit(this))
    , m_sex(new QComboBox(this))
    , m_neutered(new QComboBox(this))
    , m_birthKnown(new QCheckBox(tr("Known"), this))
    , m_birthDate(new DateEdit(this))
    , m_birthEstimated(new QCheckBox(tr("Estimated"), this))
    , m_age(new QLabel(this))
    , m_colour(new QLineEdit(this))
    , m_microchip(new QLineEdit(this))
    , m_microchip2(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_allergies(shortTextEdit(this, QStringLiteral("allergiesPlainTextEdit")))
    , m_conditions(shortTextEdit(this, QStringLiteral("conditionsPlainTextEdit")))
    , m_notes(shortTextEdit(this, QStringLiteral("petNotesPlainTextEdit")))
{
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_species->setObjectName(QStringLiteral("speciesComboBox"));
    m_breed->setObjectName(QStringLiteral("breedLineEdit"));
    m_sex->setObjectName(QStringLiteral("sexComboBox"));
    m_neutered->setObjectName(QStringLiteral("neuteredComboBox"));
    m_birthKnown->setObjectName(QStringLiteral("birthDateKnownCheckBox"));
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthEstimated->setObjectName(QStringLiteral("birthDateEstimatedCheckBox"));
    m_age->setObjectName(QStringLiteral("ageLabel"));
    m_colour->setObjectName(QStringLiteral("colourLineEdit"));
    m_microchip->setObjectName(QStringLiteral("microchipLineEdit"));
    m_microchip2->setObjectName(QStringLiteral("microchip2LineEdit"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));

    fillEnumCombo<Species>(m_species, speciesLabel);
    fillEnumCombo<Sex>(m_sex, sexLabel);
    fillEnumCombo<Neutered>(m_neutered, neuteredLabel);
    fillEnumCombo<PetStatus>(m_status, statusLabel);
    m_name->setPlaceholderText(tr("e.g. Zanahoria"));
    m_microchip->setPlaceholderText(tr("15 digits, e.g. 982 000 123 456 789"));
    m_microchip2->setPlaceholderText(tr("Optional second chip"));
    m_colour->setPlaceholderText(tr("e.g. brown with a white chest"));
    m_birthDate->setReferenceDate(toQDate(m_clock.today()));
    m_birthDate->setAccessibleName(tr("Birth date"));

    // Room for the longest age from the start, so the row does not grow when a date is typed.
    m_age->setMinimumWidth(m_age->fontMetrics().horizontalAdvance(ageText(Date{2000, 1, 1}, Date{2010, 12, 1})));
    auto* birthRow = new QWidget(this);
    auto* birthLayout = new QHBoxLayout(birthRow);
    birthLayout->setContentsMargins(0, 0, 0, 0);
    birthLayout->addWidget(m_birthKnown);
    birthLayout->addWidget(m_birthDate, 1);
    birthLayout->addWidget(m_birthEstimated);
    birthLayout->addWidget(m_age);

    auto* left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(tr("&Name:"), withIssue(m_name, QStringLiteral("name"), true));
    left->addRow(tr("&Species:"), withIssue(m_species, QStringLiteral("species")));
    left->addRow(tr("&Breed:"), withIssue(m_breed, QStringLiteral("breed"), true));
    left->addRow(tr("Se&x:"), withIssue(m_sex, QStringLiteral("sex")));
    left->addRow(tr("Neu&tered:"), withIssue(m_neutered, QStringLiteral("neutered")));
    left->addRow(tr("Birth &date:"), withIssue(birthRow, QStringLiteral("birthDate"), true));
    left->addRow(tr("&Colour, markings:"), withIssue(m_colour, QStringLiteral("colour"), true));
    m_fields.insert(QStringLiteral("birthDate"), m_birthDate);

    auto* right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(tr("&Microchip:"), withIssue(m_microchip, QStringLiteral("microchip"), true));
    right->addRow(tr("Second micr&ochip:"), withIssue(m_microchip2, QStringLiteral("microchip2"), true));
    right->addRow(tr("Stat&us:"), withIssue(m_status, QStringLiteral("status")));
    right->addRow(tr("&Allergies:"), withIssue(m_allergies, QStringLiteral("allergies")));
    right->addRow(tr("Con&ditions:"), withIssue(m_conditions, QStringLiteral("conditions")));
    right->addRow(tr("&General notes:"), withIssue(m_notes, QStringLiteral("notes")));

    auto* columns = new QHBoxLayout(this);
    columns->addLayout(left, 1);
    columns->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 3);
    columns->addLayout(right, 1);

    auto changed = [this] {
        if (!m_loading) {
            Q_EMIT edited();
        }
    };
    for (QLineEdit* edit : {m_name, m_breed, m_colour, m_microchip, m_microchip2}) {
        connect(edit, &QLineEdit::textEdited, this, changed);
    }
    for (QComboBox* combo : {m_species, m_sex, m_neutered, m_status}) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    }
    for (QPlainTextEdit* edit : {m_allergies, m_conditions, m_notes}) {
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    }
    connect(m_birthKnown, &QCheckBox::toggled, this, [this, changed](bool known) {
        updateBirthDate();
        if (known && !m_loading) {
            // Ticked to type the date: the field stays empty (or keeps what was there), never today.
            m_birthDate->setFocus(Qt::OtherFocusReason);
        }
        changed();
    });
    connect(m_birthEstimated, &QCheckBox::toggled, this, changed);
    connect(m_birthDate, &DateEdit::dateEdited, this, [this, changed] {
        updateBirthDate();
        changed();
    });
    setPet(Pet{});
}

QWidget* ProfilePage::withIssue(QWidget* field, const QString& name, bool reserveSpace)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* issue = new FieldIssueLabel(box);
    issue->setObjectName(name + QStringLiteral("IssueLabel"));
    issue->setReservesSpace(reserveSpace);
    layout->addWidget(issue);
    m_issues.insert(name, issue);
    m_fields.insert(name, field);
    return box;
}

void ProfilePage::setPet(const Pet& pet)
{
    m_loading = true;
    m_pet = pet;
    m_name->setText(QString::fromStdString(pet.name));
    setComboValue(m_species, pet.species);
    m_breed->setText(QString::fromStdString(pet.breed));
    setComboValue(m_sex, pet.sex);
    setComboValue(m_neutered, pet.neutered);
    m_birthKnown->setChecked(pet.birthDate.has_value());
    m_birthDate->setDate(pet.birthDate ? toQDate(*pet.birthDate) : QDate());
    m_birthEstimated->setChecked(pet.birthDateEstimated);
    m_colour->setText(QString::fromStdString(pet.colour));
    m_microchip->setText(QString::fromStdString(pet.microchip));
    m_microchip2->setText(QString::fromStdString(pet.microchip2));
    setComboValue(m_status, pet.status);
    m_allergies->setPlainText(QString::fromStdString(pet.allergies));
    m_conditions->setPlainText(QString::fromStdString(pet.conditions));
    m_notes->setPlainText(QString::fromStdString(pet.notes));
    updateBirthDate();
    for (FieldIssueLabel* label : std::as_const(m_issues)) {
        label->clear();
    }
    m_loading = false;
}

Pet ProfilePage::pet() const
{
    Pet pet = m_pet;
    pet.name = text(m_name);
    pet.species = comboValue<Species>(m_species);
    pet.breed = text(m_breed);
    pet.sex = comboValue<Sex>(m_sex);
    pet.neutered = comboValue<Neutered>(m_neutered);
    const QDate birth = m_birthKnown->isChecked() ? m_birthDate->date() : QDate();
    pet.birthDate = birth.isValid() ? std::optional<Date>(fromQDate(birth)) : std::nullopt;
    pet.birthDateEstimated = m_birthKnown->isChecked() && m_birthEstimated->isChecked();
    pet.colour = text(m_colour);
    pet.microchip = text(m_microchip);
    pet.microchip2 = text(m_microchip2);
    pet.status = comboValue<PetStatus>(m_status);
    pet.allergies = text(m_allergies);
    pet.conditions = text(m_conditions);
    pet.notes = text(m_notes);
    return pet;
}

ValidationReport ProfilePage::inputIssues() const
{
    ValidationReport report;
    if (m_birthKnown->isChecked()) {
        const DateInput typed = m_birthDate->input();
        if (typed.isEmpty()) {
            report.add("birthDate", ValidationCode::Required);
        } else if (!typed.isValid()) {
            report.add("birthDate", ValidationCode::DateFormat);
        }
    }
    return report;
}

int ProfilePage::showIssues(const ValidationReport& report)
{
    QHash<QString, std::vector<ValidationIssue>> byField;
    for (const ValidationIssue& issue : report.issues) {
        const QString field = QString::fromStdString(issue.field);
        if (m_issues.contains(field)) {
            byField[field].push_back(issue);
        }
    }
    int shown = 0;
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        const auto& issues = byField.value(it.key());
        it.value()->setIssues(issues);
        shown += static_cast<int>(issues.size());
    }
    return shown;
}

bool ProfilePage::focusField(const std::string& field)
{
    QWidget* widget = m_fields.value(QString::fromStdString(field));
    if (!widget) {
        return false;
    }
    widget->setFocus(Qt::OtherFocusReason);
    return true;
}

void ProfilePage::updateBirthDate()
{
    const bool known = m_birthKnown->isChecked();
    m_birthDate->setEnabled(known);
    m_birthEstimated->setEnabled(known);
    const QDate birth = m_birthDate->date();
    const bool plausible = known && birth.isValid() && birth <= toQDate(m_clock.today());
    m_age->setText(plausible ? ageText(fromQDate(birth), m_clock.today()) : QString());
}

} // namespace petinfo::client
