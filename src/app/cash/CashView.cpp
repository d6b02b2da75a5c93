// The cash view's behaviour: loading proposals, adjusting the selected one,
// and writing an accepted match on the pool. Its layout is ui/CashView.ui.
#include "app/cash/CashView.h"

#include "ui_CashView.h"

#include "app/common/ChangeRefusal.h"
#include "app/common/MoneyText.h"
#include "app/common/TableViews.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/AllocationService.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/services/CashApplication.h"
#include "duedesk/storage/StorageError.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
} // namespace

CashView::CashView(AppSession& session, OpenDocumentsScope scope, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::CashView>()), session_(session), scope_(scope) {
    ui_->setupUi(this);
    setCompactRows(*ui_->cashProposals);
    setCompactRows(*ui_->cashLines);
    proposalsShown_ = showSortable(*ui_->cashProposals, proposals_);
    linesShown_ = showSortable(*ui_->cashLines, lines_);
    ui_->cashError->hide();
    // The proposals get most of the height; the chosen one's invoices are few.
    ui_->cashSplit->setStretchFactor(0, 3);
    ui_->cashSplit->setStretchFactor(1, 1);
    // In an account's window the account is already open.
    ui_->openAccount->setVisible(!scope_.account);

    connect(ui_->cashProposals->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CashView::showSelected);
    connect(ui_->cashLines->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const auto rows = ui_->cashLines->selectionModel()->selectedRows();
        const bool one = rows.size() == 1 && !busy_;
        ui_->dropInvoice->setEnabled(one);
        ui_->setAmount->setEnabled(one);
        ui_->lineAmount->setEnabled(one);
        if (one) {
            const CashMatchLine& line = lines_.rowAt(linesShown_->mapToSource(rows.first()).row());
            ui_->lineAmount->setText(q(line.amount.toDecimalString()));
        } else {
            ui_->lineAmount->clear();
        }
    });
    connect(ui_->setAmount, &QPushButton::clicked, this, &CashView::setAmount);
    connect(ui_->lineAmount, &QLineEdit::returnPressed, this, &CashView::setAmount);
    connect(ui_->dropInvoice, &QPushButton::clicked, this, &CashView::dropInvoice);
    connect(ui_->addInvoice, &QPushButton::clicked, this, &CashView::addInvoice);
    connect(ui_->acceptProposal, &QPushButton::clicked, this, &CashView::accept);
    connect(ui_->rejectProposal, &QPushButton::clicked, this, &CashView::reject);
    const auto openSelectedAccount = [this] {
        if (const CashProposal* p = selected()) emit accountActivated(p->credit.accountId);
    };
    connect(ui_->openAccount, &QPushButton::clicked, this, openSelectedAccount);
    connect(ui_->cashProposals, &QTableView::doubleClicked, this, openSelectedAccount);
    showSelected();
    reload();
}

CashView::~CashView() = default;

QTableView& CashView::proposals() { return *ui_->cashProposals; }
QTableView& CashView::lines() { return *ui_->cashLines; }

void CashView::reload() {
    const LedgerConnector connector = session_.connector();
    const OpenDocumentsScope scope = scope_;
    const Date asOf = session_.asOf();
    runLatestInBackground<CashLoad>(
        this, loads_,
        [connector, scope, asOf] {
            auto db = connector.connect();
            CashApplication cash(*db);
            CashLoad load;
            load.proposals = cash.propose(scope, asOf);
            for (const CashProposal& p : load.proposals) load.candidates[p.credit.id] = cash.openInvoicesFor(p.credit);
            return load;
        },
        [this](Outcome<CashLoad> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->cashSummary->setText(tr("The proposals could not be loaded: %1").arg(q(*message)));
                return;
            }
            CashLoad load = std::get<CashLoad>(std::move(outcome));
            shown_ = std::move(load.proposals);
            candidates_ = std::move(load.candidates);
            ui_->cashProposals->clearSelection();
            proposals_.setRows(shown_);
            const QString advice = tr("Select one to check it, adjust the amounts or invoices, then accept or "
                                      "reject it.");
            ui_->cashSummary->setText(
                shown_.empty() ? tr("No unapplied payment or credit note matches an open invoice.")
                : shown_.size() == 1
                    ? tr("1 proposed match for unapplied cash. %1").arg(advice)
                    : tr("%1 proposed matches for unapplied cash. %2").arg(QString::number(shown_.size()), advice));
            ui_->cashProposals->resizeColumnsToContents();
            showSelected();
            emit loaded();
        });
}

CashProposal* CashView::selected() {
    const auto rows = ui_->cashProposals->selectionModel()->selectedRows();
    if (rows.size() != 1) return nullptr;
    return &shown_.at(static_cast<std::size_t>(proposalsShown_->mapToSource(rows.first()).row()));
}

void CashView::showSelected() {
    const CashProposal* p = selected();
    ui_->cashLines->clearSelection();
    lines_.setRows(p ? p->lines : std::vector<CashMatchLine>{});
    ui_->cashReason->setText(p ? tr("%1, %2 %3 unapplied: %4")
                                     .arg(q(p->credit.number), q(std::string(p->credit.amount.currency().code())),
                                          moneyText(p->credit.openAmount.minorUnits(), p->credit.amount.currency()),
                                          q(p->reason))
                               : tr("Select a proposal to see the invoices it pays."));
    ui_->addInvoiceChoice->clear();
    if (p) {
        const auto found = candidates_.find(p->credit.id);
        if (found != candidates_.end())
            for (const Document& invoice : found->second) {
                const bool listed = std::ranges::any_of(
                    p->lines, [&](const CashMatchLine& line) { return line.invoice.id == invoice.id; });
                if (listed) continue;
                ui_->addInvoiceChoice->addItem(
                    tr("%1  due %2  open %3")
                        .arg(q(invoice.number), q(invoice.dueDate.toIso()),
                             moneyText(invoice.openAmount.minorUnits(), invoice.amount.currency())),
                    QVariant::fromValue<qint64>(invoice.id));
            }
    }
    ui_->cashLines->resizeColumnsToContents();
    setBusy(busy_);
}

void CashView::setBusy(bool busy) {
    busy_ = busy;
    const bool chosen = selected() != nullptr && !busy;
    ui_->acceptProposal->setEnabled(chosen && !selected()->lines.empty());
    ui_->rejectProposal->setEnabled(chosen);
    ui_->openAccount->setEnabled(chosen);
    ui_->addInvoice->setEnabled(chosen && ui_->addInvoiceChoice->count() > 0);
    ui_->addInvoiceChoice->setEnabled(chosen && ui_->addInvoiceChoice->count() > 0);
    const bool line = chosen && ui_->cashLines->selectionModel()->selectedRows().size() == 1;
    ui_->dropInvoice->setEnabled(line);
    ui_->setAmount->setEnabled(line);
    ui_->lineAmount->setEnabled(line);
}

void CashView::showProblem(const QString& text) {
    ui_->cashError->setText(text);
    ui_->cashError->setVisible(!text.isEmpty());
}

void CashView::setAmount() {
    CashProposal* p = selected();
    const auto rows = ui_->cashLines->selectionModel()->selectedRows();
    if (!p || rows.size() != 1 || busy_) return;
    const int row = linesShown_->mapToSource(rows.first()).row();
    CashMatchLine& line = p->lines.at(static_cast<std::size_t>(row));
    std::string reason;
    const auto amount =
        Money::parse(ui_->lineAmount->text().trimmed().toStdString(), line.invoice.amount.currency(), &reason);
    if (!amount) {
        showProblem(tr("The amount is not valid: %1").arg(q(reason)));
        return;
    }
    // Whether it fits is the core's to say when the match is accepted.
    showProblem({});
    line.amount = *amount;
    proposals_.setRows(shown_);
    ui_->cashProposals->selectRow(
        proposalsShown_->mapFromSource(proposals_.index(static_cast<int>(p - shown_.data()), 0)).row());
}

void CashView::dropInvoice() {
    CashProposal* p = selected();
    const auto rows = ui_->cashLines->selectionModel()->selectedRows();
    if (!p || rows.size() != 1 || busy_) return;
    const int row = linesShown_->mapToSource(rows.first()).row();
    p->lines.erase(p->lines.begin() + row);
    const int index = static_cast<int>(p - shown_.data());
    proposals_.setRows(shown_);
    ui_->cashProposals->selectRow(proposalsShown_->mapFromSource(proposals_.index(index, 0)).row());
}

void CashView::addInvoice() {
    CashProposal* p = selected();
    if (!p || busy_ || ui_->addInvoiceChoice->currentIndex() < 0) return;
    const auto id = ui_->addInvoiceChoice->currentData().value<qint64>();
    const auto& candidates = candidates_[p->credit.id];
    const auto invoice = std::ranges::find_if(candidates, [&](const Document& d) { return d.id == id; });
    if (invoice == candidates.end()) return;
    // It takes what is left of the credit, at most its open amount.
    const Money left = std::max(p->credit.openAmount - p->total(), Money::zero(p->credit.amount.currency()));
    p->lines.push_back({*invoice, std::min(left, invoice->openAmount)});
    const int index = static_cast<int>(p - shown_.data());
    proposals_.setRows(shown_);
    ui_->cashProposals->selectRow(proposalsShown_->mapFromSource(proposals_.index(index, 0)).row());
}

void CashView::reject() {
    CashProposal* p = selected();
    if (!p || busy_) return;
    // Rejected for now: the proposal comes back on the next load.
    shown_.erase(shown_.begin() + (p - shown_.data()));
    ui_->cashProposals->clearSelection();
    proposals_.setRows(shown_);
    showSelected();
}

void CashView::accept() {
    const CashProposal* p = selected();
    if (!p || busy_) return;
    showProblem({});
    setBusy(true);
    CashMatch match;
    match.credit = p->credit.id;
    for (const CashMatchLine& line : p->lines) match.invoices.push_back({line.invoice.id, line.amount});
    const Date on = session_.asOf();
    const Actor actor = session_.actor();
    // The core's refusal comes back as the result; anything else (a busy or
    // broken ledger) as the Outcome's text.
    runInBackground<std::optional<std::string>>(
        this,
        [connector = session_.connector(), match, on, actor]() -> std::optional<std::string> {
            auto db = connector.connect(AppSession::kChangeLockWait);
            return refusalOf("cash application", [&] { CashApplication(*db).apply(match, on, actor); });
        },
        [this](Outcome<std::optional<std::string>> outcome) {
            setBusy(false);
            if (auto* failure = std::get_if<std::string>(&outcome)) {
                showProblem(tr("The match could not be applied: %1").arg(q(*failure)));
                emit acceptFinished(false);
                return;
            }
            if (const auto& refusal = std::get<std::optional<std::string>>(outcome)) {
                showProblem(tr("The match was not applied: %1").arg(q(*refusal)));
                emit acceptFinished(false);
                return;
            }
            emit applied();
            emit acceptFinished(true);
            reload();
        });
}

} // namespace duedesk::app
