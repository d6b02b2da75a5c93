// Ledger view: filters feed the core's LedgerFilter; loading runs on the
// thread pool with its own database connection. The layout is
// ui/LedgerView.ui.
#include "app/ledger/LedgerView.h"

#include "ui_LedgerView.h"

#include "app/common/MoneyText.h"
#include "app/common/TableViews.h"
#include "duedesk/reports/LedgerTotals.h"
#include "duedesk/services/AccessPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>

#include <set>

namespace duedesk::app {
namespace {
const QString kEveryone = QStringLiteral("\x01everyone");
const QString kAnyRisk = QStringLiteral("\x01any");
// The columns' widths, order and sort, as the analyst left them; the key
// names the column count, so a layout saved for other columns is not
// applied to these.
QString headerKey() { return QStringLiteral("LedgerView/header-%1").arg(kLedgerColumnCount); }
} // namespace

LedgerView::LedgerView(AppSession& session, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::LedgerView>()), session_(session), model_(new LedgerModel(this)) {
    ui_->setupUi(this);
    model_->setAsOf(session_.asOf());
    ui_->ledgerBusy->hide();

    QTableView* table = ui_->ledgerTable;
    table->setModel(model_);
    // What is really late comes first, whatever its currency.
    table->sortByColumn(LedgerModel::section(LedgerColumn::NetOverdueConverted), Qt::DescendingOrder);
    setCompactRows(*table);
    table->horizontalHeader()->setSectionResizeMode(LedgerModel::section(LedgerColumn::Name), QHeaderView::Stretch);

    connect(table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit accountActivated(model_->ledgerRow(index.row()).id); });
    // A filter or sort resets the model; the current account stays current
    // when it is still shown.
    connect(model_, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = ui_->ledgerTable->currentIndex();
        keepCurrent_ = current.isValid() ? std::optional(model_->ledgerRow(current.row()).id) : std::nullopt;
        keepColumn_ = current.isValid() ? current.column() : 0;
    });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        if (!keepCurrent_) return;
        if (const auto at = model_->selection().positionOf(*keepCurrent_)) {
            const QModelIndex index = model_->index(static_cast<int>(*at), keepColumn_);
            ui_->ledgerTable->setCurrentIndex(index);
            ui_->ledgerTable->scrollTo(index);
        }
    });
    // Down from the search goes into the results: the current row, else the first.
    new QShortcut(
        QKeySequence(Qt::Key_Down), ui_->ledgerSearch, table,
        [table] {
            if (table->model()->rowCount() == 0) return;
            if (!table->currentIndex().isValid()) table->setCurrentIndex(table->model()->index(0, 0));
            table->setFocus(Qt::ShortcutFocusReason);
        },
        Qt::WidgetShortcut);
    connect(ui_->ledgerSearch, &QLineEdit::textChanged, this, &LedgerView::applyFilter);
    connect(ui_->ledgerAnalyst, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
    connect(ui_->ledgerRisk, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
    connect(ui_->ledgerOverdueAbove, &QSpinBox::valueChanged, this, &LedgerView::applyFilter);
    connect(ui_->ledgerOverLimit, &QCheckBox::toggled, this, &LedgerView::applyFilter);
    connect(ui_->ledgerFollowUpDue, &QCheckBox::toggled, this, &LedgerView::applyFilter);
    // Only those who may reassign see the button; it needs a selection.
    ui_->ledgerReassign->setVisible(allows(session_.actor(), Permission::ReassignAccounts));
    ui_->ledgerReassign->setEnabled(false);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { ui_->ledgerReassign->setEnabled(!selectedAccounts().empty()); });
    connect(model_, &QAbstractItemModel::modelReset, this,
            [this] { ui_->ledgerReassign->setEnabled(!selectedAccounts().empty()); });
    connect(ui_->ledgerReassign, &QPushButton::clicked, this, [this] {
        if (const auto accounts = selectedAccounts(); !accounts.empty()) emit reassignRequested(accounts);
    });
    reload();
}

void LedgerView::reload() {
    ui_->ledgerCount->setText(tr("Loading the ledger…"));
    ui_->ledgerBusy->show();
    const LedgerConnector connector = session_.connector();
    const Date asOf = session_.asOf();
    runLatestInBackground<LedgerListing>(
        this, loads_,
        [connector, asOf] {
            auto db = connector.connect();
            return loadLedgerList(*db, asOf);
        },
        [this](Outcome<LedgerListing> outcome) {
            ui_->ledgerBusy->hide();
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->ledgerCount->setText(
                    tr("The ledger could not be loaded: %1").arg(QString::fromStdString(*message)));
                emit loadFailed(QString::fromStdString(*message));
                return;
            }
            auto listing = std::get<LedgerListing>(std::move(outcome));
            fillAnalystChoices(listing.rows);
            std::set<AccountId> distinct;
            for (const LedgerRow& r : listing.rows) distinct.insert(r.id);
            const int accounts = static_cast<int>(distinct.size());
            missingRates_.clear();
            for (const Currency& c : listing.currenciesWithoutRate) missingRates_ << QString::fromUtf8(c.code());
            model_->setListing(std::move(listing));
            restoreLayout();
            ui_->ledgerOverdueAbove->setPrefix(
                tr("Net overdue above %1 ").arg(QString::fromUtf8(model_->reportingCurrency().code())));
            applyFilter();
            emit loaded(accounts);
        });
}

void LedgerView::fillAnalystChoices(const std::vector<LedgerRow>& rows) {
    const QSignalBlocker blockAnalyst(ui_->ledgerAnalyst);
    const QSignalBlocker blockRisk(ui_->ledgerRisk);
    const QString me = QString::fromStdString(session_.user().name);
    ui_->ledgerAnalyst->clear();
    ui_->ledgerAnalyst->addItem(tr("Everyone"), kEveryone);
    std::set<std::string> analysts, risks;
    for (const LedgerRow& r : rows) {
        analysts.insert(r.analyst);
        risks.insert(r.riskClass);
    }
    for (const std::string& a : analysts) {
        const QString name = QString::fromStdString(a);
        if (a.empty())
            ui_->ledgerAnalyst->addItem(tr("Unassigned"), QString());
        else
            ui_->ledgerAnalyst->addItem(name == me ? tr("My accounts (%1)").arg(name) : name, name);
    }
    // An analyst starts on their own accounts; others on everyone's.
    const int mine = ui_->ledgerAnalyst->findData(me);
    ui_->ledgerAnalyst->setCurrentIndex(session_.user().role == Role::Analyst && mine >= 0 ? mine : 0);
    ui_->ledgerRisk->clear();
    ui_->ledgerRisk->addItem(tr("Any risk"), kAnyRisk);
    for (const std::string& r : risks)
        ui_->ledgerRisk->addItem(r.empty() ? tr("Unrated") : QString::fromStdString(r), QString::fromStdString(r));
}

void LedgerView::applyFilter() {
    LedgerFilter f;
    f.text = ui_->ledgerSearch->text().trimmed().toStdString();
    if (const QString a = ui_->ledgerAnalyst->currentData().toString();
        a != kEveryone && ui_->ledgerAnalyst->currentIndex() >= 0)
        f.analyst = a.toStdString();
    if (const QString r = ui_->ledgerRisk->currentData().toString();
        r != kAnyRisk && ui_->ledgerRisk->currentIndex() >= 0)
        f.riskClass = r.toStdString();
    if (ui_->ledgerOverdueAbove->value() > 0)
        f.netOverdueAbove = ui_->ledgerOverdueAbove->value() * model_->reportingCurrency().minorPerMajor();
    f.overCreditLimitOnly = ui_->ledgerOverLimit->isChecked();
    if (ui_->ledgerFollowUpDue->isChecked()) f.followUpDueBy = session_.asOf();
    model_->setFilter(std::move(f));
    updateCount();
}

LedgerView::~LedgerView() { saveLayout(); }

void LedgerView::saveLayout() const {
    if (layoutRestored_) QSettings().setValue(headerKey(), ui_->ledgerTable->horizontalHeader()->saveState());
}

// Once, at the first load: later loads keep what the analyst has done since.
void LedgerView::restoreLayout() {
    if (layoutRestored_) return;
    layoutRestored_ = true;
    const QByteArray saved = QSettings().value(headerKey()).toByteArray();
    if (saved.isEmpty() || !ui_->ledgerTable->horizontalHeader()->restoreState(saved))
        ui_->ledgerTable->resizeColumnsToContents();
}

QTableView& LedgerView::table() { return *ui_->ledgerTable; }

// An account owing in several currencies has a row for each: it counts once.
std::vector<AccountId> LedgerView::selectedAccounts() const {
    std::set<AccountId> ids;
    for (const QModelIndex& index : ui_->ledgerTable->selectionModel()->selectedRows())
        ids.insert(model_->ledgerRow(index.row()).id);
    return {ids.begin(), ids.end()};
}

int LedgerView::visibleRows() const { return model_->rowCount(); }

void LedgerView::updateCount() {
    ui_->ledgerCount->setText(
        tr("%1 of %2 rows").arg(model_->selection().shownCount()).arg(model_->selection().totalCount()));
    showTotals();
}

// Per currency as it is owed, then the converted total, labelled so.
void LedgerView::showTotals() {
    const LedgerTotals totals = totalShownRows(model_->selection(), model_->reportingCurrency());
    const QLocale locale;
    QStringList perCurrency;
    for (const LedgerCurrencyTotal& t : totals.perCurrency)
        perCurrency << tr("%1 %2").arg(QString::fromUtf8(t.currency.code()),
                                       moneyText(t.netOverdue, t.currency, locale));
    QString text =
        tr("Net overdue: %1").arg(perCurrency.isEmpty() ? tr("none") : perCurrency.join(QStringLiteral(" · ")));
    if (totals.perCurrency.size() > 1 || totals.rowsWithoutRate > 0) {
        const QString code = QString::fromUtf8(totals.reportingCurrency.code());
        text +=
            tr(" = %1 %2 converted").arg(code, moneyText(totals.netOverdueConverted, totals.reportingCurrency, locale));
        if (totals.rowsWithoutRate > 0) {
            const QString which = missingRates_.join(QStringLiteral(", "));
            text += totals.rowsWithoutRate == 1 ? tr(" (1 row without a rate to %1 left out: %2)").arg(code, which)
                                                : tr(" (%1 rows without a rate to %2 left out: %3)")
                                                      .arg(QString::number(totals.rowsWithoutRate), code, which);
        }
    }
    ui_->ledgerTotals->setText(text);
}

} // namespace duedesk::app
