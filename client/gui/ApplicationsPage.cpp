// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ApplicationsPage.h"

#include "gui/AdoptionContractLoader.h"
#include "gui/ApplicationDetails.h"
#include "gui/CompleteAdoptionDialog.h"
#include "gui/Prompts.h"
#include "gui/ReportLoader.h"
#include "models/AdoptionModels.h"
#include "models/AdoptionText.h"
#include "services/AdoptionService.h"
#include "services/PetService.h"
#include "sync/SyncAccount.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

constexpr int kAllOpen = -1;
constexpr int kAll = -2;

QString signedInName(AdoptionService& service)
{
    auto account = storedAccount(service.pets().database());
    if (!account || !*account) {
        return {};
    }
    return (*account)->userName.isEmpty() ? (*account)->userEmail : (*account)->userName;
}

} // namespace

ApplicationsPage::ApplicationsPage(AdoptionService& service, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new ApplicationModel(service, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_history(new StatusHistoryModel(service, this))
    , m_statusFilter(new QComboBox(this))
    , m_channelFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_signature(new QLabel(this))
    , m_historyTable(new QTableView(this))
    , m_notes(new QPlainTextEdit(this))
    , m_saveNotes(new QPushButton(tr("Save &Notes"), this))
    , m_note(new QLineEdit(this))
    , m_contacted(new QPushButton(tr("Mark &Contacted"), this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_decline(new QPushButton(tr("&Decline"), this))
    , m_withdrawn(new QPushButton(tr("&Withdrawn"), this))
    , m_staffName(new QLineEdit(this))
    , m_complete(new QPushButton(tr("Complete &Adoption…"), this))
    , m_contract(new QPushButton(tr("Contract &PDF…"), this))
{
    setObjectName(QStringLiteral("applicationsPage"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_channelFilter->setObjectName(QStringLiteral("channelFilterComboBox"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_table->setObjectName(QStringLiteral("applicationsTableView"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_details->setObjectName(QStringLiteral("detailsTextBrowser"));
    m_signature->setObjectName(QStringLiteral("signatureLabel"));
    m_historyTable->setObjectName(QStringLiteral("historyTableView"));
    m_notes->setObjectName(QStringLiteral("staffNotesPlainTextEdit"));
    m_saveNotes->setObjectName(QStringLiteral("saveNotesButton"));
    m_note->setObjectName(QStringLiteral("decisionNoteLineEdit"));
    m_contacted->setObjectName(QStringLiteral("contactedButton"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_withdrawn->setObjectName(QStringLiteral("withdrawnButton"));
    m_staffName->setObjectName(QStringLiteral("staffNameLineEdit"));
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_contract->setObjectName(QStringLiteral("contractButton"));

    m_statusFilter->addItem(tr("Open"), kAllOpen);
    m_statusFilter->addItem(tr("All"), kAll);
    for (std::size_t i = 0; i < enumCount<ApplicationStatus>(); ++i) {
        m_statusFilter->addItem(applicationStatusLabel(static_cast<ApplicationStatus>(i)), static_cast<int>(i));
    }
    m_channelFilter->addItem(tr("Anywhere"), kAll);
    for (std::size_t i = 0; i < enumCount<ApplicationChannel>(); ++i) {
        m_channelFilter->addItem(channelLabel(static_cast<ApplicationChannel>(i)), static_cast<int>(i));
    }
    m_search->setPlaceholderText(tr("Search applicant or animal"));
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Every column as wide as its text (animals' names matter most); a narrow pane scrolls.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_historyTable->setModel(m_history);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(StatusHistoryModel::Note, QHeaderView::Stretch);
    m_historyTable->setMaximumHeight(fontMetrics().height() * 6);
    m_details->setOpenLinks(false);
    m_signature->setFixedHeight(94);
    m_signature->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 3);
    m_note->setPlaceholderText(tr("Note for the history (optional)"));
    m_staffName->setText(signedInName(service));
    m_staffName->setPlaceholderText(tr("Your full name"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_statusFilter);
    filters->addWidget(new QLabel(tr("Made on:"), this));
    filters->addWidget(m_channelFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);

    auto* decisions = new QGroupBox(tr("Decision"), this);
    decisions->setObjectName(QStringLiteral("decisionGroupBox"));
    auto* decisionLayout = new QVBoxLayout(decisions);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    for (QPushButton* b : {m_contacted, m_approve, m_decline, m_withdrawn}) {
        noteRow->addWidget(b);
    }
    decisionLayout->addLayout(noteRow);
    auto* completeRow = new QHBoxLayout;
    completeRow->addWidget(new QLabel(tr("Signing for the shelter:"), decisions));
    completeRow->addWidget(m_staffName, 1);
    completeRow->addWidget(m_complete);
    completeRow->addWidget(m_contract);
    decisionLayout->addLayout(completeRow);
    auto* notesRow = new QHBoxLayout;
    notesRow->addWidget(m_notes, 1);
    notesRow->addWidget(m_saveNotes, 0, Qt::AlignTop);
    decisionLayout->addWidget(new QLabel(tr("Staff notes:"), decisions));
    decisionLayout->addLayout(notesRow);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(m_signature);
    rightLayout->addWidget(new QLabel(tr("History:"), right));
    rightLayout->addWidget(m_historyTable);
    rightLayout->addWidget(decisions);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("applicationsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    const int charWidth = fontMetrics().averageCharWidth();
    splitter->setSizes({charWidth * 70, charWidth * 90});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ApplicationsPage::applyFilter);
    connect(m_channelFilter, &QComboBox::currentIndexChanged, this, &ApplicationsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ApplicationsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApplicationsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApplicationsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApplicationsPage::showCurrent);
    connect(m_contacted, &QPushButton::clicked, this, [this] { decide(int(ApplicationStatus::Contacted)); });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(int(ApplicationStatus::Approved)); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decide(int(ApplicationStatus::Declined)); });
    connect(m_withdrawn, &QPushButton::clicked, this, [this] { decide(int(ApplicationStatus::Withdrawn)); });
    auto updateCount = [this] {
        m_count->setText(tr("%n application(s)", nullptr, m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_saveNotes, &QPushButton::clicked, this, &ApplicationsPage::saveNotes);
    connect(m_complete, &QPushButton::clicked, this, &ApplicationsPage::completeAdoption);
    connect(m_contract, &QPushButton::clicked, this, &ApplicationsPage::saveContract);
    auto loadFailed = [this](const StorageError& e) {
        reportError(tr("Could not load the applications"), describe(e));
    };
    connect(m_model, &ApplicationModel::loadFailed, this, loadFailed);
    connect(m_history, &StatusHistoryModel::loadFailed, this, loadFailed);

    applyFilter();
    updateCount();
}

void ApplicationsPage::applyFilter()
{
    ApplicationFilter f;
    const int status = m_statusFilter->currentData().toInt();
    f.openOnly = status == kAllOpen;
    if (status >= 0) {
        f.status = static_cast<ApplicationStatus>(status);
    }
    const int channel = m_channelFilter->currentData().toInt();
    if (channel >= 0) {
        f.channel = static_cast<ApplicationChannel>(channel);
    }
    f.text = m_search->text();
    m_model->setFilter(std::move(f));
    ensureCurrent();
    showCurrent();
}

void ApplicationsPage::ensureCurrent()
{
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
}

QString ApplicationsPage::currentApplicationId() const
{
    return m_table->currentIndex().data(ApplicationModel::IdRole).toString();
}

bool ApplicationsPage::selectApplication(const QString& applicationId)
{
    if (m_model->rowOf(applicationId) < 0) {
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(kAll));
        m_channelFilter->setCurrentIndex(0);
        m_search->clear();
    }
    const int row = m_model->rowOf(applicationId);
    if (row < 0) {
        return false;
    }
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return true;
}

void ApplicationsPage::showCurrent()
{
    const QString id = currentApplicationId();
    const bool decides = m_service.mayDecide();
    std::optional<AdoptionApplication> a;
    if (!id.isEmpty()) {
        if (auto found = m_service.application(id)) {
            a = std::move(*found);
        }
    }
    m_history->setSubjectId(a ? id : QString());
    if (!a) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No application selected.").toHtmlEscaped()));
        m_signature->clear();
        m_notes->clear();
    } else {
        const QModelIndex current = m_model->index(m_model->rowOf(id), ApplicationModel::Animals);
        m_details->setHtml(applicationHtml(*a, current.data().toString(), m_service.showsContacts()));
        const QImage image = signatureImage(a->signatureStrokes, QSize(360, 90));
        if (image.isNull()) {
            m_signature->setText(
                a->signatureName.empty()
                    ? tr("No signature")
                    : tr("Signed by typing the name \u201c%1\u201d").arg(QString::fromStdString(a->signatureName)));
        } else {
            m_signature->setPixmap(QPixmap::fromImage(image));
        }
        if (!m_notes->hasFocus()) {
            m_notes->setPlainText(QString::fromStdString(a->staffNotes));
        }
        if (a->status == ApplicationStatus::New && isVisible()) {
            // Looked at: the badge stops counting it (the model's next reload unbolds it).
            if (auto r = m_service.markSeen(id); !r) {
                reportError(tr("Could not update the application"), describe(r.error()));
            }
        }
    }
    const bool open = a && a->completedAtMs == 0;
    auto allowed = [&](ApplicationStatus to) {
        return open && decides && isAllowedTransition(a->status, to);
    };
    m_contacted->setEnabled(allowed(ApplicationStatus::Contacted));
    m_approve->setEnabled(allowed(ApplicationStatus::Approved));
    m_decline->setEnabled(allowed(ApplicationStatus::Declined));
    m_withdrawn->setEnabled(allowed(ApplicationStatus::Withdrawn));
    m_complete->setEnabled(open && decides && a->status == ApplicationStatus::Approved);
    m_contract->setEnabled(a && decides && a->completedAtMs != 0);
    m_note->setEnabled(decides && open);
    m_notes->setReadOnly(!decides);
    m_saveNotes->setEnabled(decides && a.has_value());
    m_staffName->setEnabled(decides);
}

void ApplicationsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureCurrent(); // applications may have arrived since the page was made
    showCurrent();
}

void ApplicationsPage::decide(int status)
{
    const QString id = currentApplicationId();
    const auto to = static_cast<ApplicationStatus>(status);
    if (to == ApplicationStatus::Declined &&
        !m_prompts.confirm(this, tr("Decline Application"),
                           tr("Decline this application? It is closed for good; the applicant can apply again."),
                           tr("Decline"))) {
        return;
    }
    auto r = m_service.setApplicationStatus(id, to, m_note->text());
    if (!r) {
        reportError(tr("Could not change the application"), describe(r.error()));
        return;
    }
    m_note->clear();
    selectApplication(id);
    Q_EMIT message(
        tr("Application of %1: %2").arg(QString::fromStdString(r->applicantName), applicationStatusLabel(r->status)));
}

void ApplicationsPage::saveNotes()
{
    const QString id = currentApplicationId();
    if (auto r = m_service.saveStaffNotes(id, m_notes->toPlainText()); !r) {
        reportError(tr("Could not save the notes"), describe(r.error()));
        return;
    }
    Q_EMIT message(tr("Notes saved"));
}

QDialog* ApplicationsPage::completeAdoption()
{
    const QString id = currentApplicationId();
    auto a = m_service.application(id);
    if (!a) {
        reportError(tr("Could not complete the adoption"), describe(a.error()));
        return nullptr;
    }
    auto* dialog = new CompleteAdoptionDialog(QString::fromStdString(a->applicantName), m_staffName->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        m_staffName->setText(dialog->staffName());
        finishAdoption(id, dialog->staffName(), dialog->staffSignature());
    });
    dialog->open();
    return dialog;
}

void ApplicationsPage::finishAdoption(const QString& id, const QString& staffName, const std::string& signature)
{
    auto a = m_service.application(id);
    if (!a) {
        reportError(tr("Could not complete the adoption"), describe(a.error()));
        return;
    }
    if (staffName.isEmpty()) {
        reportError(tr("Could not complete the adoption"), tr("Type your full name: it signs the contract."));
        return;
    }
    const QString name = QString::fromStdString(a->applicantName);
    m_staffSignatures.insert(id, {staffName, signature});
    auto done = m_service.completeAdoption(id);
    if (!done) {
        reportError(tr("Could not complete the adoption"), describe(done.error()));
        return;
    }
    selectApplication(id);
    Q_EMIT message(tr("%1 adopted. Save the contract to print and sign it.").arg(name));
    saveContract();
}

QString ApplicationsPage::saveContract()
{
    const QString id = currentApplicationId();
    auto a = m_service.application(id);
    if (!a) {
        reportError(tr("Could not make the contract"), describe(a.error()));
        return {};
    }
    QString lastPath;
    for (const std::string& petId : a->petIds) {
        const QString pet = QString::fromStdString(petId);
        auto profile = m_service.profile(pet);
        if (!profile || !*profile || (*profile)->status != AdoptionStatus::Adopted) {
            continue; // only the animals this adoption took home
        }
        auto data = loadContractData(m_service, id, pet, m_staffName->text());
        if (!data) {
            reportError(tr("Could not make the contract"), describe(data.error()));
            return {};
        }
        // The drawing only with the name of who drew it: another staff member saving it again signs
        // with their typed name.
        if (const auto drawn = m_staffSignatures.value(id); drawn.first == data->staffName) {
            data->staffSignature = drawn.second;
        }
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                  QLatin1Char('/') +
                                  safeFileName(tr("Adoption contract %1").arg(QString::fromStdString(data->pet.name))) +
                                  QStringLiteral(".pdf");
        QString path = m_prompts.saveFile(this, tr("Save Adoption Contract"), suggested, tr("PDF files (*.pdf)"));
        if (path.isEmpty()) {
            return lastPath;
        }
        path = withPdfSuffix(path);
        if (auto written = report::writeAdoptionContractPdf(*data, path); !written) {
            reportError(tr("Could not save the contract"), report::describe(written.error()));
            return lastPath;
        }
        lastPath = path;
        Q_EMIT message(tr("Contract saved to %1").arg(path));
    }
    return lastPath;
}

void ApplicationsPage::reportError(const QString& title, const QString& text)
{
    m_prompts.error(this, title, text);
}

} // namespace petinfo::client
