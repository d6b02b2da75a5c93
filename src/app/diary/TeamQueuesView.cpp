// The team overview's behaviour; its layout is ui/TeamQueuesView.ui.
#include "app/diary/TeamQueuesView.h"

#include "ui_TeamQueuesView.h"

#include "app/common/MoneyText.h"
#include "app/common/QtDate.h"
#include "app/common/TableViews.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
} // namespace

TeamQueuesView::TeamQueuesView(AppSession& session, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::TeamQueuesView>()), session_(session) {
    ui_->setupUi(this);
    QFont big = ui_->teamHeader->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    ui_->teamHeader->setFont(big);
    ui_->teamProgress->hide();
    ui_->teamNote->hide();
    QTableView* table = ui_->teamTable;
    setCompactRows(*table);
    shown_ = showSortable(*table, queues_);
    QHeaderView* header = table->horizontalHeader();
    // Each column as wide as its contents, so that an analyst's figures
    // stay close to their name; the counts at least as wide as one another.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("Missed promises")) + 24);
    const auto openDiary = [this] {
        if (const AnalystQueue* queue = selected()) emit diaryRequested(queue->analyst);
    };
    connect(table, &QTableView::activated, this, openDiary);
    connect(ui_->teamOpenDiary, &QPushButton::clicked, this, openDiary);
    connect(ui_->teamReassign, &QPushButton::clicked, this, [this] {
        if (const AnalystQueue* queue = selected()) emit reassignRequested(*queue);
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TeamQueuesView::updateButtons);
    updateButtons();
    reload();
}

TeamQueuesView::~TeamQueuesView() = default;

QTableView& TeamQueuesView::table() { return *ui_->teamTable; }

void TeamQueuesView::reload() {
    // One load at a time: every analyst's worklist is a long read; a
    // change meanwhile asks for one more load when this one ends.
    if (loading_) {
        reloadAgain_ = true;
        return;
    }
    loading_ = true;
    const Date on = session_.asOf();
    const LedgerConnector connector = session_.connector();
    // A handful of users, read quickly, to size the progress bar.
    const int owners = static_cast<int>(queueOwners(session_.database()).size());
    ui_->teamProgress->setRange(0, owners + 1);
    ui_->teamProgress->setValue(0);
    ui_->teamProgress->show();
    ui_->teamStatus->setText(tr("Ranking every analyst's worklist…"));
    runInBackgroundWithProgress<TeamQueues>(
        this, owners + 1,
        [connector, on](const std::function<void(int)>& progress) {
            auto db = connector.connect();
            return loadTeamQueues(*db, on, progress);
        },
        [this](int done) { ui_->teamProgress->setValue(done); },
        [this, on](Outcome<TeamQueues> outcome) {
            loading_ = false;
            ui_->teamProgress->hide();
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->teamStatus->setText(tr("The queues could not be loaded: %1").arg(q(*message)));
            } else {
                TeamQueues team = std::get<TeamQueues>(std::move(outcome));
                ui_->teamHeader->setText(
                    tr("Team queues — %1").arg(QLocale().toString(toQDate(on), QStringLiteral("dddd d MMMM yyyy"))));
                int due = 0, worked = 0;
                QStringList unconverted;
                for (const AnalystQueue& a : team.analysts) {
                    due += a.day.due;
                    worked += a.day.worked;
                    for (const Currency& c : a.overdueWithoutRate.currencies())
                        unconverted << q(a.analyst.name) + QLatin1Char(' ') + q(c.code()) + QLatin1Char(' ') +
                                           moneyText(a.overdueWithoutRate.in(c).minorUnits(), c);
                }
                const int analysts = static_cast<int>(team.analysts.size());
                ui_->teamStatus->setText((analysts == 1 ? tr("1 analyst") : tr("%1 analysts").arg(analysts)) +
                                         tr(" · %1 due · %2 worked today").arg(due).arg(worked));
                ui_->teamNote->setText(
                    tr("* Overdue without a rate to %1 is left out of the total: %2")
                        .arg(q(team.reportingCurrency.code()), unconverted.join(QStringLiteral(" · "))));
                ui_->teamNote->setVisible(!unconverted.isEmpty());
                // The analyst selected stays so (user ids start at 1).
                const UserId current = selected() ? selected()->analyst.id : 0;
                ui_->teamTable->clearSelection();
                queues_.setReportingCurrency(team.reportingCurrency);
                queues_.setRows(std::move(team.analysts));
                for (int row = 0; row < queues_.rowCount(); ++row)
                    if (queues_.rowAt(row).analyst.id == current || (current == 0 && row == 0))
                        ui_->teamTable->selectRow(shown_->mapFromSource(queues_.index(row, 0)).row());
                updateButtons();
                emit loaded();
            }
            if (reloadAgain_) {
                reloadAgain_ = false;
                reload();
            }
        });
}

const AnalystQueue* TeamQueuesView::selected() const {
    const auto rows = ui_->teamTable->selectionModel()->selectedRows();
    if (rows.size() != 1) return nullptr;
    return &queues_.rowAt(shown_->mapToSource(rows.first()).row());
}

void TeamQueuesView::updateButtons() {
    const AnalystQueue* queue = selected();
    ui_->teamOpenDiary->setEnabled(queue != nullptr);
    ui_->teamReassign->setEnabled(queue != nullptr && !queue->accounts.empty());
}

} // namespace duedesk::app
