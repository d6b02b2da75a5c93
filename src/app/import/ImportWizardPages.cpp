// The import wizard's pages: choosing, checking (a dry run) and importing.
#include "app/import/ImportWizardPages.h"
#include "app/common/QtDate.h"

#include "app/import/ImportWizard.h"

#include "duedesk/importing/ImportProfiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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
        profile = ImportWizard::tr("%1, recognised from the header on line %2").arg(profile).arg(*report.recognisedOnLine);
    return ImportWizard::tr("%1 (%2)").arg(fileName(request.filePath), profile);
}

} // namespace

// ---- Choosing the file -------------------------------------------------

ImportFilePage::ImportFilePage(AppSession& session, QWidget* parent)
    : QWizardPage(parent), session_(session), file_(new QLineEdit(this)), profile_(new QComboBox(this)),
      mappingFile_(new QLineEdit(this)), effectiveOn_(new QDateEdit(this)),
      snapshot_(new QCheckBox(tr("The file lists every open item on this date: close the items it does not list"),
                              this)) {
    setTitle(tr("Choose the export file"));
    setSubTitle(tr("An export of open items from the ERP: SAP FBL5N, NetSuite, Oracle Receivables or CSV."));
    file_->setObjectName(QStringLiteral("importFile"));
    profile_->setObjectName(QStringLiteral("importProfile"));
    mappingFile_->setObjectName(QStringLiteral("importMappingFile"));
    effectiveOn_->setObjectName(QStringLiteral("importEffectiveOn"));
    snapshot_->setObjectName(QStringLiteral("importSnapshot"));

    profile_->addItem(tr("Recognise from the header"), kAuto);
    profile_->addItem(tr("Generic CSV"), QStringLiteral("generic"));
    profile_->addItem(tr("SAP FBL5N"), QStringLiteral("sap-fbl5n"));
    profile_->addItem(tr("NetSuite"), QStringLiteral("netsuite"));
    profile_->addItem(tr("Oracle Receivables"), QStringLiteral("oracle-ar"));
    profile_->addItem(tr("A mapping file of my own…"), kMappingFile);
    effectiveOn_->setCalendarPopup(true);
    effectiveOn_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const Date asOf = session_.asOf();
    effectiveOn_->setDate(toQDate(asOf));

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* browseMapping = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse);
    auto* mappingRow = new QHBoxLayout;
    mappingRow->addWidget(mappingFile_, 1);
    mappingRow->addWidget(browseMapping);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Profile:"), profile_);
    form->addRow(tr("&Mapping file:"), mappingRow);
    form->addRow(tr("Changes take &effect on:"), effectiveOn_);
    form->addRow(QString(), snapshot_);
    const auto showMapping = [this, form] { form->setRowVisible(2, profile_->currentData() == kMappingFile); emit completeChanged(); };
    showMapping();

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(browseMapping, &QPushButton::clicked, this, &ImportFilePage::browseMapping);
    connect(file_, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(mappingFile_, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(profile_, &QComboBox::currentIndexChanged, this, showMapping);
}

void ImportFilePage::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Export file"), file_->text(),
                                                      tr("ERP exports (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty()) file_->setText(path);
}

void ImportFilePage::browseMapping() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Mapping file"), mappingFile_->text(), tr("Mapping files (*.toml)"));
    if (!path.isEmpty()) mappingFile_->setText(path);
}

bool ImportFilePage::isComplete() const {
    if (!QFileInfo(file_->text()).isFile()) return false;
    return profile_->currentData() != kMappingFile || QFileInfo(mappingFile_->text()).isFile();
}

ImportRequest ImportFilePage::request(bool dryRun) const {
    ImportRequest r;
    r.databasePath = session_.databasePath();
    r.filePath = file_->text().toStdString();
    r.profile = (profile_->currentData() == kMappingFile ? mappingFile_->text() : profile_->currentData().toString())
                    .toStdString();
    const QDate d = effectiveOn_->date();
    r.options.effectiveOn = fromQDate(d);
    r.options.snapshot = snapshot_->isChecked();
    r.options.dryRun = dryRun;
    r.options.user = session_.user().id;
    // The wizard lists problems in a table the user can scroll.
    r.options.problemLimit = 10000;
    return r;
}

// ---- Checking: a dry run -------------------------------------------------

ImportCheckPage::ImportCheckPage(ImportWizard& wizard, ImportFilePage& filePage)
    : QWizardPage(&wizard), wizard_(wizard), filePage_(filePage), progress_(new QProgressBar(this)),
      summary_(new QLabel(this)), problems_(new QTableWidget(0, 3, this)) {
    setTitle(tr("Check the file"));
    setSubTitle(tr("Every row is checked against the ledger. Nothing is written until you import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    progress_->setObjectName(QStringLiteral("importCheckProgress"));
    progress_->setRange(0, 1000);
    summary_->setObjectName(QStringLiteral("importSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problems_->setObjectName(QStringLiteral("importProblems"));
    problems_->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    problems_->verticalHeader()->hide();
    problems_->verticalHeader()->setDefaultSectionSize(problems_->fontMetrics().height() + 8);
    problems_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    problems_->setSelectionBehavior(QAbstractItemView::SelectRows);
    problems_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progress_);
    layout->addWidget(summary_);
    layout->addWidget(problems_, 1);
}

void ImportCheckPage::initializePage() {
    importable_ = false;
    problems_->setRowCount(0);
    problems_->hide();
    progress_->setValue(0);
    progress_->show();
    summary_->setText(tr("Checking %1…").arg(qs(filePage_.request(true).filePath)));
    delete job_;
    job_ = new ImportJob(filePage_.request(true), this);
    connect(job_, &ImportJob::progressed, progress_, &QProgressBar::setValue);
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
    progress_->hide();
    const ImportRequest request = filePage_.request(true);
    if (const auto* error = std::get_if<std::string>(&job_->outcome())) {
        summary_->setText(tr("The file cannot be imported: %1").arg(qs(*error)));
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
            summary_->setText(text);
            problems_->setRowCount(static_cast<int>(r.problems.kept().size()));
            int row = 0;
            for (const ImportProblem& p : r.problems.kept()) {
                auto* line = new QTableWidgetItem(QString::number(p.line));
                line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                problems_->setItem(row, 0, line);
                problems_->setItem(row, 1, new QTableWidgetItem(qs(p.column)));
                problems_->setItem(row, 2, new QTableWidgetItem(qs(p.reason)));
                ++row;
            }
            problems_->resizeColumnToContents(0);
            problems_->resizeColumnToContents(1);
            problems_->show();
        } else if (r.outcome == ImportOutcome::Cancelled) {
            summary_->setText(tr("The check was stopped."));
        } else {
            importable_ = r.counts.changedAnything();
            summary_->setText(importable_ ? tr("%1 is ready to import: %2.")
                                                .arg(describeSource(request, report), qs(describeImportCounts(r.counts)))
                                          : tr("Nothing in %1 differs from the ledger: %2.")
                                                .arg(describeSource(request, report), qs(describeImportCounts(r.counts))));
        }
    }
    emit completeChanged();
    emit wizard_.checked();
}

// ---- Importing -------------------------------------------------------------

ImportResultPage::ImportResultPage(ImportWizard& wizard, ImportFilePage& filePage)
    : QWizardPage(&wizard), wizard_(wizard), filePage_(filePage), summary_(new QLabel(this)) {
    setTitle(tr("Import"));
    summary_->setObjectName(QStringLiteral("importResult"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addStretch(1);
}

void ImportResultPage::initializePage() {
    summary_->setText(tr("Importing…"));
    job_ = new ImportJob(filePage_.request(false), this);
    auto* progress = new QProgressDialog(tr("Importing %1…").arg(fileName(filePage_.request(false).filePath)),
                                         tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("importProgress"));
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
        summary_->setText(tr("The import failed: %1\n\nNothing was written; the ledger is as it was.").arg(qs(*error)));
    } else {
        const ImportReport& report = std::get<ImportReport>(job_->outcome());
        const ImportResult& r = report.result;
        switch (r.outcome) {
        case ImportOutcome::Imported:
            changed = true;
            summary_->setText(tr("Imported %1: %2.").arg(describeSource(request, report), qs(describeImportCounts(r.counts))));
            break;
        case ImportOutcome::Unchanged:
        case ImportOutcome::DryRun:
            summary_->setText(tr("Nothing in %1 differs from the ledger; nothing was written.").arg(fileName(request.filePath)));
            break;
        case ImportOutcome::Cancelled:
            summary_->setText(tr("Import cancelled. Nothing was written; the ledger is as it was."));
            break;
        case ImportOutcome::Rejected:
            summary_->setText(tr("The file changed since it was checked and now has problems. Nothing was written; "
                                 "the ledger is as it was. Run the import again to see them."));
            break;
        }
    }
    emit completeChanged();
    emit wizard_.importEnded(changed);
}

} // namespace duedesk::app
