// The Escalations page's behaviour; its layout is ui/EscalationsView.ui.
#include "app/escalation/EscalationsView.h"

#include "ui_EscalationsView.h"

#include "app/common/ChangeRefusal.h"
#include "app/common/TableViews.h"

#include "duedesk/domain/EscalationRules.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/EscalationService.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace duedesk::app {
namespace {
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

struct Loaded {
    std::vector<ReferralRow> referrals;
    std::vector<AttentionRow> attention;
};

// The source row selected in `table`, through its sorting proxy.
std::optional<int> selectedSourceRow(const QTableView& table) {
    const auto rows = table.selectionModel()->selectedRows();
    if (rows.size() != 1) return std::nullopt;
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(table.model());
    return proxy->mapToSource(rows.first()).row();
}

bool selectByAccount(QTableView& table, const QString& number) {
    const QAbstractItemModel& m = *table.model();
    for (int row = 0; row < m.rowCount(); ++row)
        if (m.data(m.index(row, 0)).toString() == number) {
            table.selectRow(row);
            return true;
        }
    return false;
}
} // namespace

EscalationsView::EscalationsView(AppSession& session, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::EscalationsView>()), session_(session) {
    ui_->setupUi(this);
    QFont big = ui_->escalationsTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    ui_->escalationsTitle->setFont(big);
    ui_->escalationsShow->addItem(tr("Open referrals and requests"), static_cast<int>(Show::Open));
    ui_->escalationsShow->addItem(tr("All, closed and answered too"), static_cast<int>(Show::All));
    for (const ReferralState s : referralStates())
        if (s != ReferralState::Referred)
            ui_->referralNextState->addItem(referralStateText(s), q(referralStateName(s)));
    referrals_.setDay(session_.asOf());
    attention_.setDay(session_.asOf());
    for (QTableView* table : {ui_->referralsTable, ui_->attentionTable}) {
        setCompactRows(*table);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    showSortable(*ui_->referralsTable, referrals_);
    showSortable(*ui_->attentionTable, attention_);
    // Only those who may act see the actions; the core still checks.
    ui_->referralActions->setVisible(allows(session_.actor(), Permission::UpdateReferrals));
    ui_->attentionActions->setVisible(allows(session_.actor(), Permission::AnswerAttention));
    connect(ui_->escalationsShow, &QComboBox::currentIndexChanged, this, &EscalationsView::reload);
    connect(ui_->referralsTable, &QTableView::activated, this, [this] { openSelected(*ui_->referralsTable); });
    connect(ui_->attentionTable, &QTableView::activated, this, [this] { openSelected(*ui_->attentionTable); });
    connect(ui_->escalationsOpenAccount, &QPushButton::clicked, this,
            [this] { openSelected(ui_->attentionTable->hasFocus() ? *ui_->attentionTable : *ui_->referralsTable); });
    connect(ui_->referralsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EscalationsView::updateActions);
    connect(ui_->attentionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EscalationsView::updateActions);
    connect(ui_->moveReferral, &QPushButton::clicked, this, &EscalationsView::moveSelected);
    connect(ui_->answerAttention, &QPushButton::clicked, this, &EscalationsView::answerSelected);
    // Enter in the answer or the note does what the button beside it does.
    connect(ui_->attentionAnswer, &QLineEdit::returnPressed, ui_->answerAttention, &QPushButton::click);
    connect(ui_->referralNote, &QLineEdit::returnPressed, ui_->moveReferral, &QPushButton::click);
    updateActions();
    reload();
}

EscalationsView::~EscalationsView() = default;

QTableView& EscalationsView::referrals() { return *ui_->referralsTable; }
QTableView& EscalationsView::attention() { return *ui_->attentionTable; }

bool EscalationsView::selectReferral(const QString& number) { return selectByAccount(*ui_->referralsTable, number); }
bool EscalationsView::selectAttention(const QString& number) { return selectByAccount(*ui_->attentionTable, number); }

void EscalationsView::show(Show which) {
    ui_->escalationsShow->setCurrentIndex(ui_->escalationsShow->findData(static_cast<int>(which)));
}

std::optional<ReferralRow> EscalationsView::selectedReferral() const {
    const auto row = selectedSourceRow(*ui_->referralsTable);
    if (!row) return std::nullopt;
    return referrals_.rowAt(*row);
}

std::optional<AttentionRow> EscalationsView::selectedAttention() const {
    const auto row = selectedSourceRow(*ui_->attentionTable);
    if (!row) return std::nullopt;
    return attention_.rowAt(*row);
}

void EscalationsView::openSelected(const QTableView& table) {
    if (&table == ui_->referralsTable) {
        if (const auto r = selectedReferral()) emit accountActivated(r->referral.accountId);
    } else if (const auto a = selectedAttention()) {
        emit accountActivated(a->request.accountId);
    }
}

void EscalationsView::updateActions() {
    const auto referral = selectedReferral();
    ui_->moveReferral->setEnabled(!writing_ && referral && isOpen(referral->referral.state));
    const auto request = selectedAttention();
    ui_->answerAttention->setEnabled(!writing_ && request && !request->request.resolvedOn);
}

void EscalationsView::moveSelected() {
    const auto r = selectedReferral();
    if (!r) return;
    const auto to = referralStateFromName(ui_->referralNextState->currentData().toString().toStdString());
    if (!to) return;
    write("referral", [id = r->referral.id, state = *to, note = ui_->referralNote->text().trimmed().toStdString()](
                          LedgerDatabase& db, const Actor& by) { EscalationService(db).move(id, state, note, by); });
}

void EscalationsView::answerSelected() {
    const auto a = selectedAttention();
    if (!a) return;
    write("attention",
          [id = a->request.id, note = ui_->attentionAnswer->text().trimmed().toStdString()](
              LedgerDatabase& db, const Actor& by) { EscalationService(db).answerAttention(id, note, by); });
}

void EscalationsView::write(const char* what, std::function<void(LedgerDatabase&, const Actor&)> change) {
    writing_ = true;
    updateActions();
    ui_->escalationsError->clear();
    runInBackground<std::optional<std::string>>(
        this,
        [connector = session_.connector(), by = session_.actor(), what,
         change = std::move(change)]() -> std::optional<std::string> {
            auto db = connector.connect(AppSession::kChangeLockWait);
            return refusalOf(what, [&] { change(*db, by); });
        },
        [this](Outcome<std::optional<std::string>> outcome) {
            writing_ = false;
            const auto* failure = std::get_if<std::string>(&outcome);
            const std::optional<std::string> refusal =
                failure ? std::optional<std::string>(*failure) : std::get<std::optional<std::string>>(outcome);
            if (refusal) {
                ui_->escalationsError->setText(q(*refusal));
                updateActions();
                emit changeFinished(false);
                return;
            }
            ui_->referralNote->clear();
            ui_->attentionAnswer->clear();
            emit changeFinished(true);
            reload();
        });
}

void EscalationsView::reload() {
    const auto which = static_cast<Show>(ui_->escalationsShow->currentData().toInt());
    runLatestInBackground<Loaded>(
        this, loads_,
        [connector = session_.connector(), asOf = session_.asOf(), which] {
            auto db = connector.connect();
            EscalationListFilter filter;
            filter.openOnly = which == Show::Open;
            const EscalationListing listing = loadEscalations(*db, filter, asOf);
            return Loaded{referralRows(listing), attentionRows(listing)};
        },
        [this](Outcome<Loaded> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->escalationsCount->setText(
                    tr("The escalations could not be loaded: %1").arg(QString::fromStdString(*message)));
                return;
            }
            Loaded result = std::get<Loaded>(std::move(outcome));
            ui_->escalationsCount->setText(escalationCountsText(result.referrals, result.attention));
            referrals_.setRows(std::move(result.referrals));
            attention_.setRows(std::move(result.attention));
            fitColumns(*ui_->referralsTable);
            fitColumns(*ui_->attentionTable);
            updateActions();
            emit loaded();
        });
}

} // namespace duedesk::app
