// The import wizard's pages: choosing, checking (a dry run) and importing.
// Their layouts are forms in ui/.
#include "app/import/ImportWizardPages.h"

#include "ui_ImportCheckPage.h"
#include "ui_ImportFilePage.h"
#include "ui_ImportResultPage.h"

#include "app/common/DateField.h"
#include "app/common/QtDate.h"
#include "app/common/TableViews.h"
#include "app/import/ImportWizard.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/ImportListsCsv.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>

namespace duedesk::app {
namespace {

const QString kAuto = QStringLiteral("auto");
const QString kMappingFile = QStringLiteral("\x01mapping");

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString fileName(const std::string& path) { return QFileInfo(qs(path)).fileName(); }

// "sap-fbl5n.csv (SAP FBL5N, recognised from the header on line 4)"
QString describeSource(const ImportRequest& request, const ImportReport& report) {
    QString profile = qs(report.profileName);
    if (report.recognisedOnLine)
        profile =
            ImportWizard::tr("%1, recognised from the header on line %2").arg(profile).arg(*report.recognisedOnLine);
    return ImportWizard::tr("%1 (%2)").arg(fileName(request.filePath), profile);
}

} // namespace

// ---- Choosing the file -------------------------------------------------

ImportFilePage::ImportFilePage(AppSession& session, QWidget* parent)
    : QWizardPage(parent), ui_(std::make_unique<Ui::ImportFilePage>()), session_(session) {
    ui_->setupUi(this);
    QComboBox* profile = ui_->importProfile;
    profile->addItem(tr("Recognise from the header"), kAuto);
    profile->addItem(tr("Generic CSV"), QStringLiteral("generic"));
    profile->addItem(tr("SAP FBL5N"), QStringLiteral("sap-fbl5n"));
    profile->addItem(tr("NetSuite"), QStringLiteral("netsuite"));
    profile->addItem(tr("Oracle Receivables"), QStringLiteral("oracle-ar"));
    profile->addItem(tr("A mapping file of my own…"), kMappingFile);
    DateField::attach(*ui_->importEffectiveOn, tr("effective date"), importDates(session_.actor().on),
                      ui_->importEffectiveOnError);
    ui_->importEffectiveOn->setDate(toQDate(session_.asOf()));
    connect(DateField::of(*ui_->importEffectiveOn), &DateField::problemChanged, this, &QWizardPage::completeChanged);
    // Offered to those the access policy lets create analysts; for others
    // it stays visible, so they know the option exists and whom to ask.
    if (!allows(session_.actor(), Permission::CreateAnalysts)) {
        ui_->importCreateAnalysts->setEnabled(false);
        ui_->importCreateAnalysts->setToolTip(
            tr("Only a team leader or an administrator may create analysts from an import."));
    }

    // The mapping file's row shows only when that is the profile chosen.
    const auto showMapping = [this] {
        ui_->form->setRowVisible(ui_->mappingRow, ui_->importProfile->currentData() == kMappingFile);
        emit completeChanged();
    };
    showMapping();

    connect(ui_->browseFile, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(ui_->browseMappingFile, &QPushButton::clicked, this, &ImportFilePage::browseMapping);
    connect(ui_->importFile, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(ui_->importMappingFile, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(profile, &QComboBox::currentIndexChanged, this, showMapping);
}

ImportFilePage::~ImportFilePage() = default;

void ImportFilePage::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Export file"), ui_->importFile->text(),
                                                      tr("ERP exports (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty()) ui_->importFile->setText(path);
}

void ImportFilePage::browseMapping() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Mapping file"), ui_->importMappingFile->text(),
                                                      tr("Mapping files (*.toml)"));
    if (!path.isEmpty()) ui_->importMappingFile->setText(path);
}

bool ImportFilePage::isComplete() const {
    if (!QFileInfo(ui_->importFile->text()).isFile()) return false;
    if (!DateField::of(*ui_->importEffectiveOn)->problem().isEmpty()) return false;
    return ui_->importProfile->currentData() != kMappingFile || QFileInfo(ui_->importMappingFile->text()).isFile();
}

bool ImportFilePage::validatePage() { return DateField::of(*ui_->importEffectiveOn)->commit(); }

ImportRequest ImportFilePage::request(bool dryRun) const {
    ImportRequest r(session_.connector(), session_.actor());
    r.filePath = ui_->importFile->text().toStdString();
    const QVariant profile = ui_->importProfile->currentData();
    r.profile = (profile == kMappingFile ? ui_->importMappingFile->text() : profile.toString()).toStdString();
    r.options.effectiveOn = fromQDate(ui_->importEffectiveOn->date());
    r.options.snapshot = ui_->importSnapshot->isChecked();
    r.options.dryRun = dryRun;
    r.options.createAnalysts = ui_->importCreateAnalysts->isChecked();
    // The wizard lists problems, or what the import would change, in a
    // table the user can scroll; beyond this they are counted.
    r.options.problemLimit = 10000;
    r.options.changeLimit = 10000;
    return r;
}

// ---- Checking: a dry run -------------------------------------------------

ImportCheckPage::ImportCheckPage(ImportWizard& wizard, ImportFilePage& filePage)
    : QWizardPage(&wizard), ui_(std::make_unique<Ui::ImportCheckPage>()), wizard_(wizard), filePage_(filePage) {
    ui_->setupUi(this);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    QTableView* problems = ui_->importProblems;
    showSortable(*problems, problems_);
    setCompactRows(*problems);
    problems->horizontalHeader()->setSectionResizeMode(static_cast<int>(ImportProblemColumn::Problem),
                                                       QHeaderView::Stretch);
    QTableView* changes = ui_->importChanges;
    showSortable(*changes, changes_);
    setCompactRows(*changes);
    changes->horizontalHeader()->setStretchLastSection(true);
    connect(ui_->importCopyList, &QPushButton::clicked, this, &ImportCheckPage::copyList);
    connect(ui_->importSaveList, &QPushButton::clicked, this, [this] {
        const QString suggested =
            listShown_ == ListShown::Problems ? tr("import-problems.csv") : tr("import-changes.csv");
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the list"), suggested, tr("CSV files (*.csv)"));
        if (path.isEmpty()) return;
        if (const auto error = saveList(path)) QMessageBox::warning(this, tr("Save the list"), *error);
    });
    showList(ListShown::None);
}

void ImportCheckPage::showList(ListShown list) {
    listShown_ = list;
    ui_->importProblems->setVisible(list == ListShown::Problems);
    ui_->importChanges->setVisible(list == ListShown::Changes);
    ui_->importCopyList->setVisible(list != ListShown::None);
    ui_->importSaveList->setVisible(list != ListShown::None);
}

std::string ImportCheckPage::listCsv(char separator) const {
    if (listShown_ == ListShown::Problems) return importProblemsCsv(problems_.rows(), separator);
    if (listShown_ == ListShown::Changes) return documentChangesCsv(changes_.rows(), separator);
    return {};
}

std::optional<QString> ImportCheckPage::saveList(const QString& path) const {
    const std::string csv = listCsv(',');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.data(), static_cast<qint64>(csv.size())) < 0 ||
        !file.commit())
        return tr("Could not save %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

void ImportCheckPage::copyList() const { QGuiApplication::clipboard()->setText(qs(listCsv('\t'))); }

ImportCheckPage::~ImportCheckPage() = default;

void ImportCheckPage::initializePage() {
    importable_ = false;
    problems_.setRows({});
    changes_.setRows({});
    showList(ListShown::None);
    ui_->importCheckProgress->setValue(0);
    ui_->importCheckProgress->show();
    ui_->importSummary->setText(tr("Checking %1…").arg(qs(filePage_.request(true).filePath)));
    delete job_;
    job_ = new ImportJob(filePage_.request(true), this);
    connect(job_, &ImportJob::progressed, ui_->importCheckProgress, &QProgressBar::setValue);
    connect(job_, &ImportJob::finished, this, &ImportCheckPage::showOutcome);
    job_->start();
    emit completeChanged();
}

void ImportCheckPage::cleanupPage() {
    // Back while checking: stop the dry run.
    delete job_;
    job_ = nullptr;
}

bool ImportCheckPage::isComplete() const { return importable_; }

void ImportCheckPage::showOutcome() {
    ui_->importCheckProgress->hide();
    const ImportRequest request = filePage_.request(true);
    if (const auto* error = std::get_if<std::string>(&job_->outcome())) {
        ui_->importSummary->setText(tr("The file cannot be imported: %1").arg(qs(*error)));
    } else {
        const ImportReport& report = std::get<ImportReport>(job_->outcome());
        const ImportResult& r = report.result;
        if (r.outcome == ImportOutcome::Rejected) {
            const std::size_t total = r.problems.total();
            QString text = (total == 1 ? tr("1 problem in %2. Nothing can be imported until the file is fixed.")
                                       : tr("%1 problems in %2. Nothing can be imported until the file is fixed."))
                               .arg(total)
                               .arg(describeSource(request, report));
            if (r.problems.kept().size() < total)
                text += QLatin1Char(' ') + tr("The first %1 are listed.").arg(r.problems.kept().size());
            ui_->importSummary->setText(text);
            problems_.setRows(r.problems.kept());
            ui_->importProblems->resizeColumnToContents(static_cast<int>(ImportProblemColumn::Line));
            ui_->importProblems->resizeColumnToContents(static_cast<int>(ImportProblemColumn::Column));
            showList(ListShown::Problems);
        } else if (r.outcome == ImportOutcome::Cancelled) {
            ui_->importSummary->setText(tr("The check was stopped."));
        } else {
            importable_ = r.counts.changedAnything();
            QString text = importable_ ? tr("%1 is ready to import: %2.")
                                             .arg(describeSource(request, report), qs(describeImportCounts(r.counts)))
                                       : tr("Nothing in %1 differs from the ledger: %2.")
                                             .arg(describeSource(request, report), qs(describeImportCounts(r.counts)));
            const std::size_t total = r.changes.total();
            if (total > 0) {
                text +=
                    QLatin1Char(' ') + (total == 1 ? tr("The document it changes is listed below.")
                                                   : tr("The %1 documents it changes are listed below.").arg(total));
                if (r.changes.kept().size() < total)
                    text += QLatin1Char(' ') + tr("The first %1 are listed.").arg(r.changes.kept().size());
                changes_.setRows(r.changes.kept());
                ui_->importChanges->resizeColumnsToContents();
                showList(ListShown::Changes);
            }
            ui_->importSummary->setText(text);
        }
    }
    emit completeChanged();
    emit wizard_.checked();
}

// ---- Importing -------------------------------------------------------------

ImportResultPage::ImportResultPage(ImportWizard& wizard, ImportFilePage& filePage)
    : QWizardPage(&wizard), ui_(std::make_unique<Ui::ImportResultPage>()), wizard_(wizard), filePage_(filePage) {
    ui_->setupUi(this);
}

ImportResultPage::~ImportResultPage() = default;

void ImportResultPage::initializePage() {
    ui_->importResult->setText(tr("Importing…"));
    job_ = new ImportJob(filePage_.request(false), this);
    auto* progress = new QProgressDialog(QString(), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("importProgress"));
    // The file's name is shown as it is: an "&" or "<" in it is text.
    auto* progressLabel = new QLabel(progress);
    progressLabel->setTextFormat(Qt::PlainText);
    progress->setLabel(progressLabel);
    progress->setLabelText(tr("Importing %1…").arg(fileName(filePage_.request(false).filePath)));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    progress->show();
    connect(job_, &ImportJob::progressed, progress, [progress](int permille, qint64 rows) {
        progress->setValue(permille);
        progress->setLabelText(tr("Importing: %L1 rows read…").arg(rows));
    });
    connect(progress, &QProgressDialog::canceled, job_, &ImportJob::cancel);
    connect(job_, &ImportJob::finished, this, [this, progress] {
        progress->deleteLater();
        showOutcome();
    });
    job_->start();
}

bool ImportResultPage::isComplete() const { return job_ && !job_->running(); }

void ImportResultPage::showOutcome() {
    const ImportRequest request = filePage_.request(false);
    bool changed = false;
    if (const auto* error = std::get_if<std::string>(&job_->outcome())) {
        ui_->importResult->setText(
            tr("The import failed: %1\n\nNothing was written; the ledger is as it was.").arg(qs(*error)));
    } else {
        const ImportReport& report = std::get<ImportReport>(job_->outcome());
        const ImportResult& r = report.result;
        switch (r.outcome) {
        case ImportOutcome::Imported: {
            changed = true;
            QString text =
                tr("Imported %1: %2.").arg(describeSource(request, report), qs(describeImportCounts(r.counts)));
            // Credit notes that settled approved credit memo requests, or did not.
            for (const CreditNoteArrival& a : r.creditNotes)
                text += QLatin1Char('\n') + qs(describeCreditNoteArrival(a));
            ui_->importResult->setText(text);
            break;
        }
        case ImportOutcome::Unchanged:
        case ImportOutcome::DryRun:
            ui_->importResult->setText(
                tr("Nothing in %1 differs from the ledger; nothing was written.").arg(fileName(request.filePath)));
            break;
        case ImportOutcome::Cancelled:
            ui_->importResult->setText(tr("Import cancelled. Nothing was written; the ledger is as it was."));
            break;
        case ImportOutcome::Rejected:
            ui_->importResult->setText(
                tr("The file changed since it was checked and now has problems. Nothing was written; "
                   "the ledger is as it was. Run the import again to see them."));
            break;
        }
    }
    emit completeChanged();
    emit wizard_.importEnded(changed);
}

} // namespace duedesk::app
