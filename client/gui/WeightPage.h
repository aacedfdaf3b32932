// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QTableView;
class QUndoStack;
class QValueAxis;

namespace petinfo::client {

class DateEdit;
class FieldIssueLabel;
class PetService;
class Prompts;
class WeightModel;

/** The editor's Weight tab: the history table, a line chart of it, and a row to add a weighing. */
class WeightPage final : public QWidget
{
    Q_OBJECT

public:
    WeightPage(PetService& service, Prompts& prompts, QUndoStack& undo, QWidget* parent = nullptr);

    void setPetId(const QString& petId);
    WeightModel* model() const { return m_model; }
    QChart* chart() const { return m_chart; }

    void addWeight();
    void deleteSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateChart();
    void applyPalette();

    PetService& m_service;
    Prompts& m_prompts;
    QUndoStack& m_undo;
    WeightModel* m_model;
    QTableView* m_table;
    DateEdit* m_date;
    QDoubleSpinBox* m_kg;
    QPushButton* m_add;
    QPushButton* m_delete;
    FieldIssueLabel* m_issue;
    QChart* m_chart;
    QChartView* m_chartView;
    QLineSeries* m_series;
    QScatterSeries* m_points;
    QDateTimeAxis* m_xAxis;
    QValueAxis* m_yAxis;
    QLabel* m_empty;
};

} // namespace petinfo::client
