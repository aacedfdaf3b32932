// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;

namespace petinfo::client {

class MainWindow;
class ReportPreviewDialog;
class TagPrintDialog;

/** The window's printing and scanning commands: a pet's health report (Ctrl+R), QR tags (Ctrl+T),
 *  health reports for many pets in one PDF, and opening a pet from its tag, either from a photo or
 *  scan or live from a camera. A tag that is nobody's yet can be given to the selected pet, as
 *  `petinfo-cli claim-tag` does. Built on the report library; the data comes from the window's
 *  PetService on the GUI thread and is rendered on worker threads. */
class ReportActions final : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(MainWindow& window);
    ~ReportActions() override;

    /** Adds a "Tags & Reports" menu (before Help) and the most used commands to the toolbar. */
    void addTo(QMenuBar* menuBar, QToolBar* toolBar);

    QAction* healthReportAction() const { return m_healthReport; }
    QAction* printTagsAction() const { return m_printTags; }
    QAction* batchReportsAction() const { return m_batchReports; }
    QAction* openQrImageAction() const { return m_openQrImage; }
    QAction* scanCameraAction() const { return m_scanCamera; }

    /** Whether this build can use a camera (Qt Multimedia was found). */
    static bool hasCameraSupport();

public Q_SLOTS:
    /** Opens the report preview for the selected pet (window-modal, non-blocking); null if none.
     *  With several pets selected it saves all their reports in one PDF instead (batchReports())
     *  and returns null. */
    ReportPreviewDialog* showHealthReport();
    ReportPreviewDialog* showHealthReport(const QString& petId);
    /** Opens the tag dialog for the selected pets, or for blank tags when none is selected. */
    TagPrintDialog* printTags();
    /** Asks for a PDF file, then writes the selected pets' reports into it with a progress dialog
     *  that can be cancelled (which leaves no file). */
    bool batchReports();
    bool writeBatchReports(const QStringList& petIds, const QString& path);
    /** Asks for an image, finds the QR tag in it and opens its pet. */
    bool openFromQrImage();
    bool openFromQrImage(const QString& path);
    /** Opens the camera scanner (non-blocking); null if there is no camera. */
    QObject* scanWithCamera();
    /** Opens the pet that has `tagId`, or offers to give an unknown tag to the selected pet. */
    bool openTag(const QString& tagId);
    /** Opens the animal of a scanned adoption kennel card (its code names the animal, not a tag). */
    bool openAdoptionCard(const QString& petId);

Q_SIGNALS:
    /** A batch is about to load report `index` of `count` (GUI thread; lets tests cancel midway). */
    void batchReportStarted(int index, int count);

private:
    void updateActions();
    void updateCameraAction();
    bool openScannedTexts(const QStringList& texts, const QString& source);
    QString petName(const QString& petId) const;

    MainWindow& m_window;
    QAction* m_healthReport;
    QAction* m_printTags;
    QAction* m_batchReports;
    QAction* m_openQrImage;
    QAction* m_scanCamera;
};

} // namespace petinfo::client
