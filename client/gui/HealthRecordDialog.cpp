// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/HealthRecordDialog.h"

#include "gui/DateEdit.h"
#include "gui/EnumCombo.h"
#include "gui/FieldIssueLabel.h"
#include "gui/Prompts.h"
#include "models/DomainText.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/Validation.h"
#include "services/PetService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace petinfo::client {

HealthRecordDialog::HealthRecordDialog(PetService& service, Prompts& prompts, const QString& petId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_petId(petId)
    , m_kind(new QComboBox(this))
    , m_date(new DateEdit(this))
    , m_product(new QLineEdit(this))
    , m_batch(new QLineEdit(this))
    , m_hasNextDue(new QCheckBox(tr("Due again on"), this))
    , m_nextDue(new DateEdit(this))
    , m_givenBy(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("healthRecordDialog"));
    setWindowTitle(tr("New health record"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_date->setObjectName(QStringLiteral("recordDateEdit"));
    m_product->setObjectName(QStringLiteral("productLineEdit"));
    m_batch->setObjectName(QStringLiteral("batchLineEdit"));
    m_hasNextDue->setObjectName(QStringLiteral("nextDueCheckBox"));
    m_nextDue->setObjectName(QStringLiteral("nextDueDateEdit"));
    m_givenBy->setObjectName(QStringLiteral("givenByLineEdit"));
    m_notes->setObjectName(QStringLiteral("recordNotesPlainTextEdit"));
    m_buttons->setObjectName(QStringLiteral("recordButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveRecordButton"));

    fillEnumCombo<HealthKind>(m_kind, healthKindLabel);
    const QDate today = toQDate(m_service.clock().today());
    for (DateEdit* edit : {m_date, m_nextDue}) {
        edit->setReferenceDate(today);
    }
    m_date->setDate(today);
    m_nextDue->setDate(today.addYears(1));
    m_hasNextDue->setChecked(true);
    m_product->setPlaceholderText(tr("e.g. Rabies, Nobivac DHPPi"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);

    auto* dueRow = new QWidget(this);
    auto* dueLayout = new QHBoxLayout(dueRow);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_hasNextDue);
    dueLayout->addWidget(m_nextDue, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Kind:"), withIssue(m_kind, QStringLiteral("kind")));
    form->addRow(tr("&Date:"), withIssue(m_date, QStringLiteral("date")));
    form->addRow(tr("&Product:"), withIssue(m_product, QStringLiteral("product")));
    form->addRow(tr("&Batch/lot:"), withIssue(m_batch, QStringLiteral("batch")));
    form->addRow(tr("&Next due:"), withIssue(dueRow, QStringLiteral("nextDue")));
    form->addRow(tr("&Given by:"), withIssue(m_givenBy, QStringLiteral("givenBy")));
    form->addRow(tr("N&otes:"), withIssue(m_notes, QStringLiteral("notes")));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &HealthRecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HealthRecordDialog::reject);
    connect(m_hasNextDue, &QCheckBox::toggled, m_nextDue, &QWidget::setEnabled);
    connect(m_nextDue, &DateEdit::dateEdited, this, [this] { m_nextDueTouched = true; });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HealthRecordDialog::suggestNextDue);
    connect(m_date, &DateEdit::dateEdited, this, &HealthRecordDialog::suggestNextDue);
    suggestNextDue();
    // Room for a message on one line under each field.
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 64), sizeHint().height());
}

QWidget* HealthRecordDialog::withIssue(QWidget* field, const QString& name)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* issue = new FieldIssueLabel(box);
    issue->setObjectName(name + QStringLiteral("IssueLabel"));
    // The fields people get wrong keep room for their message, so nothing moves when it shows.
    issue->setReservesSpace(name == QLatin1String("date") || name == QLatin1String("product") ||
                            name == QLatin1String("nextDue"));
    layout->addWidget(issue);
    m_issues.insert(name, issue);
    return box;
}

void HealthRecordDialog::renewFrom(const HealthRecord& previous)
{
    setWindowTitle(tr("Renew %1").arg(QString::fromStdString(previous.product)));
    setComboValue(m_kind, previous.kind);
    m_product->setText(QString::fromStdString(previous.product));
    m_givenBy->setText(QString::fromStdString(previous.givenBy));
    const QDate today = toQDate(m_service.clock().today());
    m_date->setDate(today);
    m_hasNextDue->setChecked(previous.nextDue.has_value());
    if (previous.nextDue) {
        const auto interval = previous.nextDue->toDays() - previous.date.toDays();
        m_nextDue->setDate(today.addDays(interval > 0 ? interval : 365));
        m_nextDueTouched = true;
    }
}

HealthRecord HealthRecordDialog::record() const
{
    HealthRecord r;
    r.petId = m_petId.toStdString();
    r.kind = comboValue<HealthKind>(m_kind);
    // A date that is not one stays "no date" here; accept() says what is wrong with the text.
    const QDate date = m_date->date();
    r.date = date.isValid() ? fromQDate(date) : Date{};
    r.product = m_product->text().toStdString();
    r.batch = m_batch->text().toStdString();
    if (const QDate due = m_nextDue->date(); m_hasNextDue->isChecked() && due.isValid()) {
        r.nextDue = fromQDate(due);
    }
    r.givenBy = m_givenBy->text().toStdString();
    r.notes = m_notes->toPlainText().toStdString();
    return r;
}

void HealthRecordDialog::accept()
{
    HealthRecord r = record();
    // The id is chosen here so the check below sees the record exactly as it will be stored.
    r.id = newUuid();
    normalize(r);
    ValidationReport report = validate(r, m_service.clock().today());
    // What validate() cannot see: text in a date field that is not a date, a ticked empty "due".
    std::erase_if(report.issues, [this](const ValidationIssue& i) {
        return i.field == "date" && i.code == ValidationCode::Required && !m_date->input().isEmpty();
    });
    if (m_date->input().state == DateInput::State::Invalid) {
        report.add("date", ValidationCode::DateFormat);
    }
    if (m_hasNextDue->isChecked()) {
        const DateInput due = m_nextDue->input();
        if (due.isEmpty()) {
            report.add("nextDue", ValidationCode::Required);
        } else if (!due.isValid()) {
            report.add("nextDue", ValidationCode::DateFormat);
        }
    }
    QHash<QString, std::vector<ValidationIssue>> byField;
    for (const ValidationIssue& issue : report.issues) {
        byField[QString::fromStdString(issue.field)].push_back(issue);
    }
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        it.value()->setIssues(byField.value(it.key()));
    }
    if (report.hasErrors()) {
        return;
    }
    auto saved = m_service.addHealthRecord(std::move(r));
    if (!saved) {
        m_prompts.error(this, tr("Could not save the record"), describe(saved.error()));
        return;
    }
    Q_EMIT this->saved(*saved);
    QDialog::accept();
}

void HealthRecordDialog::suggestNextDue()
{
    if (m_nextDueTouched) {
        return;
    }
    // Typical intervals; the user adjusts them. Surgery and lab work rarely have a due date.
    const auto kind = comboValue<HealthKind>(m_kind);
    const QDate date = m_date->date();
    if (!date.isValid()) {
        return; // nothing to count from until the date is one
    }
    switch (kind) {
    case HealthKind::Vaccine:
    case HealthKind::CheckUp:
        m_hasNextDue->setChecked(true);
        m_nextDue->setDate(date.addYears(1));
        break;
    case HealthKind::Deworming:
        m_hasNextDue->setChecked(true);
        m_nextDue->setDate(date.addMonths(3));
        break;
    case HealthKind::FleaTick:
        m_hasNextDue->setChecked(true);
        m_nextDue->setDate(date.addMonths(1));
        break;
    case HealthKind::Treatment:
    case HealthKind::Surgery:
    case HealthKind::Lab:
        m_hasNextDue->setChecked(false);
        break;
    }
}

} // namespace petinfo::client
