// Ledger view: filters feed the core's LedgerFilter; loading runs on the
// thread pool with its own database connection.
#include "app/ledger/LedgerView.h"

#include "app/common/BackgroundTask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace duedesk::app {
namespace {
const QString kEveryone = QStringLiteral("\x01everyone");
const QString kAnyRisk = QStringLiteral("\x01any");
} // namespace

LedgerView::LedgerView(AppSession& session, QWidget* parent)
    : QWidget(parent), session_(session), model_(new LedgerModel(this)),
      search_(new QLineEdit(this)), analyst_(new QComboBox(this)), risk_(new QComboBox(this)),
      overdueAbove_(new QSpinBox(this)), overLimit_(new QCheckBox(tr("Over credit limit"), this)),
      followUpDue_(new QCheckBox(tr("Follow-up due"), this)),
      table_(new QTableView(this)), count_(new QLabel(this)), busy_(new QProgressBar(this)) {
    search_->setObjectName(QStringLiteral("ledgerSearch"));
    search_->setPlaceholderText(tr("Search account number or name"));
    search_->setClearButtonEnabled(true);
    analyst_->setObjectName(QStringLiteral("ledgerAnalyst"));
    risk_->setObjectName(QStringLiteral("ledgerRisk"));
    overdueAbove_->setObjectName(QStringLiteral("ledgerOverdueAbove"));
    overdueAbove_->setRange(0, 100000000);
    overdueAbove_->setSingleStep(1000);
    overdueAbove_->setPrefix(tr("Overdue above "));
    overdueAbove_->setSpecialValueText(tr("Any overdue"));
    overLimit_->setObjectName(QStringLiteral("ledgerOverLimit"));
    followUpDue_->setObjectName(QStringLiteral("ledgerFollowUpDue"));
    followUpDue_->setToolTip(tr("Accounts whose next follow-up is today or earlier"));
    model_->setAsOf(session_.asOf());
    table_->setObjectName(QStringLiteral("ledgerTable"));
    count_->setObjectName(QStringLiteral("ledgerCount"));
    busy_->setObjectName(QStringLiteral("ledgerBusy"));
    busy_->setRange(0, 0); // no measure: a moving bar while the ledger loads
    busy_->setMaximumWidth(200);
    busy_->setTextVisible(false);
    busy_->hide();

    table_->setModel(model_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(LedgerModel::section(LedgerColumn::Overdue), Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(LedgerModel::section(LedgerColumn::Name), QHeaderView::Stretch);

    auto* filters = new QHBoxLayout;
    filters->addWidget(search_, 2);
    filters->addWidget(analyst_, 1);
    filters->addWidget(risk_);
    filters->addWidget(overdueAbove_);
    filters->addWidget(overLimit_);
    filters->addWidget(followUpDue_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(count_);
    footer->addWidget(busy_);
    footer->addStretch(1);
    layout->addLayout(footer);

    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit accountActivated(model_->ledgerRow(index.row()).id);
    });
    // A filter or sort resets the model; the current account stays current
    // when it is still shown.
    connect(model_, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = table_->currentIndex();
        keepCurrent_ = current.isValid() ? std::optional(model_->ledgerRow(current.row()).id) : std::nullopt;
        keepColumn_ = current.isValid() ? current.column() : 0;
    });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        if (!keepCurrent_) return;
        if (const auto at = model_->selection().positionOf(*keepCurrent_)) {
            const QModelIndex index = model_->index(static_cast<int>(*at), keepColumn_);
            table_->setCurrentIndex(index);
            table_->scrollTo(index);
        }
    });
    connect(search_, &QLineEdit::textChanged, this, &LedgerView::applyFilter);
    connect(analyst_, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
    connect(risk_, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
    connect(overdueAbove_, &QSpinBox::valueChanged, this, &LedgerView::applyFilter);
    connect(overLimit_, &QCheckBox::toggled, this, &LedgerView::applyFilter);
    connect(followUpDue_, &QCheckBox::toggled, this, &LedgerView::applyFilter);
    reload();
}

void LedgerView::reload() {
    count_->setText(tr("Loading the ledger…"));
    busy_->show();
    const std::string path = session_.databasePath();
    const Date asOf = session_.asOf();
    runLatestInBackground<std::vector<LedgerRow>>(
        this, loads_,
        [path, asOf] {
            auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
            return loadLedgerList(*db, asOf);
        },
        [this](Outcome<std::vector<LedgerRow>> outcome) {
            busy_->hide();
            if (auto* message = std::get_if<std::string>(&outcome)) {
                count_->setText(tr("The ledger could not be loaded: %1").arg(QString::fromStdString(*message)));
                emit loadFailed(QString::fromStdString(*message));
                return;
            }
            auto rows = std::get<std::vector<LedgerRow>>(std::move(outcome));
            fillAnalystChoices(rows);
            const int accounts = static_cast<int>(rows.size());
            model_->setRows(std::move(rows));
            table_->resizeColumnsToContents();
            applyFilter();
            emit loaded(accounts);
        });
}

void LedgerView::fillAnalystChoices(const std::vector<LedgerRow>& rows) {
    const QSignalBlocker blockAnalyst(analyst_);
    const QSignalBlocker blockRisk(risk_);
    const QString me = QString::fromStdString(session_.user().name);
    analyst_->clear();
    analyst_->addItem(tr("Everyone"), kEveryone);
    std::set<std::string> analysts, risks;
    for (const LedgerRow& r : rows) {
        analysts.insert(r.analyst);
        risks.insert(r.riskClass);
    }
    for (const std::string& a : analysts) {
        const QString name = QString::fromStdString(a);
        if (a.empty())
            analyst_->addItem(tr("Unassigned"), QString());
        else
            analyst_->addItem(name == me ? tr("My accounts (%1)").arg(name) : name, name);
    }
    // An analyst starts on their own accounts; others on everyone's.
    const int mine = analyst_->findData(me);
    analyst_->setCurrentIndex(session_.user().role == Role::Analyst && mine >= 0 ? mine : 0);
    risk_->clear();
    risk_->addItem(tr("Any risk"), kAnyRisk);
    for (const std::string& r : risks) risk_->addItem(r.empty() ? tr("Unrated") : QString::fromStdString(r), QString::fromStdString(r));
}

void LedgerView::applyFilter() {
    LedgerFilter f;
    f.text = search_->text().trimmed().toStdString();
    if (const QString a = analyst_->currentData().toString(); a != kEveryone && analyst_->currentIndex() >= 0)
        f.analyst = a.toStdString();
    if (const QString r = risk_->currentData().toString(); r != kAnyRisk && risk_->currentIndex() >= 0)
        f.riskClass = r.toStdString();
    if (overdueAbove_->value() > 0) f.overdueAboveMajor = overdueAbove_->value();
    f.overCreditLimitOnly = overLimit_->isChecked();
    if (followUpDue_->isChecked()) f.followUpDueBy = session_.asOf();
    model_->setFilter(std::move(f));
    updateCount();
}

int LedgerView::visibleRows() const { return model_->rowCount(); }

void LedgerView::updateCount() {
    count_->setText(tr("%1 of %2 accounts").arg(model_->selection().shownCount()).arg(model_->selection().totalCount()));
}

} // namespace duedesk::app
