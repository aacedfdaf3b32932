// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ImportDialog.h"

#include "gui/Palette.h"
#include "gui/ProgressRunner.h"
#include "gui/Prompts.h"
#include "models/ImportModels.h"
#include "services/PetService.h"
#include "storage/DatabaseFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace petinfo::client {

namespace {

/** A combo box of pet fields in the mapping table's "Imports as" column. */
class FieldDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("fieldComboBox"));
        // As wide as its longest field name: the column grows and the table scrolls sideways.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (int f = 0; f < kImportFieldCount; ++f) {
            combo->addItem(importFieldLabel(static_cast<ImportField>(f)), f);
        }
        auto* self = const_cast<FieldDelegate*>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    return view;
}

} // namespace

ImportDialog::ImportDialog(PetService& service, std::shared_ptr<const DatabaseFile> file, Prompts& prompts,
                           QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_file(std::move(file))
    , m_prompts(prompts)
    , m_mapping(new ImportMappingModel(this))
    , m_data(new CsvPreviewModel(this))
    , m_issues(new ImportIssueModel(this))
    , m_fileLabel(new QLabel(this))
    , m_mappingView(makeTable(this, QStringLiteral("mappingTableView")))
    , m_dataView(makeTable(this, QStringLiteral("previewTableView")))
    , m_check(new QPushButton(tr("&Check rows"), this))
    , m_summary(new QLabel(this))
    , m_issueView(makeTable(this, QStringLiteral("issuesTableView")))
    , m_saveReport(new QPushButton(tr("Save &report…"), this))
    , m_skipInvalid(new QCheckBox(tr("&Skip rows with errors and import the others"), this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import pets from CSV"));
    setSizeGripEnabled(true);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidCheckBox"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_summary->setWordWrap(true);
    m_fileLabel->setWordWrap(true);

    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(ImportMappingModel::ImportsAs, new FieldDelegate(this));
    m_mappingView->verticalHeader()->hide();
    // Long headers and long field names (in Spanish and Portuguese especially) are never cut off:
    // the columns keep their full width and the table scrolls sideways in a narrow pane.
    m_mappingView->horizontalHeader()->setStretchLastSection(false);
    m_mappingView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_mappingView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_dataView->setModel(m_data);
    m_issueView->setModel(m_issues);
    m_issueView->verticalHeader()->hide();

    auto* columns = new QGroupBox(tr("1. Columns: what each column of the file holds"), this);
    auto* columnsLayout = new QVBoxLayout(columns);
    m_columnsSplit = new QSplitter(columns);
    m_columnsSplit->setObjectName(QStringLiteral("columnsSplitter"));
    m_columnsSplit->addWidget(m_mappingView);
    m_columnsSplit->addWidget(m_dataView);
    m_columnsSplit->setStretchFactor(0, 2);
    m_columnsSplit->setStretchFactor(1, 3);
    columnsLayout->addWidget(m_columnsSplit);

    auto* rows = new QGroupBox(tr("2. Rows: problems found before anything is written"), this);
    auto* rowsLayout = new QVBoxLayout(rows);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_summary, 1);
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_saveReport);
    rowsLayout->addLayout(checkRow);
    rowsLayout->addWidget(m_issueView, 1);
    rowsLayout->addWidget(m_skipInvalid);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(columns, 3);
    layout->addWidget(rows, 2);
    layout->addWidget(buttons);

    connect(m_check, &QPushButton::clicked, this, &ImportDialog::checkRows);
    connect(m_saveReport, &QPushButton::clicked, this, &ImportDialog::saveReport);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportDialog::updateState);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_mapping, &ImportMappingModel::mappingChanged, this, &ImportDialog::mappingChanged);

    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 140, fm.height() * 40);
    updateState();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::loadFile(const QString& path)
{
    auto table = ProgressRunner::call<StorageResult<CsvTable>>(
        parentWidget(), tr("Reading %1…").arg(QFileInfo(path).fileName()),
        [&](const ProgressFn&) { return Csv::readFile(path); }, false);
    if (!table) {
        m_prompts.error(parentWidget(), tr("Cannot import this file"),
                        tr("%1 could not be read as CSV: %2")
                            .arg(QDir::toNativeSeparators(path), QString::fromStdString(table.error().detail)));
        return false;
    }
    m_path = path;
    m_table = std::move(*table);
    m_fileLabel->setText(tr("<b>%1</b>: %n data row(s), %2 columns, separated by \"%3\".", nullptr,
                            static_cast<int>(m_table.rows.size()))
                             .arg(QDir::toNativeSeparators(path).toHtmlEscaped())
                             .arg(m_table.headers.size())
                             .arg(m_table.delimiter == QLatin1Char('\t') ? tr("tab") : QString(m_table.delimiter)));
    m_data->setTable(m_table);
    m_mapping->setTable(m_table, CsvImport::guessMapping(m_table.headers));
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        m_mappingView->openPersistentEditor(m_mapping->index(row, ImportMappingModel::ImportsAs));
    }
    m_mappingView->resizeColumnsToContents();
    // Examples are a reminder, not the point: kept short (whole in the tooltip) so that what each
    // column imports as shows without scrolling.
    const int exampleWidth = std::max(m_mappingView->fontMetrics().averageCharWidth() * 16,
                                      m_mappingView->horizontalHeader()->sectionSizeHint(ImportMappingModel::Example));
    m_mappingView->setColumnWidth(ImportMappingModel::Example,
                                  std::min(m_mappingView->columnWidth(ImportMappingModel::Example), exampleWidth));
    // The persistent combo boxes are wider than the text the column measured.
    int comboWidth = 0;
    for (const QComboBox* combo : m_mappingView->findChildren<QComboBox*>(QStringLiteral("fieldComboBox"))) {
        comboWidth = std::max(comboWidth, combo->sizeHint().width());
    }
    m_mappingView->setColumnWidth(ImportMappingModel::ImportsAs,
                                  std::max(m_mappingView->columnWidth(ImportMappingModel::ImportsAs), comboWidth));
    m_dataView->resizeColumnsToContents();
    // The mapping whole where there is room (it is what the user checks), at most two thirds.
    int mappingWidth = 2 * m_mappingView->frameWidth() + m_mappingView->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < ImportMappingModel::ColumnCount; ++column) {
        mappingWidth += m_mappingView->columnWidth(column);
    }
    // Before the dialog is first shown the splitter has no width yet: the dialog's own is used.
    const int room = std::max(m_columnsSplit->width(), width() - 4 * fontMetrics().averageCharWidth()) -
                     m_columnsSplit->handleWidth();
    const int left = std::min(mappingWidth, room * 2 / 3);
    m_columnsSplit->setSizes({left, room - left});
    checkRows();
    return true;
}

void ImportDialog::mappingChanged()
{
    m_data->setMapping(m_mapping->mapping());
    if (m_checked) {
        m_checked = false;
        m_issues->setIssues({});
        m_summary->setText(tr("The columns changed: check the rows again."));
    }
    updateState();
}

void ImportDialog::checkRows()
{
    if (!m_file || m_table.headers.isEmpty()) {
        return;
    }
    const std::shared_ptr<const DatabaseFile> file = m_file;
    const Clock& clock = m_service.clock();
    const std::vector<ImportField> mapping = m_mapping->mapping();
    auto preview = ProgressRunner::call<StorageResult<ImportPreview>>(
        this, tr("Checking %n row(s)…", nullptr, static_cast<int>(m_table.rows.size())),
        [&](const ProgressFn&) -> StorageResult<ImportPreview> {
            // Duplicate-microchip checks read the database through the worker's own connection.
            auto connection = file->connect();
            if (!connection) {
                return fail(connection.error());
            }
            PetService worker(std::move(*connection), clock);
            return CsvImport::preview(m_table, mapping, worker);
        },
        false);
    if (!preview) {
        m_prompts.error(this, tr("Cannot check the file"), describe(preview.error(), file->path()));
        return;
    }
    m_preview = std::move(*preview);
    m_checked = true;
    m_issues->setIssues(m_preview.issues);
    m_issueView->resizeColumnsToContents();
    const int warnings =
        static_cast<int>(std::count_if(m_preview.issues.begin(), m_preview.issues.end(),
                                       [](const ImportIssue& i) { return i.issue.severity == Severity::Warning; }));
    QString text = tr("%n row(s) checked: ", nullptr, m_preview.totalRows) +
                   tr("%n can be imported", nullptr, m_preview.validRows());
    if (const int merged = m_preview.mergedRows(); merged > 0) {
        text += tr(", %n add a vaccine to an animal listed above", nullptr, merged);
    }
    if (m_preview.rejectedRows() > 0) {
        text += tr(", %n have errors and would be skipped", nullptr, m_preview.rejectedRows());
    }
    if (warnings > 0) {
        text += tr(", %n warning(s)", nullptr, warnings);
    }
    m_summary->setText(text + QLatin1Char('.'));
    updateState();
}

bool ImportDialog::import()
{
    if (!m_checked || m_preview.validRows() == 0) {
        return false;
    }
    const std::shared_ptr<const DatabaseFile> file = m_file;
    const Clock& clock = m_service.clock();
    auto written =
        ProgressRunner::call<StorageResult<qint64>>(this, tr("Importing %n pet(s)…", nullptr, m_preview.validRows()),
                                                    [&](const ProgressFn& progress) -> StorageResult<qint64> {
                                                        auto connection = file->connect();
                                                        if (!connection) {
                                                            return fail(connection.error());
                                                        }
                                                        PetService worker(std::move(*connection), clock);
                                                        return CsvImport::commit(worker, m_preview, progress);
                                                    });
    if (!written) {
        if (written.error().code == StorageErrc::Cancelled) {
            m_summary->setText(tr("Import cancelled; nothing was changed."));
        } else {
            m_prompts.error(this, tr("Import failed"), describe(written.error(), file->path()));
        }
        return false;
    }
    // The rows were written through another connection: every view reloads.
    m_service.announceReset();
    Q_EMIT imported(m_preview.validRows());
    accept();
    return true;
}

void ImportDialog::saveReport()
{
    const QString suggested = QFileInfo(m_path).absolutePath() + QLatin1Char('/') +
                              QFileInfo(m_path).completeBaseName() + tr("-problems") + QStringLiteral(".csv");
    const QString target = m_prompts.saveFile(this, tr("Save the problem report"), suggested, tr("CSV files (*.csv)"));
    if (target.isEmpty()) {
        return;
    }
    QSaveFile out(target);
    const QByteArray bytes = CsvImport::issuesAsCsv(m_preview);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_prompts.error(this, tr("Could not save the report"), tr("%1: %2").arg(target, out.errorString()));
    }
}

void ImportDialog::updateState()
{
    const bool errors = m_checked && m_preview.rejectedRows() > 0;
    m_skipInvalid->setVisible(errors);
    m_saveReport->setEnabled(m_checked && !m_preview.issues.empty());
    const bool ready = m_checked && m_preview.validRows() > 0 && (!errors || m_skipInvalid->isChecked());
    m_import->setEnabled(ready);
    m_import->setText(m_checked && m_preview.validRows() > 0 ? tr("&Import %n pet(s)", nullptr, m_preview.validRows())
                                                             : tr("&Import"));
}

} // namespace petinfo::client
