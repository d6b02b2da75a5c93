// The Write-offs page's behaviour; its layout is ui/WriteOffsView.ui.
#include "app/writeoff/WriteOffsView.h"

#include "ui_WriteOffsView.h"

#include "app/common/ChangeRefusal.h"
#include "app/common/MoneyText.h"
#include "app/common/TableViews.h"
#include "app/writeoff/WriteOffDecisionDialog.h"
#include "app/writeoff/WriteOffPostDialog.h"

#include "duedesk/reports/AgingXlsx.h"
#include "duedesk/reports/WriteOffJournal.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/WriteOffService.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>
#include <fstream>

namespace duedesk::app {
namespace {
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

std::optional<WriteOffState> stateShown(WriteOffsView::Show which) {
    switch (which) {
    case WriteOffsView::Show::Requested: return WriteOffState::Requested;
    case WriteOffsView::Show::Approved: return WriteOffState::Approved;
    case WriteOffsView::Show::Rejected: return WriteOffState::Rejected;
    case WriteOffsView::Show::Posted: return WriteOffState::Posted;
    case WriteOffsView::Show::All: break;
    }
    return std::nullopt;
}

// What exporting ended with: how many lines, or why not.
struct Exported {
    std::size_t lines = 0;
    std::optional<std::string> problem;
};
} // namespace

WriteOffsView::WriteOffsView(AppSession& session, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::WriteOffsView>()), session_(session) {
    ui_->setupUi(this);
    QFont big = ui_->writeOffsTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    ui_->writeOffsTitle->setFont(big);
    ui_->writeOffsShow->addItem(tr("Awaiting approval"), static_cast<int>(Show::Requested));
    ui_->writeOffsShow->addItem(tr("Approved, to post"), static_cast<int>(Show::Approved));
    ui_->writeOffsShow->addItem(tr("Rejected"), static_cast<int>(Show::Rejected));
    ui_->writeOffsShow->addItem(tr("Posted"), static_cast<int>(Show::Posted));
    ui_->writeOffsShow->addItem(tr("All"), static_cast<int>(Show::All));
    setCompactRows(*ui_->writeOffsTable);
    showSortable(*ui_->writeOffsTable, model_);
    ui_->writeOffsTable->horizontalHeader()->setStretchLastSection(true);

    // Each sees the actions their role has; the core checks them again.
    const Actor actor = session_.actor();
    const bool approves = allows(actor, Permission::ApproveWriteOffs);
    const bool posts = allows(actor, Permission::PostWriteOffs);
    ui_->writeOffsApprove->setVisible(approves);
    ui_->writeOffsReject->setVisible(approves);
    ui_->writeOffsLimit->setVisible(approves);
    ui_->writeOffsExport->setVisible(posts);
    ui_->writeOffsMarkPosted->setVisible(posts);
    ui_->writeOffsTable->setColumnHidden(static_cast<int>(WriteOffColumn::ForYou), !approves);

    connect(ui_->writeOffsShow, &QComboBox::currentIndexChanged, this, &WriteOffsView::showRows);
    connect(ui_->writeOffsTable, &QTableView::activated, this, &WriteOffsView::openSelected);
    connect(ui_->writeOffsOpenAccount, &QPushButton::clicked, this, &WriteOffsView::openSelected);
    connect(ui_->writeOffsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WriteOffsView::updateButtons);
    connect(ui_->writeOffsApprove, &QPushButton::clicked, this, &WriteOffsView::approveSelected);
    connect(ui_->writeOffsReject, &QPushButton::clicked, this, &WriteOffsView::rejectSelected);
    connect(ui_->writeOffsMarkPosted, &QPushButton::clicked, this, &WriteOffsView::markPosted);
    connect(ui_->writeOffsExport, &QPushButton::clicked, this, [this] {
        const QString csv = tr("CSV files (*.csv)");
        const QString xlsx = tr("Excel workbooks (*.xlsx)");
        QString chosen;
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the write-off journal"),
                                         QStringLiteral("write-off-journal-%1.csv").arg(q(session_.actor().on.toIso())),
                                         csv + QStringLiteral(";;") + xlsx, &chosen);
        if (path.isEmpty()) return;
        // The file's extension decides; without one, the type chosen.
        const bool workbook = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ||
                              (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) && chosen == xlsx);
        exportJournal(path, workbook ? ExportFormat::Xlsx : ExportFormat::Csv);
    });
    updateButtons();
    reload();
}

WriteOffsView::~WriteOffsView() = default;

QTableView& WriteOffsView::table() { return *ui_->writeOffsTable; }

void WriteOffsView::show(Show which) {
    ui_->writeOffsShow->setCurrentIndex(ui_->writeOffsShow->findData(static_cast<int>(which)));
}

void WriteOffsView::select(WriteOffId id) {
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(ui_->writeOffsTable->model());
    for (int row = 0; row < model_.rowCount(); ++row)
        if (model_.rowAt(row).writeOff.id == id)
            ui_->writeOffsTable->selectRow(proxy->mapFromSource(model_.index(row, 0)).row());
}

std::optional<WriteOffListingRow> WriteOffsView::selected() const {
    const auto rows = ui_->writeOffsTable->selectionModel()->selectedRows();
    if (rows.size() != 1) return std::nullopt;
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(ui_->writeOffsTable->model());
    return model_.rowAt(proxy->mapToSource(rows.first()).row());
}

void WriteOffsView::updateButtons() {
    const auto row = selected();
    const bool requested = row && row->writeOff.state == WriteOffState::Requested;
    const auto& problem = row ? row->approvalProblem : std::nullopt;
    const QString pick = tr("Select a write-off awaiting approval");
    // Say why not, in the core's words: the core would refuse the same.
    ui_->writeOffsApprove->setEnabled(requested && !problem);
    ui_->writeOffsApprove->setToolTip(!requested ? pick
                                      : problem  ? q(problem->message)
                                                 : tr("Approve write-off %1").arg(row->writeOff.id));
    // Any approver may reject, whatever the total; never their own.
    const bool own = problem && problem->kind == WriteOffApprovalProblem::Kind::OwnRequest;
    ui_->writeOffsReject->setEnabled(requested && !own);
    ui_->writeOffsReject->setToolTip(!requested ? pick
                                     : own      ? q(problem->message)
                                                : tr("Reject write-off %1, saying why").arg(row->writeOff.id));
    ui_->writeOffsOpenAccount->setEnabled(row.has_value());
    const bool anyApproved = std::ranges::any_of(
        listing_.rows, [](const WriteOffListingRow& r) { return r.writeOff.state == WriteOffState::Approved; });
    ui_->writeOffsExport->setEnabled(anyApproved);
    ui_->writeOffsMarkPosted->setEnabled(anyApproved);
    const QString nothing = tr("No write-off is approved and waiting to be posted");
    ui_->writeOffsExport->setToolTip(anyApproved ? tr("Write the journal of the approved write-offs not yet posted, "
                                                      "for booking in the ERP")
                                                 : nothing);
    ui_->writeOffsMarkPosted->setToolTip(
        anyApproved ? tr("Confirm that the ERP has booked approved write-offs: their open amounts close") : nothing);
}

void WriteOffsView::openSelected() {
    if (const auto row = selected()) emit accountActivated(row->writeOff.accountId);
}

void WriteOffsView::open(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

WriteOffDecisionDialog* WriteOffsView::approveSelected() {
    const auto row = selected();
    if (!row || !ui_->writeOffsApprove->isEnabled() || ui_->writeOffsApprove->isHidden()) return nullptr;
    auto* dialog = new WriteOffDecisionDialog(session_, WriteOffDecisionDialog::Decision::Approve, *row, this);
    open(dialog);
    return dialog;
}

WriteOffDecisionDialog* WriteOffsView::rejectSelected() {
    const auto row = selected();
    if (!row || !ui_->writeOffsReject->isEnabled() || ui_->writeOffsReject->isHidden()) return nullptr;
    auto* dialog = new WriteOffDecisionDialog(session_, WriteOffDecisionDialog::Decision::Reject, *row, this);
    open(dialog);
    return dialog;
}

WriteOffPostDialog* WriteOffsView::markPosted() {
    if (!allows(session_.actor(), Permission::PostWriteOffs)) return nullptr;
    std::vector<WriteOffListingRow> approved;
    for (const WriteOffListingRow& r : listing_.rows)
        if (r.writeOff.state == WriteOffState::Approved) approved.push_back(r);
    if (approved.empty()) return nullptr;
    auto* dialog = new WriteOffPostDialog(session_, std::move(approved), this);
    open(dialog);
    return dialog;
}

void WriteOffsView::exportJournal(const QString& path, ExportFormat format) {
    ui_->writeOffsStatus->setText(tr("Exporting the journal…"));
    runInBackground<Exported>(
        this,
        [connector = session_.connector(), actor = session_.actor(), file = path.toStdString(), format] {
            auto db = connector.connect();
            Exported result;
            std::vector<WriteOffJournalLine> lines;
            result.problem = refusalOf("write-off journal", [&] { lines = WriteOffService(*db).journal(actor); });
            if (result.problem) return result;
            try {
                if (format == ExportFormat::Xlsx) {
                    writeWriteOffJournalXlsx(lines, file);
                } else {
                    std::ofstream out(file, std::ios::binary);
                    out << renderWriteOffJournalCsv(lines);
                    if (!out.flush()) throw ExportError(file + ": the file could not be written");
                }
            } catch (const ExportError& e) {
                result.problem = e.what();
            }
            result.lines = lines.size();
            return result;
        },
        [this, path](Outcome<Exported> outcome) {
            const auto* done = std::get_if<Exported>(&outcome);
            if (!done || done->problem) {
                const std::string problem = done ? *done->problem : std::get<std::string>(outcome);
                ui_->writeOffsStatus->setText(tr("Could not export: %1").arg(QString::fromStdString(problem)));
                emit exported(false);
                return;
            }
            ui_->writeOffsStatus->setText(
                tr("Wrote %n journal line(s) to %1.", nullptr, static_cast<int>(done->lines)).arg(path));
            emit exported(true);
        });
}

void WriteOffsView::showRows() {
    const auto state = stateShown(static_cast<Show>(ui_->writeOffsShow->currentData().toInt()));
    std::vector<WriteOffListingRow> rows;
    for (const WriteOffListingRow& r : listing_.rows)
        if (!state || r.writeOff.state == *state) rows.push_back(r);
    const auto waiting = std::ranges::count_if(
        listing_.rows, [](const WriteOffListingRow& r) { return r.writeOff.state == WriteOffState::Requested; });
    const auto toPost = std::ranges::count_if(
        listing_.rows, [](const WriteOffListingRow& r) { return r.writeOff.state == WriteOffState::Approved; });
    ui_->writeOffsCount->setText(
        tr("%1 shown · %2 awaiting approval · %3 approved, to post").arg(rows.size()).arg(waiting).arg(toPost));
    ui_->writeOffsTable->clearSelection();
    model_.setRows(std::move(rows));
    fitColumns(*ui_->writeOffsTable);
    updateButtons();
}

void WriteOffsView::reload() {
    runLatestInBackground<WriteOffListing>(
        this, loads_,
        [connector = session_.connector(), actor = session_.actor()] {
            auto db = connector.connect();
            return loadWriteOffListing(*db, {}, actor);
        },
        [this](Outcome<WriteOffListing> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->writeOffsCount->setText(
                    tr("The write-offs could not be loaded: %1").arg(QString::fromStdString(*message)));
                return;
            }
            listing_ = std::get<WriteOffListing>(std::move(outcome));
            const auto& limit = listing_.viewerLimit;
            ui_->writeOffsLimit->setText(
                limit && limit->isPositive()
                    ? tr("Your limit: %1 %2")
                          .arg(q(limit->currency().code()), moneyText(limit->minorUnits(), limit->currency()))
                    : tr("You have no write-off limit; an administrator sets one"));
            showRows();
            emit loaded();
        });
}

} // namespace duedesk::app
