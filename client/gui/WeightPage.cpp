// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/WeightPage.h"

#include "gui/DateEdit.h"
#include "gui/FieldIssueLabel.h"
#include "gui/Prompts.h"
#include "gui/UndoCommands.h"
#include "models/DomainText.h"
#include "models/WeightModel.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/Validation.h"
#include "services/PetService.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QUndoStack>
#include <QValueAxis>

namespace petinfo::client {

WeightPage::WeightPage(PetService& service, Prompts& prompts, QUndoStack& undo, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_undo(undo)
    , m_model(new WeightModel(service, this))
    , m_table(new QTableView(this))
    , m_date(new DateEdit(this))
    , m_kg(new QDoubleSpinBox(this))
    , m_add(new QPushButton(tr("&Add weight"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_issue(new FieldIssueLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_series(new QLineSeries(m_chart))
    , m_points(new QScatterSeries(m_chart))
    , m_xAxis(new QDateTimeAxis(m_chart))
    , m_yAxis(new QValueAxis(m_chart))
    , m_empty(new QLabel(tr("No weighings yet. Add the first one on the left."), this))
{
    m_table->setObjectName(QStringLiteral("weightTableView"));
    m_date->setObjectName(QStringLiteral("weightDateEdit"));
    m_kg->setObjectName(QStringLiteral("weightKgSpinBox"));
    m_add->setObjectName(QStringLiteral("addWeightButton"));
    m_delete->setObjectName(QStringLiteral("deleteWeightButton"));
    m_issue->setObjectName(QStringLiteral("weightIssueLabel"));
    m_issue->setReservesSpace(true);
    m_chartView->setObjectName(QStringLiteral("weightChartView"));
    m_empty->setObjectName(QStringLiteral("weightEmptyLabel"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const QDate today = toQDate(m_service.clock().today());
    m_date->setReferenceDate(today);
    m_date->setDate(today);
    m_date->setAccessibleName(tr("Date weighed"));
    m_kg->setRange(0.0, limits::kMaxWeightKg);
    m_kg->setDecimals(2);
    m_kg->setSingleStep(0.1);
    m_kg->setSuffix(tr(" kg"));
    m_kg->setAccessibleName(tr("Weight in kilograms"));

    m_chart->setTitle(tr("Weight (kg)"));
    m_chart->legend()->hide();
    m_chart->addSeries(m_series);
    m_chart->addSeries(m_points);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(m_series), static_cast<QAbstractSeries*>(m_points)}) {
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
    }
    m_xAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_yAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_points->setMarkerSize(m_chartView->fontMetrics().height() * 0.5);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(m_chartView->fontMetrics().averageCharWidth() * 40);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_date);
    addRow->addWidget(m_kg);
    addRow->addWidget(m_add);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(addRow);
    leftLayout->addWidget(m_issue);
    leftLayout->addWidget(m_delete, 0, Qt::AlignLeft);

    auto* right = new QWidget(this);
    auto* stack = new QStackedLayout(right);
    stack->addWidget(m_chartView);
    stack->addWidget(m_empty);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 420}); // the table shows date, weight and change without scrolling
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &WeightPage::addWeight);
    connect(m_delete, &QPushButton::clicked, this, &WeightPage::deleteSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WeightPage::updateChart);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WeightPage::updateChart);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WeightPage::updateChart);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WeightPage::updateChart);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this, stack] { stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [stack] { stack->setCurrentIndex(0); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this, stack] { stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_delete->setEnabled(m_table->selectionModel()->hasSelection()); });
    m_delete->setEnabled(false);
    stack->setCurrentIndex(1);
    applyPalette();
}

void WeightPage::setPetId(const QString& petId)
{
    m_model->setPetId(petId);
}

void WeightPage::addWeight()
{
    WeightEntry entry;
    entry.id = newUuid(); // chosen here so the check below sees the entry as it will be stored
    entry.petId = m_model->petId().toStdString();
    const QDate date = m_date->date();
    entry.date = date.isValid() ? fromQDate(date) : Date{};
    entry.kg = m_kg->value();
    ValidationReport report = validate(entry, m_service.clock().today());
    if (m_date->input().state == DateInput::State::Invalid) {
        // Typed, but not a date: say so rather than "required".
        std::erase_if(report.issues, [](const ValidationIssue& i) { return i.field == "date"; });
        report.add("date", ValidationCode::DateFormat);
    }
    m_issue->setIssues(report.issues);
    if (report.hasErrors()) {
        return;
    }
    auto added = m_service.addWeight(entry);
    if (!added) {
        m_prompts.error(this, tr("Could not save the weight"), describe(added.error()));
        return;
    }
    m_kg->selectAll();
}

void WeightPage::deleteSelected()
{
    const WeightEntry* entry = m_model->itemFromIndex(m_table->currentIndex().siblingAtColumn(0));
    if (!entry) {
        return;
    }
    const QString what = tr("%1 on %2").arg(weightText(entry->kg), dateText(entry->date));
    m_undo.push(new RemoveWeightCommand(
        m_service, m_model->petId(), QString::fromStdString(entry->id), what,
        [this](const StorageError& e) { m_prompts.error(this, tr("Could not change the weight"), describe(e)); }));
}

void WeightPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

void WeightPage::updateChart()
{
    const std::vector<WeightEntry> entries = m_model->chronological();
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(entries.size()));
    double low = 0;
    double high = 1;
    for (const WeightEntry& e : entries) {
        const double x = static_cast<double>(toQDate(e.date).startOfDay().toMSecsSinceEpoch());
        points.append(QPointF(x, e.kg));
        low = points.size() == 1 ? e.kg : std::min(low, e.kg);
        high = points.size() == 1 ? e.kg : std::max(high, e.kg);
    }
    m_series->replace(points);
    m_points->replace(points);
    if (points.isEmpty()) {
        return;
    }
    // A little room above and below, and at least a few days across, so one point is visible.
    const double margin = std::max((high - low) * 0.15, 0.5);
    m_yAxis->setRange(std::max(0.0, low - margin), high + margin);
    m_yAxis->applyNiceNumbers(); // round tick values (10, 11, 12 kg), not 10.4 and 11.3
    QDateTime first = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(points.front().x()));
    QDateTime last = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(points.back().x()));
    if (first.daysTo(last) < 14) {
        first = first.addDays(-7);
        last = last.addDays(7);
    } else {
        // Room at both ends: a point on the plot's edge is drawn half outside it, cut by the frame.
        const qint64 pad = std::max<qint64>(first.msecsTo(last) / 20, qint64{2} * 24 * 3600 * 1000);
        first = first.addMSecs(-pad);
        last = last.addMSecs(pad);
    }
    m_xAxis->setRange(first, last);
    m_xAxis->setFormat(first.daysTo(last) > 120 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    m_xAxis->setTickCount(std::clamp(static_cast<int>(points.size()) + 1, 3, 7));
}

void WeightPage::applyPalette()
{
    // The chart draws itself; feed it the widget palette so it matches light and dark themes.
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.brush(QPalette::Base));
    m_chart->setTitleBrush(p.brush(QPalette::Text));
    m_chartView->setBackgroundBrush(p.brush(QPalette::Base));
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_xAxis), static_cast<QAbstractAxis*>(m_yAxis)}) {
        axis->setLabelsBrush(p.brush(QPalette::Text));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
        axis->setTitleBrush(p.brush(QPalette::Text));
    }
    QPen pen(p.color(QPalette::Highlight));
    pen.setWidthF(2.0);
    m_series->setPen(pen);
    m_points->setColor(p.color(QPalette::Highlight));
    m_points->setBorderColor(p.color(QPalette::Base));
}

} // namespace petinfo::client
