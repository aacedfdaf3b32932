// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/ApplicationForm.h"

#include "gui/SignaturePad.h"
#include "kiosk/KioskStyle.h"
#include "services/ValidationText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace petinfo::client {

namespace {

std::string text(const QLineEdit* edit)
{
    return edit->text().trimmed().toStdString();
}

std::string text(const QPlainTextEdit* edit)
{
    return edit->toPlainText().trimmed().toStdString();
}

void setInvalid(QWidget* widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid) {
        return;
    }
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

/** A tick box for fingers: a touch anywhere on its row toggles it, not only on the small square
 *  and the words (a stretched row is mostly empty space a visitor will touch). */
class TouchCheckBox final : public QCheckBox
{
public:
    using QCheckBox::QCheckBox;

protected:
    bool hitButton(const QPoint& pos) const override { return rect().contains(pos); }
};

} // namespace

ApplicationForm::ApplicationForm(QString petId, QString petName, QString consentText, QWidget* parent)
    : QWidget(parent)
    , m_petId(std::move(petId))
    , m_petName(std::move(petName))
    , m_consentText(std::move(consentText))
    , m_scroll(new QScrollArea(this))
    , m_adults(new QSpinBox(this))
    , m_children(new QSpinBox(this))
    , m_homeType(new QComboBox(this))
    , m_yard(new QComboBox(this))
    , m_landlord(new QComboBox(this))
    , m_experience(new QPlainTextEdit(this))
    , m_message(new QPlainTextEdit(this))
    , m_consent(new TouchCheckBox(tr("I have read this and I agree."), this))
    , m_signature(new SignaturePad(this))
    , m_generalIssue(new QLabel(this))
{
    setObjectName(QStringLiteral("applicationForm"));
    m_name = lineEdit("nameLineEdit", tr("Your full name"));
    m_phone = lineEdit("phoneLineEdit", tr("Phone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = lineEdit("emailLineEdit", tr("E-mail"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_address = lineEdit("addressLineEdit", tr("Address"));
    m_adults->setObjectName(QStringLiteral("adultsSpinBox"));
    m_adults->setRange(1, limits::kMaxAdults);
    m_children->setObjectName(QStringLiteral("childrenSpinBox"));
    m_children->setRange(0, limits::kMaxChildren);
    m_childrenAges = lineEdit("childrenAgesLineEdit", tr("Children's ages"));
    m_childrenAges->setPlaceholderText(tr("e.g. 4, 9"));
    m_homeType->setObjectName(QStringLiteral("homeTypeComboBox"));
    m_homeType->addItem(tr("House"), int(HomeType::House));
    m_homeType->addItem(tr("Apartment"), int(HomeType::Apartment));
    m_homeType->addItem(tr("Farm"), int(HomeType::Farm));
    m_homeType->addItem(tr("Other"), int(HomeType::Other));
    m_yard->setObjectName(QStringLiteral("yardComboBox"));
    m_yard->addItem(tr("Yes, fenced or closed"), int(Answer::Yes));
    m_yard->addItem(tr("No"), int(Answer::No));
    m_yard->addItem(tr("Not sure"), int(Answer::Unknown));
    m_yard->setCurrentIndex(2);
    m_landlord->setObjectName(QStringLiteral("landlordComboBox"));
    m_landlord->addItem(tr("I own my home"), int(LandlordPermission::NotApplicable));
    m_landlord->addItem(tr("I rent, and pets are allowed"), int(LandlordPermission::Yes));
    m_landlord->addItem(tr("I rent, and pets are not allowed"), int(LandlordPermission::No));
    m_landlord->addItem(tr("I rent, and I am not sure"), int(LandlordPermission::Unknown));
    m_otherPets = lineEdit("otherPetsLineEdit", tr("Other pets at home"));
    m_otherPets->setPlaceholderText(tr("e.g. a 5-year-old cat"));
    m_experience->setObjectName(QStringLiteral("experiencePlainTextEdit"));
    m_message->setObjectName(QStringLiteral("messagePlainTextEdit"));
    for (QPlainTextEdit* edit : {m_experience, m_message}) {
        edit->setTabChangesFocus(true);
        edit->setContextMenuPolicy(Qt::NoContextMenu);
        edit->setFixedHeight(120);
    }
    m_consent->setObjectName(QStringLiteral("consentCheckBox"));
    m_signature->setMinimumHeight(200);
    auto* clear = new QPushButton(tr("Clear Signature"), this);
    clear->setObjectName(QStringLiteral("clearSignatureButton"));
    connect(clear, &QPushButton::clicked, m_signature, &SignaturePad::clear);
    m_generalIssue->setObjectName(QStringLiteral("formMessageLabel"));
    kioskstyle::setRole(m_generalIssue, "error");
    m_generalIssue->setWordWrap(true);
    m_generalIssue->hide();

    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("applicationContent"));
    auto* title = new QLabel(tr("Apply to adopt %1").arg(m_petName), content);
    title->setObjectName(QStringLiteral("formTitleLabel"));
    kioskstyle::setRole(title, "title");
    title->setWordWrap(true);
    auto* intro = new QLabel(tr("The shelter reads every application and will call or write to you. Fields "
                                "marked * are needed."),
                             content);
    intro->setObjectName(QStringLiteral("formIntroLabel"));
    kioskstyle::setRole(intro, "muted");
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(24);
    addRow(form, tr("Your full name *"), m_name, QStringLiteral("applicantName"));
    addRow(form, tr("Phone *"), m_phone, QStringLiteral("phone"));
    addRow(form, tr("E-mail"), m_email, QStringLiteral("email"));
    addRow(form, tr("Address"), m_address, QStringLiteral("address"));
    addRow(form, tr("Adults at home"), m_adults, QStringLiteral("adults"));
    addRow(form, tr("Children at home"), m_children, QStringLiteral("children"));
    addRow(form, tr("Their ages"), m_childrenAges, QStringLiteral("childrenAges"));
    addRow(form, tr("Your home"), m_homeType, QStringLiteral("homeType"));
    addRow(form, tr("A yard?"), m_yard, QStringLiteral("yard"));
    addRow(form, tr("Landlord"), m_landlord, QStringLiteral("landlordPermitsPets"));
    addRow(form, tr("Other pets"), m_otherPets, QStringLiteral("otherPets"));
    addRow(form, tr("Your experience with pets"), m_experience, QStringLiteral("experience"));
    addRow(form, tr("A message for the shelter"), m_message, QStringLiteral("message"));

    auto* consentLabel = new QLabel(m_consentText, content);
    consentLabel->setObjectName(QStringLiteral("consentTextLabel"));
    consentLabel->setWordWrap(true);
    consentLabel->setTextFormat(Qt::PlainText);
    consentLabel->setStyleSheet(QStringLiteral("background: white; border: 2px solid #b8bfbc; border-radius: 8px; "
                                               "padding: 12px;"));
    auto* signHere = new QLabel(tr("Sign with your finger *"), content);
    signHere->setObjectName(QStringLiteral("signHereLabel"));
    kioskstyle::setRole(signHere, "heading");
    auto* cancel = new QPushButton(tr("Cancel"), content);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel, &QPushButton::clicked, this, &ApplicationForm::cancelled);
    auto* send = new QPushButton(tr("Send My Application"), content);
    send->setObjectName(QStringLiteral("sendButton"));
    kioskstyle::setRole(send, "primary");
    connect(send, &QPushButton::clicked, this, [this] {
        if (check()) {
            Q_EMIT submitted();
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(cancel);
    buttons->addStretch(1);
    buttons->addWidget(send);

    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(48, 24, 48, 24);
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(intro);
    column->addLayout(form);
    column->addWidget(consentLabel);
    column->addWidget(m_consent);
    column->addWidget(issueLabel(QStringLiteral("consentAccepted")));
    column->addWidget(signHere);
    column->addWidget(m_signature);
    column->addWidget(issueLabel(QStringLiteral("signatureStrokes")));
    column->addWidget(clear, 0, Qt::AlignLeft);
    column->addWidget(m_generalIssue);
    column->addLayout(buttons);
    m_fields.insert(QStringLiteral("consentAccepted"), m_consent);
    m_fields.insert(QStringLiteral("signatureStrokes"), m_signature);

    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScroller::grabGesture(m_scroll->viewport(), QScroller::TouchGesture);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_consent, &QCheckBox::toggled, this, [this] { clearIssue(QStringLiteral("consentAccepted")); });
    connect(m_signature, &SignaturePad::changed, this, [this] { clearIssue(QStringLiteral("signatureStrokes")); });
    connect(m_children, &QSpinBox::valueChanged, this, [this](int children) {
        m_childrenAges->setEnabled(children > 0);
        if (children == 0) {
            m_childrenAges->setText(QString());
        }
    });
    m_childrenAges->setEnabled(false);
}

QLineEdit* ApplicationForm::lineEdit(const char* name, const QString& accessibleName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessibleName);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    edit->setMaxLength(static_cast<int>(limits::kAddressText));
    return edit;
}

QLabel* ApplicationForm::issueLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("IssueLabel"));
    kioskstyle::setRole(label, "error");
    label->setWordWrap(true);
    label->hide();
    m_issues.insert(field, label);
    return label;
}

void ApplicationForm::addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& issueField)
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    v->addWidget(field);
    v->addWidget(issueLabel(issueField));
    form->addRow(label, box);
    m_fields.insert(issueField, field);
    if (auto* edit = qobject_cast<QLineEdit*>(field)) {
        connect(edit, &QLineEdit::textEdited, this, [this, issueField] { clearIssue(issueField); });
        // One contact is enough: typing either clears the "phone or e-mail" problem on both.
        if (issueField == QLatin1String("phone") || issueField == QLatin1String("email")) {
            connect(edit, &QLineEdit::textEdited, this, [this] {
                clearIssue(QStringLiteral("phone"));
                clearIssue(QStringLiteral("email"));
            });
        }
    }
}

void ApplicationForm::clearIssue(const QString& field)
{
    if (QLabel* label = m_issues.value(field)) {
        label->hide();
        label->clear();
    }
    if (QWidget* widget = m_fields.value(field)) {
        setInvalid(widget, false);
    }
}

AdoptionApplication ApplicationForm::application() const
{
    AdoptionApplication a;
    a.petIds = {m_petId.toStdString()};
    a.applicantName = text(m_name);
    a.phone = text(m_phone);
    a.email = text(m_email);
    a.address = text(m_address);
    a.adults = m_adults->value();
    a.children = m_children->value();
    a.childrenAges = text(m_childrenAges);
    a.otherPets = text(m_otherPets);
    a.homeType = static_cast<HomeType>(m_homeType->currentData().toInt());
    a.yard = static_cast<Answer>(m_yard->currentData().toInt());
    a.landlordPermitsPets = static_cast<LandlordPermission>(m_landlord->currentData().toInt());
    a.experience = text(m_experience);
    a.message = text(m_message);
    a.consentText = m_consentText.toStdString();
    a.consentAccepted = m_consent->isChecked();
    if (m_signature->isSigned()) {
        a.signatureStrokes = encodeSignature(toSignature(*m_signature));
    }
    return a;
}

QString ApplicationForm::plainWords(const ValidationIssue& issue) const
{
    const std::string& f = issue.field;
    switch (issue.code) {
    case ValidationCode::Required:
        if (f == "applicantName") {
            return tr("Please write your name.");
        }
        break;
    case ValidationCode::ContactRequired:
        return tr("Please give a phone number or an e-mail address, so the shelter can reach you.");
    case ValidationCode::PhoneFormat:
    case ValidationCode::PhoneNoCountryCode:
        return tr("This phone number does not look right. Write it with the area code.");
    case ValidationCode::EmailFormat:
        return tr("This e-mail address does not look right. It should look like name@example.com.");
    case ValidationCode::AgesFormat:
        return tr("Write each child's age in years, separated by commas, like 4, 9.");
    case ValidationCode::ConsentRequired:
        return tr("Please read the text above and tick the box.");
    case ValidationCode::SignatureRequired:
    case ValidationCode::SignatureFormat:
        return tr("Please sign in the box below with your finger.");
    case ValidationCode::TooLong:
        return tr("This is too long. Please shorten it.");
    default:
        break;
    }
    return describeIssue(issue);
}

bool ApplicationForm::showIssues(const ValidationReport& report)
{
    QWidget* first = nullptr;
    for (const ValidationIssue& issue : report.issues) {
        if (issue.severity != Severity::Error) {
            continue;
        }
        // "phone or e-mail" is said once, under the phone; a missing signature (drawn or typed,
        // "signature") under the pad.
        const QString field =
            issue.field == "signature" ? QStringLiteral("signatureStrokes") : QString::fromStdString(issue.field);
        QLabel* label = m_issues.value(field);
        if (issue.code == ValidationCode::ContactRequired) {
            label = m_issues.value(QStringLiteral("phone"));
            setInvalid(m_phone, true);
            setInvalid(m_email, true);
            first = first ? first : m_phone;
        }
        if (!label) {
            showMessage(plainWords(issue));
            continue;
        }
        label->setText(plainWords(issue));
        label->show();
        if (QWidget* widget = m_fields.value(field)) {
            setInvalid(widget, true);
            first = first ? first : widget;
        }
    }
    if (first) {
        m_scroll->ensureWidgetVisible(first, 50, 120);
        if (first->focusPolicy() != Qt::NoFocus) {
            first->setFocus();
        }
    }
    return first != nullptr || !m_generalIssue->isHidden();
}

bool ApplicationForm::check()
{
    m_generalIssue->hide();
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        clearIssue(it.key());
    }
    AdoptionApplication a = application();
    normalize(a);
    ValidationReport report = validate(a);
    // The id is the service's to give when it stores the application (and it validates again):
    // its absence here is no problem of the visitor's.
    std::erase_if(report.issues, [](const ValidationIssue& issue) { return issue.field == "id"; });
    // A scribble or a tap is not a signature, even if it could be encoded.
    if (!m_signature->isSigned() && std::none_of(report.issues.begin(), report.issues.end(), [](const auto& i) {
            return i.field == "signatureStrokes" || i.field == "signature";
        })) {
        report.add("signatureStrokes", ValidationCode::SignatureRequired);
    }
    return !showIssues(report);
}

void ApplicationForm::showMessage(const QString& message)
{
    m_generalIssue->setText(message);
    m_generalIssue->setVisible(!message.isEmpty());
}

bool ApplicationForm::isTouched() const
{
    return !m_name->text().isEmpty() || !m_phone->text().isEmpty() || !m_email->text().isEmpty() ||
           !m_address->text().isEmpty() || !m_signature->isEmpty() || m_consent->isChecked() ||
           !m_experience->toPlainText().isEmpty() || !m_message->toPlainText().isEmpty();
}

} // namespace petinfo::client
