// The diary view's behaviour: loading the day, its header and the work
// shortcuts. Its layout is ui/DiaryView.ui.
#include "app/diary/DiaryView.h"

#include "ui_DiaryView.h"

#include "app/common/QtDate.h"
#include "app/common/TableViews.h"
#include "app/diary/HoldDialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QString count(int n, const QString& one, const QString& many) { return n == 1 ? one : many.arg(n); }
} // namespace

DiaryView::DiaryView(AppSession& session, User analyst, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::DiaryView>()), session_(session), analyst_(std::move(analyst)),
      on_(session.asOf()) {
    ui_->setupUi(this);
    QFont big = ui_->diaryHeader->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    ui_->diaryHeader->setFont(big);
    ui_->diaryBusy->hide();
    QTableView* table = ui_->diaryTable;
    setCompactRows(*table);
    shown_ = showSortable(*table, items_);
    // The reasons say why an item is here: they get the room that is left.
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WorkItemsModel::section(WorkItemColumn::Reasons), QHeaderView::Stretch);

    connect(table, &QTableView::activated, this, &DiaryView::workSelected);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DiaryView::updateButtons);
    connect(ui_->diaryWorkNext, &QPushButton::clicked, this, &DiaryView::workNext);
    connect(ui_->diaryOpen, &QPushButton::clicked, this, &DiaryView::workSelected);
    connect(ui_->diaryPause, &QPushButton::clicked, this, &DiaryView::pauseSelected);
    updateButtons();
    reload();
}

DiaryView::~DiaryView() = default;

QTableView& DiaryView::table() { return *ui_->diaryTable; }

void DiaryView::addWindowShortcuts() {
    new QShortcut(QKeySequence(Qt::Key_F8), this, this, &DiaryView::workNext);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &QWidget::close);
}

void DiaryView::setDay(Date day) {
    if (day == on_) return;
    on_ = day;
    opened_.clear();
    reload();
}

void DiaryView::reload() {
    ui_->diaryBusy->show();
    if (day_.worklist.items.empty() && items_.rowCount() == 0) ui_->diaryHeader->setText(tr("Loading the diary…"));
    const LedgerConnector connector = session_.connector();
    const UserId analyst = analyst_.id;
    const Date on = on_;
    runLatestInBackground<DiaryDay>(
        this, loads_,
        [connector, analyst, on] {
            auto db = connector.connect();
            return loadDiaryDay(*db, analyst, on);
        },
        [this](Outcome<DiaryDay> outcome) {
            ui_->diaryBusy->hide();
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->diaryHeader->setText(tr("The diary could not be loaded: %1").arg(q(*message)));
                return;
            }
            day_ = std::get<DiaryDay>(std::move(outcome));
            showDay();
            emit loaded();
        });
}

void DiaryView::showDay() {
    const QString date = QLocale().toString(toQDate(on_), QStringLiteral("dddd d MMMM yyyy"));
    const bool mine = analyst_.id == session_.user().id;
    const QString whose =
        mine ? tr("My day") : tr("%1's day").arg(q(analyst_.fullName.empty() ? analyst_.name : analyst_.fullName));
    const DaySummary& s = day_.summary;
    const QStringList counts{
        tr("%1 due").arg(s.due),
        tr("%1 worked").arg(s.worked),
        count(s.overdueFollowUps, tr("1 follow-up late"), tr("%1 follow-ups late")),
        count(s.missedCommitments, tr("1 missed promise or instalment"), tr("%1 missed promises or instalments")),
    };
    ui_->diaryHeader->setText(tr("%1 — %2: %3").arg(whose, date, counts.join(QStringLiteral(" · "))));
    if (!mine) setWindowTitle(tr("%1 — Duedesk").arg(whose));

    const Worklist& w = day_.worklist;
    ui_->diaryLeftOut->setText(
        tr("Left out today: %1 · %2 · %3")
            .arg(count(w.held, tr("1 account on hold"), tr("%1 accounts on hold")),
                 count(w.suspended, tr("1 suspended by a plan or promise"), tr("%1 suspended by a plan or promise")),
                 count(w.scheduled, tr("1 scheduled for a later day"), tr("%1 scheduled for a later day"))));
    // Keep the current account current when it is still listed (ids
    // start at 1).
    const WorkItem* was = selected();
    const AccountId current = was ? was->account : 0;
    ui_->diaryTable->clearSelection();
    items_.setRows(w.items);
    for (int row = 0; row < items_.rowCount(); ++row)
        if (items_.rowAt(row).account == current)
            ui_->diaryTable->selectRow(shown_->mapFromSource(items_.index(row, 0)).row());
    if (!ui_->diaryTable->currentIndex().isValid() && items_.rowCount() > 0)
        ui_->diaryTable->setCurrentIndex(shown_->index(0, 0));
    ui_->diaryEmpty->setVisible(w.items.empty());
    updateButtons();
}

const WorkItem* DiaryView::selected() const {
    const auto rows = ui_->diaryTable->selectionModel()->selectedRows();
    if (rows.size() != 1) return nullptr;
    return &items_.rowAt(shown_->mapToSource(rows.first()).row());
}

void DiaryView::updateButtons() {
    const bool one = selected() != nullptr;
    ui_->diaryOpen->setEnabled(one);
    ui_->diaryPause->setEnabled(one);
    ui_->diaryWorkNext->setEnabled(items_.rowCount() > 0);
}

bool DiaryView::workNext() {
    // In rank order, whatever the sort shown.
    for (const WorkItem& item : items_.rows())
        if (!opened_.contains(item.account)) {
            work(item);
            return true;
        }
    return false;
}

void DiaryView::workSelected() {
    if (const WorkItem* item = selected()) work(*item);
}

void DiaryView::work(const WorkItem& item) {
    opened_.insert(item.account);
    // Select it, so that the list shows where the analyst is.
    for (int row = 0; row < items_.rowCount(); ++row)
        if (items_.rowAt(row).account == item.account)
            ui_->diaryTable->selectRow(shown_->mapFromSource(items_.index(row, 0)).row());
    const WorkItem copy = item; // the signal's receivers may reload the model
    emit workRequested(copy);
}

void DiaryView::pauseSelected() {
    const WorkItem* item = selected();
    if (!item) return;
    auto* dialog = new HoldDialog(session_, item->account, q(item->number + "  " + item->name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit holdPlaced();
    });
    dialog->open();
}

} // namespace duedesk::app
