// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/BillingDialog.h"

#include "billing/BillingService.h"
#include "billing/Money.h"
#include "billing/PaymentListModel.h"
#include "gui/BillingAddonsBox.h"
#include "gui/Prompts.h"
#include "gui/RemindersWindow.h"
#include "petinfo/report/QrCode.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

constexpr int kQrPixels = 200;
constexpr int kPlanRole = Qt::UserRole + 1;

QString dateText(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

QString limitText(qint64 used, int limit)
{
    return limit < 0 ? BillingDialog::tr("%1 (no limit)").arg(used)
                     : BillingDialog::tr("%1 of %2").arg(used).arg(limit);
}

QString allowanceText(int limit)
{
    return limit < 0 ? BillingDialog::tr("No limit") : QLocale().toString(limit);
}

QPixmap qrPixmap(const QString& text)
{
    auto qr = report::QrCode::encode(text, report::QrErrorCorrection::Medium);
    if (!qr) {
        return {};
    }
    QImage image(kQrPixels, kQrPixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    qr->paint(painter, QRectF(0, 0, kQrPixels, kQrPixels));
    painter.end();
    return QPixmap::fromImage(image);
}

} // namespace

BillingDialog::BillingDialog(BillingService& billing, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_billing(billing)
    , m_service(&billing)
    , m_prompts(prompts)
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
    , m_paymentModel(new PaymentListModel(billing, this))
    , m_notice(new QLabel(this))
    , m_planName(new QLabel(this))
    , m_planState(new QLabel(this))
    , m_usage(new QLabel(this))
    , m_tagClaims(new QLabel(this))
    , m_plans(new QTableWidget(this))
    , m_currency(new QComboBox(this))
    , m_upgrade(new QPushButton(tr("&Upgrade…"), this))
    , m_addons(new BillingAddonsBox(billing, this))
    , m_checkoutBox(new QGroupBox(tr("Payment"), this))
    , m_checkoutState(new QLabel(m_checkoutBox))
    , m_qr(new QLabel(m_checkoutBox))
    , m_openPage(new QPushButton(tr("&Open Payment Page"), m_checkoutBox))
    , m_paymentTable(new QTableView(this))
    , m_receipt(new QPushButton(tr("Save &Receipt…"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("billingDialog"));
    setWindowTitle(tr("Plan and Billing"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_planName->setObjectName(QStringLiteral("planNameLabel"));
    QFont big = m_planName->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_planName->setFont(big);
    m_planState->setObjectName(QStringLiteral("planStateLabel"));
    m_planState->setWordWrap(true);
    // Room for two lines up front: a wrapped label's height is not asked again when it grows.
    m_planState->setMinimumHeight(m_planState->fontMetrics().lineSpacing() * 2 + 2);
    m_usage->setObjectName(QStringLiteral("usageLabel"));
    m_tagClaims->setObjectName(QStringLiteral("tagClaimsLabel"));
    m_tagClaims->setWordWrap(true);

    m_plans->setObjectName(QStringLiteral("plansTableWidget"));
    m_plans->setColumnCount(5);
    m_plans->setHorizontalHeaderLabels({tr("Plan"), tr("Devices"), tr("Kiosks"), tr("WhatsApp"), tr("Price")});
    m_plans->verticalHeader()->hide();
    m_plans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_plans->setSelectionMode(QAbstractItemView::SingleSelection);
    m_plans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plans->setWordWrap(false);
    m_plans->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plans->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plans->setAccessibleName(tr("Plans"));
    m_currency->setObjectName(QStringLiteral("currencyComboBox"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_upgrade->setObjectName(QStringLiteral("upgradeButton"));
    m_upgrade->setToolTip(tr("Pay for the selected plan at MercadoPago or Stripe, in the browser or on a phone"));

    m_checkoutBox->setObjectName(QStringLiteral("checkoutGroupBox"));
    m_checkoutState->setObjectName(QStringLiteral("checkoutStateLabel"));
    m_checkoutState->setWordWrap(true);
    m_checkoutState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_qr->setObjectName(QStringLiteral("qrLabel"));
    m_qr->setFixedSize(kQrPixels, kQrPixels);
    m_qr->setAccessibleName(tr("QR code of the payment page"));
    m_openPage->setObjectName(QStringLiteral("openPageButton"));
    auto* checkoutLayout = new QHBoxLayout(m_checkoutBox);
    checkoutLayout->addWidget(m_qr, 0, Qt::AlignTop);
    auto* checkoutText = new QVBoxLayout;
    checkoutText->addWidget(m_checkoutState);
    checkoutText->addWidget(m_openPage, 0, Qt::AlignLeft);
    checkoutText->addStretch();
    checkoutLayout->addLayout(checkoutText, 1);
    m_checkoutBox->hide();

    m_paymentTable->setObjectName(QStringLiteral("paymentsTableView"));
    m_paymentTable->setModel(m_paymentModel);
    m_paymentTable->verticalHeader()->hide();
    m_paymentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paymentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_paymentTable->setWordWrap(false);
    m_paymentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_paymentTable->horizontalHeader()->setSectionResizeMode(PaymentListModel::Plan, QHeaderView::Stretch);
    m_paymentTable->setAccessibleName(tr("Payments"));
    m_receipt->setObjectName(QStringLiteral("receiptButton"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));

    auto* current = new QGroupBox(tr("Current plan"), this);
    current->setObjectName(QStringLiteral("currentPlanGroupBox"));
    auto* currentLayout = new QVBoxLayout(current);
    currentLayout->addWidget(m_planName);
    currentLayout->addWidget(m_planState);
    currentLayout->addWidget(m_usage);
    currentLayout->addWidget(m_tagClaims);

    auto* choose = new QGroupBox(tr("Plans"), this);
    choose->setObjectName(QStringLiteral("plansGroupBox"));
    auto* chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(m_plans);
    auto* buy = new QHBoxLayout;
    auto* currencyLabel = new QLabel(tr("&Currency:"), choose);
    currencyLabel->setBuddy(m_currency);
    buy->addWidget(currencyLabel);
    buy->addWidget(m_currency);
    buy->addStretch();
    buy->addWidget(m_upgrade);
    chooseLayout->addLayout(buy);

    auto* paid = new QGroupBox(tr("Payments"), this);
    paid->setObjectName(QStringLiteral("paymentsGroupBox"));
    auto* paidLayout = new QVBoxLayout(paid);
    paidLayout->addWidget(m_paymentTable);
    auto* paidButtons = new QHBoxLayout;
    paidButtons->addStretch();
    paidButtons->addWidget(m_receipt);
    paidLayout->addLayout(paidButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(current);
    layout->addWidget(choose, 1);
    layout->addWidget(m_addons);
    layout->addWidget(m_checkoutBox);
    layout->addWidget(paid, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &BillingDialog::load);
    connect(m_upgrade, &QPushButton::clicked, this, &BillingDialog::upgrade);
    connect(m_receipt, &QPushButton::clicked, this, &BillingDialog::saveReceipt);
    connect(m_openPage, &QPushButton::clicked, this, [this] {
        if (!m_checkoutUrl.isEmpty() && !m_openUrl(QUrl(m_checkoutUrl))) {
            setNotice(tr("No browser could be opened. Scan the QR code with a phone to pay."), true);
        }
    });
    connect(m_currency, &QComboBox::currentIndexChanged, this, &BillingDialog::updatePrices);
    connect(m_addons, &BillingAddonsBox::selectionChanged, this, &BillingDialog::updateActions);
    connect(m_addons, &BillingAddonsBox::buyRequested, this, [this](const QString& id) { buyAddon(id); });
    connect(m_plans, &QTableWidget::itemSelectionChanged, this, &BillingDialog::updateActions);
    connect(m_paymentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BillingDialog::updateActions);
    connect(m_paymentModel, &QAbstractItemModel::modelReset, this, &BillingDialog::updateActions);
    connect(&m_billing, &BillingService::loaded, this, &BillingDialog::showLoaded);
    connect(&m_billing, &BillingService::loadFailed, this, &BillingDialog::showLoadFailed);
    connect(&m_billing, &BillingService::checkoutChanged, this, &BillingDialog::showCheckout);
    connect(&m_billing, &BillingService::pollFailed, this, &BillingDialog::showPollFailed);
    connect(&m_billing, &BillingService::checkoutPolled, this, [this] {
        if (m_pollProblem) {
            m_pollProblem = false;
            setNotice({}, false);
        }
    });

    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 115, fm.height() * 54);
    updateActions();
}

BillingDialog::~BillingDialog()
{
    // Nobody looks at this dialog's checkout any more; the server still records its result. A
    // dialog closed earlier and deleted only now must not stop the watch of a newer dialog's
    // checkout (the service is shared): it stops only the checkout it started.
    if (!m_service) {
        return; // the service went first, with the window's actions
    }
    const auto& watched = m_billing.checkout();
    if (!m_startedCheckout.isEmpty() && watched && watched->id == m_startedCheckout) {
        m_billing.stopWatching();
    }
}

bool BillingDialog::load()
{
    if (!m_billing.isSignedIn()) {
        setNotice(tr("This database is not signed in to a server. Sign in (Sync menu) to see and change the "
                     "organisation's plan."),
                  true);
        m_planName->setText(tr("Not signed in"));
        m_planState->clear();
        m_usage->clear();
        m_tagClaims->clear();
        updateActions();
        return false;
    }
    return m_billing.refresh();
}

void BillingDialog::setNotice(const QString& text, bool problem)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(problem ? QStringLiteral("QLabel { color: palette(bright-text); background: #a33; "
                                                     "padding: 6px; border-radius: 3px; }")
                                    : QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px; "
                                                     "border-radius: 3px; }"));
    m_notice->setVisible(!text.isEmpty());
}

QString BillingDialog::planName(const QString& id) const
{
    const BillingPlan* plan = m_billing.catalogue().find(id);
    return plan ? plan->name : id;
}

void BillingDialog::showLoaded()
{
    const BillingStatus& s = m_billing.status();
    setNotice(m_billing.mayBuy() || !s.enabled ? QString()
                                               : tr("Only administrators of the organisation can change its plan."),
              false);
    m_planName->setText(s.plan.name);
    if (s.state == QLatin1String("unlimited")) {
        m_planState->setText(tr("This server does not sell plans: nothing is limited."));
    } else if (s.state == QLatin1String("active")) {
        m_planState->setText(tr("Renews on %1.").arg(dateText(s.endsAt)));
    } else if (s.state == QLatin1String("ending")) {
        m_planState->setText(tr("Paid until %1. It does not renew by itself: pay again before then to keep it.")
                                 .arg(dateText(s.endsAt)));
    } else if (s.state == QLatin1String("expired")) {
        m_planState->setText(tr("%1 ended on %2. The organisation is back on the free plan; its records stay "
                                "readable, synced and exportable.")
                                 .arg(planName(s.lastPlanId), dateText(s.lastEndedAt)));
    } else {
        m_planState->setText(tr("The free plan."));
    }
    m_usage->setText(tr("Devices: %1 · Kiosks: %2 · WhatsApp reminders: %3")
                         .arg(limitText(s.devicesUsed, s.plan.devices), limitText(s.kiosksUsed, s.plan.kiosks),
                              s.plan.whatsapp ? tr("included") : tr("not included")));
    showTagClaims();
    fillCurrencies();
    fillPlans();
    m_addons->fill();
    // The checkout shown may have moved on since its watch ended (a refund reaches the server
    // long after "paid"): show what the server says of it now.
    if (const auto& watched = m_billing.checkout(); watched && m_checkoutBox->isVisible()) {
        for (const BillingCheckout& c : s.checkouts) {
            if (c.id == watched->id && c.state != m_checkoutState->property("checkoutState").toString()) {
                showCheckout(c);
            }
        }
    }
    updateActions();
}

void BillingDialog::showTagClaims()
{
    const TagClaimQuota& q = m_billing.status().tagClaims;
    QString text = q.isLimited()
                       ? tr("Tag claims: %1 / %2").arg(QLocale().toString(q.used), QLocale().toString(q.limit))
                       : tr("Tag claims: %1 (no limit)").arg(QLocale().toString(q.used));
    if (q.isLimited() && q.packs > 0) {
        text += tr(" (%n from add-ons)", nullptr, static_cast<int>(q.packs));
    }
    if (q.waiting > 0) {
        // The pets are saved and synced; only their tags are not active (their public page says
        // nothing) until claims are bought.
        text += QStringLiteral("<br>") +
                tr("<b>%n pet tag(s) wait for a claim.</b> The pets are saved; their tags work as soon as the "
                   "organisation buys tag claims below.",
                   nullptr, static_cast<int>(q.waiting));
    }
    m_tagClaims->setText(text);
    m_tagClaims->setProperty("waiting", q.waiting);
}

void BillingDialog::showLoadFailed(const NetError& error)
{
    setNotice(tr("Could not read the organisation's plan: %1").arg(netErrorText(error)), true);
    updateActions();
}

void BillingDialog::fillCurrencies()
{
    const QString previous = m_currency->currentData().toString();
    QStringList offered;
    auto offer = [&](const QMap<QString, qint64>& prices) {
        for (auto it = prices.cbegin(); it != prices.cend(); ++it) {
            if (m_billing.catalogue().providers.contains(it.key()) && !offered.contains(it.key())) {
                offered.push_back(it.key());
            }
        }
    };
    for (const BillingPlan& plan : m_billing.catalogue().plans) {
        offer(plan.prices);
    }
    for (const BillingAddon& addon : m_billing.catalogue().addons) {
        offer(addon.prices);
    }
    offered.sort();
    const QSignalBlocker blocker(m_currency);
    m_currency->clear();
    for (const QString& code : offered) {
        const QString provider = PaymentListModel::providerText(m_billing.catalogue().providers.value(code));
        m_currency->addItem(tr("%1 (%2)").arg(code, provider), code);
    }
    // The one chosen before, else the user's country's currency, else the first.
    int index = m_currency->findData(previous);
    if (index < 0) {
        index = m_currency->findData(QLocale().currencySymbol(QLocale::CurrencyIsoCode));
    }
    m_currency->setCurrentIndex(std::max(index, 0));
}

void BillingDialog::fillPlans()
{
    const QString previous = selectedPlan();
    const BillingCatalogue& catalogue = m_billing.catalogue();
    m_plans->setRowCount(static_cast<int>(catalogue.plans.size()));
    int row = 0;
    for (const BillingPlan& plan : catalogue.plans) {
        const bool current = plan.id == m_billing.status().plan.id;
        const QStringList cells{current ? tr("%1 (current)").arg(plan.name) : plan.name, allowanceText(plan.devices),
                                allowanceText(plan.kiosks), plan.whatsapp ? tr("Yes") : tr("No"), QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(kPlanRole, plan.id);
            if (plan.prices.isEmpty()) {
                item->setFlags(Qt::ItemIsEnabled); // the free plan is not for sale
            }
            if (column > 0) {
                item->setTextAlignment(Qt::AlignCenter);
            }
            m_plans->setItem(row, column, item);
        }
        ++row;
    }
    updatePrices();
    for (int r = 0; r < m_plans->rowCount(); ++r) {
        if (m_plans->item(r, 0)->data(kPlanRole).toString() == previous) {
            m_plans->selectRow(r);
        }
    }
    // Every plan visible without scrolling, also while a checkout is shown below.
    m_plans->setMinimumHeight(m_plans->horizontalHeader()->sizeHint().height() +
                              m_plans->verticalHeader()->defaultSectionSize() * m_plans->rowCount() +
                              2 * m_plans->frameWidth() + 2);
}

void BillingDialog::updatePrices()
{
    const QString currency = m_currency->currentData().toString();
    for (int r = 0; r < m_plans->rowCount(); ++r) {
        const BillingPlan* plan = m_billing.catalogue().find(m_plans->item(r, 0)->data(kPlanRole).toString());
        QString text;
        if (plan && plan->prices.isEmpty()) {
            text = tr("Free");
        } else if (plan && plan->prices.contains(currency)) {
            const QString amount =
                formatMoney(plan->prices.value(currency), currency, m_billing.catalogue().exponent(currency));
            text = plan->interval == QLatin1String("year") ? tr("%1 a year").arg(amount) : tr("%1 a month").arg(amount);
        } else if (plan) {
            text = tr("not sold in %1").arg(currency);
        }
        m_plans->item(r, 4)->setText(text);
        m_plans->item(r, 4)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_addons->setCurrency(currency);
    updateActions();
}

QString BillingDialog::selectedPlan() const
{
    const QList<QTableWidgetItem*> items = m_plans->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(kPlanRole).toString();
}

bool BillingDialog::choose(const QString& planId, const QString& currency)
{
    const int index = m_currency->findData(currency);
    if (index < 0) {
        return false;
    }
    m_currency->setCurrentIndex(index);
    for (int r = 0; r < m_plans->rowCount(); ++r) {
        if (m_plans->item(r, 0)->data(kPlanRole).toString() == planId) {
            m_plans->selectRow(r);
            return selectedPlan() == planId;
        }
    }
    return false;
}

void BillingDialog::updateActions()
{
    const BillingPlan* plan = m_billing.catalogue().find(selectedPlan());
    const QString currency = m_currency->currentData().toString();
    const bool pending = m_billing.isWatching();
    const bool forSale = plan && plan->prices.contains(currency);
    // A subscription that renews by itself is not paid again by hand (that would be a second one).
    const bool renewing = plan && plan->id == m_billing.status().plan.id && m_billing.status().renews;
    m_upgrade->setEnabled(m_billing.hasLoaded() && m_billing.mayBuy() && m_billing.status().enabled && forSale &&
                          !pending && !renewing);
    m_upgrade->setText(plan && plan->id == m_billing.status().plan.id ? tr("Pay &Again…") : tr("&Upgrade…"));
    m_currency->setEnabled(m_currency->count() > 0 && !pending);
    m_addons->updateActions(pending);
    m_receipt->setEnabled(!m_paymentTable->selectionModel()->selectedRows().isEmpty());
    m_refresh->setEnabled(m_billing.isSignedIn());
}

bool BillingDialog::upgrade()
{
    const QString planId = selectedPlan();
    const QString currency = m_currency->currentData().toString();
    if (planId.isEmpty() || currency.isEmpty() || !m_upgrade->isEnabled()) {
        return false;
    }
    m_upgrade->setEnabled(false);
    return started(m_billing.startCheckout(planId, currency));
}

bool BillingDialog::chooseAddon(const QString& addonId, const QString& currency)
{
    const int index = m_currency->findData(currency);
    if (index < 0) {
        return false;
    }
    m_currency->setCurrentIndex(index);
    return m_addons->select(addonId);
}

bool BillingDialog::buyAddon(const QString& addonId)
{
    const QString id = addonId.isEmpty() ? m_addons->selectedAddon() : addonId;
    const QString currency = m_currency->currentData().toString();
    if (id.isEmpty() || currency.isEmpty() || !m_addons->buyButton()->isEnabled()) {
        return false;
    }
    m_addons->buyButton()->setEnabled(false);
    return started(m_billing.buyAddon(id, currency));
}

bool BillingDialog::started(NetResult<BillingCheckout> checkout)
{
    if (!checkout) {
        setNotice(checkoutProblem(checkout.error()), true);
        updateActions();
        return false;
    }
    m_startedCheckout = checkout->id;
    setNotice({}, false);
    if (!m_openUrl(QUrl(checkout->url))) {
        setNotice(tr("No browser could be opened. Scan the QR code with a phone to pay."), true);
    }
    updateActions();
    return true;
}

QString BillingDialog::checkoutProblem(const NetError& error) const
{
    if (error.httpStatus == 502 || error.apiCode == "provider_unavailable") {
        return tr("The payment provider did not answer the server. Nothing was charged; try again in a few "
                  "minutes.");
    }
    if (error.apiCode == "currency_not_offered") {
        return tr("This is not sold in that currency. Choose another currency.");
    }
    if (error.apiCode == "unknown_plan" || error.apiCode == "unknown_addon") {
        return tr("The server no longer sells this. Press Refresh to see what it sells now.");
    }
    if (error.apiCode == "billing_disabled") {
        return tr("This server does not sell plans.");
    }
    return tr("The payment could not be started: %1").arg(netErrorText(error));
}

void BillingDialog::showCheckout(const BillingCheckout& c)
{
    m_checkoutBox->show();
    const QString amount = formatMoney(c.amount, c.currency, m_billing.catalogue().exponent(c.currency));
    const QString provider = PaymentListModel::providerText(c.provider);
    const bool pending = !c.isFinal();
    m_checkoutUrl = pending ? c.url : QString();
    m_qr->setVisible(pending);
    m_openPage->setVisible(pending);
    if (pending) {
        m_qr->setPixmap(qrPixmap(c.url));
        m_checkoutState->setText(
            tr("<b>Waiting for the payment</b> of %1 for %2 at %3.<br>The payment page is open in your browser. To "
               "pay on a phone, scan this code. This window shows the result as soon as %3 confirms it to the "
               "server.<br>The page can be used until %4.")
                .arg(amount.toHtmlEscaped(), c.planName.toHtmlEscaped(), provider,
                     QLocale().toString(c.expiresAt.toLocalTime(), QLocale::ShortFormat)));
    } else if (c.state == QLatin1String("paid") && c.isAddon()) {
        m_checkoutState->setText(tr("<b>Paid.</b> %1 for %2 through %3: its tag claims are added to the "
                                    "organisation's, and tags that waited for a claim work now.")
                                     .arg(amount.toHtmlEscaped(), c.planName.toHtmlEscaped(), provider));
    } else if (c.state == QLatin1String("paid")) {
        m_checkoutState->setText(
            tr("<b>Paid.</b> %1 of %2 through %3: %4 is now the organisation's plan.")
                .arg(amount.toHtmlEscaped(), c.planName.toHtmlEscaped(), provider, c.planName.toHtmlEscaped()));
    } else if (c.state == QLatin1String("failed")) {
        m_checkoutState->setText(tr("<b>The payment did not go through</b> at %1. Nothing changed; you can try "
                                    "again, with another card if needed.")
                                     .arg(provider));
    } else if (c.state == QLatin1String("expired")) {
        m_checkoutState->setText(c.isAddon() ? tr("<b>The payment page expired</b> before it was paid. Press Buy "
                                                  "to start a new one.")
                                             : tr("<b>The payment page expired</b> before it was paid. Press Upgrade "
                                                  "to start a new one."));
    } else if (c.state == QLatin1String("refunded")) {
        m_checkoutState->setText(tr("<b>Refunded.</b> The payment was returned, and what it paid for ended."));
    } else {
        m_checkoutState->setText(c.state.toHtmlEscaped());
    }
    m_checkoutState->setProperty("checkoutState", c.state);
    updateActions();
}

void BillingDialog::showPollFailed(const NetError& error)
{
    m_pollProblem = true;
    setNotice(tr("Cannot ask the server about the payment right now (%1). Trying again…").arg(netErrorText(error)),
              true);
}

} // namespace petinfo::client
