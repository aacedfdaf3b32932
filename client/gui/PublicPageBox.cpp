// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PublicPageBox.h"

#include "gui/Palette.h"
#include "gui/Prompts.h"
#include "gui/SignInDialog.h"
#include "petinfo/report/TagUrl.h"
#include "services/OrganisationService.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

void paintAsError(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette::errorText(palette));
    label->setPalette(palette);
}

/** The base the server's public pages live under, as Preferences and sync know it. */
QString publicBase()
{
    auto base = report::normalizedBaseUrl(Settings::instance().publicBaseUrl());
    return base ? *base : QString();
}

} // namespace

PublicPageBox::PublicPageBox(OrganisationService& service, Prompts& prompts, QWidget* parent)
    : QFrame(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
    , m_address(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy Link"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_change(new QPushButton(tr("C&hange Address…"), this))
{
    setObjectName(QStringLiteral("publicPageFrame"));
    auto* caption = new QLabel(tr("Public adoption page:"), this);
    caption->setBuddy(m_address);
    m_address->setObjectName(QStringLiteral("publicPageLineEdit"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Public adoption page address"));
    m_address->setToolTip(tr("Anyone can see your adoptable animals and apply at this address. Share it on "
                             "your social networks; kennel cards link to each animal's page on it."));
    m_problem->setObjectName(QStringLiteral("publicPageProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    m_copy->setToolTip(tr("Copy the address to paste it into a message or a post"));
    m_open->setObjectName(QStringLiteral("openLinkButton"));
    m_open->setToolTip(tr("Open the page in your web browser"));
    m_change->setObjectName(QStringLiteral("changeAddressButton"));
    m_change->setToolTip(tr("Choose the last part of the address (admins only)"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 2);
    layout->addWidget(caption);
    layout->addWidget(m_address, 1);
    layout->addWidget(m_problem, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_open);
    layout->addWidget(m_change);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_url.toString());
        m_address->selectAll();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_openUrl(m_url)) {
            m_prompts.error(
                this, tr("Cannot open the page"),
                tr("No web browser opened %1. Copy the address and open it by hand.").arg(m_url.toString()));
        }
    });
    connect(m_change, &QPushButton::clicked, this, &PublicPageBox::changeAddress);
    connect(&m_service, &OrganisationService::publicSlugChanged, this, &PublicPageBox::showSlug);
    // What is known now at once; the server is asked once the window is on screen.
    setVisible(m_service.isSignedIn());
    if (m_service.publicSlug().isEmpty()) {
        showProblem(tr("Asking the server for the public page's address…"), false);
    } else {
        showSlug(m_service.publicSlug());
    }
    QTimer::singleShot(0, this, &PublicPageBox::refresh);
}

void PublicPageBox::refresh()
{
    setVisible(m_service.isSignedIn());
    if (!m_service.isSignedIn()) {
        return;
    }
    const QPointer<PublicPageBox> self(this);
    auto slug = m_service.fetchPublicSlug(); // the window may be closed while it waits
    if (!self) {
        return;
    }
    if (!slug && !m_service.publicSlug().isEmpty()) {
        showSlug(m_service.publicSlug()); // offline for now: the address read earlier still holds
        Q_EMIT refreshed(false);
        return;
    }
    if (!slug) {
        showProblem(
            tr("The address of the public adoption page could not be read. %1").arg(describeNetError(slug.error())));
        Q_EMIT refreshed(false);
        return;
    }
    showSlug(*slug);
    Q_EMIT refreshed(true);
}

void PublicPageBox::showSlug(const QString& slug)
{
    setVisible(m_service.isSignedIn()); // signed out while the window is open: no page any more
    m_url.clear();
    m_change->setVisible(m_service.mayEditPublicPage());
    m_change->setEnabled(!publicBase().isEmpty());
    if (slug.isEmpty()) {
        showProblem(m_service.mayEditPublicPage() ? tr("Your organisation has no public adoption page address yet.")
                                                  : tr("Your organisation has no public adoption page address yet: "
                                                       "an admin can choose one."),
                    false);
        return;
    }
    auto url = report::adoptionPageUrl(publicBase(), slug);
    if (!url) {
        showProblem(tr("Enter the server's public address in Preferences to see the page's link."));
        return;
    }
    m_url = QUrl(*url);
    m_address->setText(*url);
    m_address->setCursorPosition(0);
    m_address->show();
    m_problem->hide();
    m_copy->show();
    m_open->show();
}

void PublicPageBox::showProblem(const QString& text, bool isError)
{
    m_problem->setPalette(palette());
    if (isError) {
        paintAsError(m_problem);
    }
    m_problem->setText(text);
    m_problem->show();
    m_address->hide();
    m_copy->hide();
    m_open->hide();
}

QDialog* PublicPageBox::changeAddress()
{
    if (!m_service.mayEditPublicPage() || publicBase().isEmpty()) {
        return nullptr;
    }
    auto* dialog = new PublicSlugDialog(m_service, publicBase(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PublicSlugDialog::PublicSlugDialog(OrganisationService& service, const QString& baseUrl, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_baseUrl(baseUrl)
    , m_slug(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("publicSlugDialog"));
    setWindowTitle(tr("Public Adoption Page Address"));
    m_slug->setObjectName(QStringLiteral("slugLineEdit"));
    m_slug->setText(service.publicSlug());
    m_slug->setMaxLength(40);
    // Typing is kept to what the server takes; the shape (no dash at the ends) is checked below.
    m_slug->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9-]{0,40}")), m_slug));
    m_preview->setObjectName(QStringLiteral("addressPreviewLabel"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    paintAsError(m_error);
    auto* hint = new QLabel(tr("3 to 40 lower-case letters, digits and dashes, e.g. the shelter's name. The "
                               "old address stops working at once: update the links you shared. Codes on "
                               "kennel cards keep working."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PublicSlugDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_slug, &QLineEdit::textChanged, this, &PublicSlugDialog::updatePreview);

    auto* form = new QFormLayout;
    form->addRow(tr("&Address:"), m_slug);
    form->addRow(tr("Page:"), m_preview);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updatePreview();
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

void PublicSlugDialog::updatePreview()
{
    const QString slug = m_slug->text().trimmed();
    m_preview->setText(m_baseUrl + QStringLiteral("/adopt/") + slug);
    m_error->clear();
    m_ok->setEnabled(report::isPublicSlug(slug) && slug != m_service.publicSlug());
}

void PublicSlugDialog::accept()
{
    const QString slug = m_slug->text().trimmed();
    if (!report::isPublicSlug(slug)) {
        m_error->setText(report::describe(report::ReportError{report::ReportErrc::InvalidSlug, {}}));
        return;
    }
    const QPointer<PublicSlugDialog> self(this);
    auto saved = m_service.setPublicSlug(slug);
    if (!self) {
        return;
    }
    if (!saved) {
        const NetError& e = saved.error();
        if (e.apiCode == "slug_taken") {
            m_error->setText(tr("Another organisation has this address. Choose another one."));
        } else if (e.apiCode == "invalid_slug") {
            m_error->setText(tr("The server does not allow this address (some words are reserved). Choose "
                                "another one."));
        } else if (e.code == NetErrc::Forbidden) {
            m_error->setText(tr("Only an admin of your organisation can change the address."));
        } else {
            m_error->setText(describeNetError(e));
        }
        m_slug->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace petinfo::client
