// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/PdfPreview.h"
#include "petinfo/report/TagSheet.h"
#include "sync/SyncApi.h"

#include <QDialog>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

template <typename T>
class QFutureWatcher;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPrinter;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace petinfo::client {

class AdoptionService;
class PetService;
class Prompts;

/** Prints QR pet-ID tags: for the selected pets, or new blank tags to claim later. The user picks
 *  a layout (round 25/30 mm, collar, kennel card, Avery L7160 / 5160, Dymo 89x36), the printer
 *  offset and the public page address; a live preview renders on a worker thread. Blank tags get
 *  their ids from PetService (stored and synced, like `petinfo-cli tags --blank`) only when the tags
 *  are saved or printed; until then the preview shows stand-in ids. Layout, offset and address are
 *  remembered (QSettings). Kennel cards of animals up for adoption (their adoption profile says
 *  adoptable) link to the animal's public adoption page instead of the tag's, unless unticked. */
class TagPrintDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        Pets,  ///< one tag per selected pet, with its name
        Blank, ///< new blank tags
    };

    /** `petIds` are the pets selected in the list; with none, only blank tags can be chosen.
     *  `adoption` (may be null) tells which of them are up for adoption. */
    TagPrintDialog(PetService& service, AdoptionService* adoption, Prompts& prompts, const QStringList& petIds,
                   QWidget* parent = nullptr);
    ~TagPrintDialog() override;

    Source source() const;
    void setSource(Source source);
    void setBlankCount(int count);
    void setLayoutId(const QString& id);
    void setBaseUrl(const QString& url);
    /** Kennel cards of adoptable animals open their adoption page (on by default). */
    void setAdoptionPageCodes(bool on);
    /** The selected pets that are up for adoption. */
    const QSet<QString>& adoptablePets() const { return m_adoptablePets; }

    /** What would be printed now (blank tags with stand-in ids until they are created). */
    report::TagSheetJob job() const;
    /** Blank tags stored in the database by this dialog so far. */
    const QStringList& createdBlankTags() const { return m_createdIds; }

    PdfPreview* preview() const { return m_preview; }
    QPdfDocument* document() const { return m_preview->document(); }
    /** A preview is waiting to be rendered or rendering. */
    bool isBusy() const;

    /** Asks where (Prompts::saveFile) and writes the tags as PDF; false if cancelled or it failed. */
    bool saveAs();
    bool saveTo(const QString& path);
    /** Asks for a printer (QPrintDialog), then printTo(). */
    void print();
    /** Paints the tags onto `printer`, full page, calibration included. */
    bool printTo(QPrinter& printer);

    /** How the public address is checked before output: empty when a web server answers there,
     *  else why not. SyncApi::probe by default (a real request); tests that print to an address
     *  on the internet, which they cannot reach, give their own. */
    using AddressCheck = std::function<QString(const QString& baseUrl)>;
    void setAddressCheck(AddressCheck check) { m_checkAddress = std::move(check); }

public Q_SLOTS:
    /** Close and Escape; ignored while saving or printing. */
    void reject() override;

Q_SIGNALS:
    /** A preview rendering finished and is shown (ok), or could not be made (the reason is shown). */
    void previewReady(bool ok);

private:
    void loadPets(const QStringList& petIds, AdoptionService* adoption);
    void restoreSettings();
    void saveSettings() const;
    void settingsChanged();
    void renderPreview();
    void rendered();
    void updateState();
    /** The job for output: checks the address and stores the blank tags it needs. */
    std::optional<report::TagSheetJob> outputJob();
    std::vector<report::TagItem> blankItems() const;
    report::TagLayout currentLayout() const;

    PetService& m_service;
    Prompts& m_prompts;
    AddressCheck m_checkAddress = [](const QString& baseUrl) {
        return SyncApi::probe(baseUrl);
    };
    std::vector<report::TagItem> m_petItems;
    int m_petsWithoutTag = 0;
    QSet<QString> m_adoptablePets;
    std::vector<report::TagItem> m_standInBlanks; ///< preview ids, never stored
    QStringList m_createdIds;

    QRadioButton* m_petsRadio;
    QRadioButton* m_blankRadio;
    QSpinBox* m_blankCount;
    QComboBox* m_layout;
    QSpinBox* m_skip;
    QCheckBox* m_adoptionCodes;
    QDoubleSpinBox* m_offsetX;
    QDoubleSpinBox* m_offsetY;
    QLineEdit* m_baseUrl;
    QLabel* m_baseUrlError;
    QLabel* m_summary;
    PdfPreview* m_preview;
    QPushButton* m_saveButton;
    QPushButton* m_printButton;
    QTimer* m_debounce;
    QFutureWatcher<RenderedPdf>* m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_renderAgain = false;
    bool m_working = false; ///< saving or printing: the dialog must not close under the progress dialog
};

} // namespace petinfo::client
