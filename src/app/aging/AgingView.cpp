// Aging view: options in, the core's computeAging off the UI thread, the
// table and a chart out. The layout is ui/AgingView.ui.
#include "app/aging/AgingView.h"

#include "ui_AgingView.h"

#include "app/aging/AgingDrillDownDialog.h"
#include "app/common/DateField.h"
#include "app/common/QtDate.h"
#include "app/common/TableViews.h"

#include "duedesk/domain/OpenItemGrouping.h"
#include "duedesk/reports/AgingRendering.h"
#include "duedesk/reports/AgingXlsx.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QValueAxis>

namespace duedesk::app {
namespace {
// Remembered between sessions, as the user left them.
const QString kGroupingSetting = QStringLiteral("Aging/grouping");
const QString kBucketsSetting = QStringLiteral("Aging/buckets");
} // namespace

AgingView::AgingView(AppSession& session, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::AgingView>()), session_(session), model_(new AgingTableModel(this)) {
    ui_->setupUi(this);
    DateField::attach(*ui_->agingAsOf, tr("as-of date"), asOfDates(session_.actor().on), ui_->agingAsOfError);
    ui_->agingAsOf->setDate(toQDate(session_.asOf()));
    ui_->agingBucketsError->hide();
    QComboBox* grouping = ui_->agingGrouping;
    grouping->addItem(tr("By analyst"), static_cast<int>(OpenItemGrouping::Analyst));
    grouping->addItem(tr("By account"), static_cast<int>(OpenItemGrouping::Account));
    grouping->addItem(tr("By currency"), static_cast<int>(OpenItemGrouping::Currency));
    grouping->addItem(tr("By risk class"), static_cast<int>(OpenItemGrouping::RiskClass));
    const QSettings settings;
    const auto remembered = groupingFromName(settings.value(kGroupingSetting).toString().toStdString());
    grouping->setCurrentIndex(
        std::max(0, grouping->findData(static_cast<int>(remembered.value_or(OpenItemGrouping::Analyst)))));
    if (const QString buckets = settings.value(kBucketsSetting).toString(); !buckets.isEmpty())
        ui_->agingBuckets->setText(buckets);

    QTableView* table = ui_->agingTable;
    auto* sorted = new AgingSortProxy(*model_, table);
    table->setModel(sorted);
    setCompactRows(*table);
    // The group's name takes the width the numbers leave.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSortIndicatorClearable(true);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);

    connect(ui_->agingRefresh, &QPushButton::clicked, this, &AgingView::refresh);
    // Double-click or Enter on a cell: the documents behind it.
    connect(table, &QTableView::activated, this,
            [this, sorted](const QModelIndex& index) { openDrillDown(sorted->mapToSource(index)); });
    connect(ui_->agingExportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export aging"), QStringLiteral("aging.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty()) exportTable(path, ExportFormat::Csv);
    });
    connect(ui_->agingExportXlsx, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export aging"), QStringLiteral("aging.xlsx"),
                                                          tr("Excel workbooks (*.xlsx)"));
        if (!path.isEmpty()) exportTable(path, ExportFormat::Xlsx);
    });
    connect(grouping, &QComboBox::currentIndexChanged, this, &AgingView::refresh);
    connect(ui_->agingAsOf, &QDateEdit::dateChanged, this, &AgingView::refresh);
    connect(DateField::of(*ui_->agingAsOf), &DateField::problemChanged, this, [this](const QString& problem) {
        if (!problem.isEmpty()) clearTable(tr("As of: %1").arg(problem));
    });
    connect(ui_->agingBuckets, &QLineEdit::returnPressed, this, &AgingView::refresh);
    // Buckets typed but not yet applied: the table no longer answers them.
    // the error shows as soon as the text is wrong, and goes once it is right.
    connect(ui_->agingBuckets, &QLineEdit::textEdited, this, [this](const QString& text) {
        setCurrent(false);
        std::string reason;
        const bool valid = AgingBuckets::parse(text.trimmed().toStdString(), &reason).has_value();
        ui_->agingBucketsError->setText(tr("Buckets: %1").arg(QString::fromStdString(reason)));
        ui_->agingBucketsError->setVisible(!valid);
    });
    refresh();
}

AgingView::~AgingView() = default;

void AgingView::setCurrent(bool current) {
    current_ = current;
    ui_->agingExportCsv->setEnabled(current);
    ui_->agingExportXlsx->setEnabled(current);
}

void AgingView::clearTable(const QString& why) {
    // The latest request is this refused one: an answer still on its way
    // would no longer be what the options say.
    computations_.next();
    AgingTable empty;
    empty.options = model_->table().options;
    model_->setTable(std::move(empty));
    showChart(model_->table());
    setCurrent(false);
    ui_->agingStatus->setText(why);
}

void AgingView::refresh() {
    std::string reason;
    const QString bucketsText = ui_->agingBuckets->text().trimmed();
    const auto buckets = AgingBuckets::parse(bucketsText.toStdString(), &reason);
    if (!buckets) {
        const QString why = tr("Buckets: %1").arg(QString::fromStdString(reason));
        ui_->agingBucketsError->setText(why);
        ui_->agingBucketsError->show();
        clearTable(why);
        return;
    }
    ui_->agingBucketsError->hide();
    if (!DateField::of(*ui_->agingAsOf)->commit()) {
        clearTable(tr("As of: %1").arg(DateField::of(*ui_->agingAsOf)->problem()));
        return;
    }
    QSettings settings;
    const auto grouping = static_cast<OpenItemGrouping>(ui_->agingGrouping->currentData().toInt());
    const std::string_view groupingKey = groupingName(grouping);
    settings.setValue(kGroupingSetting,
                      QString::fromLatin1(groupingKey.data(), static_cast<qsizetype>(groupingKey.size())));
    settings.setValue(kBucketsSetting, bucketsText);
    setCurrent(false);
    AgingOptions options;
    options.asOf = fromQDate(ui_->agingAsOf->date());
    options.grouping = grouping;
    options.buckets = *buckets;
    ui_->agingStatus->setText(tr("Computing…"));
    const LedgerConnector connector = session_.connector();
    runLatestInBackground<AgingTable>(
        this, computations_,
        [connector, options] {
            auto db = connector.connect();
            return computeAging(*db, options);
        },
        [this](Outcome<AgingTable> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->agingStatus->setText(tr("Aging could not be computed: %1").arg(QString::fromStdString(*message)));
                return;
            }
            AgingTable table = std::get<AgingTable>(std::move(outcome));
            showChart(table);
            ui_->agingStatus->setText(
                tr("%1 rows as of %2").arg(table.rows.size()).arg(QString::fromStdString(table.options.asOf.toIso())));
            model_->setTable(std::move(table));
            setCurrent(true);
            emit refreshed();
        });
}

AgingDrillDownDialog* AgingView::openDrillDown(const QModelIndex& index) {
    const int buckets = static_cast<int>(model_->table().options.buckets.count());
    if (!index.isValid() || index.column() < 2 || index.column() > buckets + 2) return nullptr;
    const std::optional<std::size_t> bucket =
        index.column() - 2 < buckets ? std::optional<std::size_t>(static_cast<std::size_t>(index.column() - 2))
                                     : std::nullopt;
    // The per-currency total rows, after the group rows, span every group.
    const AgingCellScope scope = static_cast<std::size_t>(index.row()) >= model_->table().rows.size()
                                     ? AgingCellScope::AllGroups
                                     : AgingCellScope::Group;
    const AgingRow& row = model_->agingRow(index.row());
    auto* dialog =
        new AgingDrillDownDialog(session_.connector(), model_->table().options, row, bucket, scope,
                                 model_->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgingDrillDownDialog::accountActivated, this, &AgingView::accountActivated);
    dialog->show();
    return dialog;
}

void AgingView::exportTable(const QString& path, ExportFormat format) {
    if (!current_) {
        ui_->agingStatus->setText(tr("Not exported: the table does not show the options above yet. Correct them "
                                     "or wait for the table, then export."));
        emit exported(false);
        return;
    }
    ui_->agingStatus->setText(tr("Exporting to %1…").arg(path));
    const std::string file = path.toStdString();
    runInBackground<std::monostate>(
        this,
        [table = model_->table(), file, format] {
            if (format == ExportFormat::Xlsx) {
                writeAgingXlsx(table, file);
            } else {
                const std::string csv = renderAgingCsv(table);
                QFile out(QString::fromStdString(file));
                if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                    out.write(csv.data(), static_cast<qint64>(csv.size())) != static_cast<qint64>(csv.size()))
                    throw ExportError(file + ": " + out.errorString().toStdString());
            }
            return std::monostate{};
        },
        [this, path](Outcome<std::monostate> outcome) {
            if (const auto* message = std::get_if<std::string>(&outcome)) {
                ui_->agingStatus->setText(tr("Could not export: %1").arg(QString::fromStdString(*message)));
                emit exported(false);
                return;
            }
            ui_->agingStatus->setText(tr("Exported %1 rows to %2").arg(model_->rowCount()).arg(path));
            emit exported(true);
        });
}

void AgingView::showChart(const AgingTable& table) {
    // One bar set per currency over the buckets, in thousands of whole
    // units: a chart shows proportions; the table above has the exact
    // amounts.
    auto* series = new QBarSeries;
    double highest = 0;
    for (const AgingRow& total : table.totals) {
        auto* set = new QBarSet(QString::fromLatin1(total.currency.code().data(), 3));
        for (std::int64_t v : total.buckets) {
            const double units = static_cast<double>(v / total.currency.minorPerMajor()) / 1000.0;
            set->append(units);
            highest = std::max(highest, units);
        }
        series->append(set);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Open invoices by days past due"));
    auto* categories = new QBarCategoryAxis;
    for (std::size_t i = 0; i < table.options.buckets.count(); ++i)
        categories->append(QString::fromStdString(table.options.buckets.label(i)));
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, highest > 0 ? highest * 1.05 : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(tr("thousands"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart* old = ui_->agingChart->chart();
    ui_->agingChart->setChart(chart);
    delete old;
}

} // namespace duedesk::app
