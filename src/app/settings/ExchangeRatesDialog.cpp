// The exchange rates dialog: its table, the add row and the import.
#include "app/settings/ExchangeRatesDialog.h"

#include "ui_ExchangeRatesDialog.h"

#include "app/common/DateField.h"
#include "app/common/QtDate.h"
#include "app/common/TableViews.h"
#include "duedesk/importing/TextDecoding.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/ExchangeRates.h"
#include "duedesk/services/TeamSettings.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <chrono>

namespace duedesk::app {
namespace {

QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// Rates are a small table: a writer waits this long for a running import.
constexpr std::chrono::milliseconds kRatesLockWait{5000};

} // namespace

QString RatesModel::heading(RateColumn column) const {
    switch (column) {
    case RateColumn::From: return tr("From");
    case RateColumn::To: return tr("To");
    case RateColumn::ValidFrom: return tr("Valid from");
    case RateColumn::Rate: return tr("Rate");
    case RateColumn::Count: break;
    }
    return {};
}

QString RatesModel::text(const ExchangeRate& r, RateColumn column) const {
    switch (column) {
    case RateColumn::From: return q(r.from.code());
    case RateColumn::To: return q(r.to.code());
    case RateColumn::ValidFrom: return q(r.validFrom.toIso());
    case RateColumn::Rate: return q(r.rate.toString());
    case RateColumn::Count: break;
    }
    return {};
}

QVariant RatesModel::rawValue(const ExchangeRate& r, RateColumn column) const {
    if (column == RateColumn::ValidFrom) return r.validFrom.dayNumber();
    return text(r, column);
}

ExchangeRatesDialog::ExchangeRatesDialog(AppSession& session, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ExchangeRatesDialog>()), session_(session) {
    ui_->setupUi(this);
    ui_->ratesTable->setModel(&rates_);
    setCompactRows(*ui_->ratesTable);
    ui_->ratesValidFrom->setDate(toQDate(session_.asOf()));
    // A rate takes effect from a day like any other dated change.
    DateField::attach(*ui_->ratesValidFrom, tr("rate's first day"), effectiveDates(session_.asOf()));
    const Actor actor = session_.actor();
    if (!allows(actor, Permission::MaintainRates)) {
        const QString why = tr("Only a team leader or an administrator may change exchange rates.");
        for (QWidget* w : std::initializer_list<QWidget*>{ui_->ratesFrom, ui_->ratesTo, ui_->ratesValidFrom,
                                                          ui_->ratesRate, ui_->ratesAdd, ui_->ratesImport}) {
            w->setEnabled(false);
            w->setToolTip(why);
        }
    }
    if (!allows(actor, Permission::ManageSettings)) {
        ui_->ratesReportingCurrency->setReadOnly(true);
        ui_->ratesSetReporting->setEnabled(false);
        ui_->ratesSetReporting->setToolTip(
            tr("Only a team leader or an administrator may change the reporting currency."));
    }
    connect(ui_->ratesAdd, &QPushButton::clicked, this, &ExchangeRatesDialog::addRate);
    connect(ui_->ratesRate, &QLineEdit::returnPressed, this, &ExchangeRatesDialog::addRate);
    connect(ui_->ratesSetReporting, &QPushButton::clicked, this, &ExchangeRatesDialog::setReportingCurrency);
    connect(ui_->ratesImport, &QPushButton::clicked, this, &ExchangeRatesDialog::chooseFile);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

ExchangeRatesDialog::~ExchangeRatesDialog() = default;

void ExchangeRatesDialog::reload() {
    auto db = session_.connector().connect();
    rates_.setRows(ExchangeRates(*db).all());
    ui_->ratesTable->resizeColumnsToContents();
    const auto reporting = TeamSettings(*db).reportingCurrency();
    ui_->ratesReportingCurrency->setText(reporting ? q(reporting->code()) : QString());
    ui_->ratesReportingCurrency->setPlaceholderText(tr("not set"));
}

void ExchangeRatesDialog::showMessage(const QString& text, bool problem) {
    ui_->ratesMessage->setText(text);
    ui_->ratesMessage->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void ExchangeRatesDialog::addRate() {
    // Every problem at once, in plain words.
    QStringList problems;
    if (DateField* field = DateField::of(*ui_->ratesValidFrom); field && !field->commit())
        problems << tr("Valid from: %1").arg(field->problem());
    const QString fromText = ui_->ratesFrom->text().trimmed().toUpper();
    const QString toText = ui_->ratesTo->text().trimmed().toUpper();
    const auto from = Currency::fromCode(fromText.toStdString());
    const auto to = Currency::fromCode(toText.toStdString());
    const auto rate = DecimalRate::parse(ui_->ratesRate->text().trimmed().toStdString());
    if (!from) problems << tr("From: \"%1\" is not a known currency code.").arg(fromText);
    if (!to) problems << tr("To: \"%1\" is not a known currency code.").arg(toText);
    if (from && to && *from == *to) problems << tr("To: the same currency as From.");
    if (!rate) problems << tr("Rate: a number above zero, such as 0.8612, with up to 12 decimals.");
    if (!problems.isEmpty()) {
        showMessage(problems.join(QLatin1Char('\n')), true);
        return;
    }
    const ExchangeRate entered{*from, *to, fromQDate(ui_->ratesValidFrom->date()), *rate};
    try {
        auto db = session_.connector().connect(kRatesLockWait);
        const bool changed = ExchangeRates(*db).put(entered, session_.actor());
        showMessage((changed ? tr("Recorded: 1 %1 = %2 %3 from %4.") : tr("Already recorded: 1 %1 = %2 %3 from %4."))
                        .arg(fromText, q(rate->toString()), toText, q(entered.validFrom.toIso())),
                    false);
        ui_->ratesRate->clear();
        reload();
        if (changed) emit ratesChanged();
    } catch (const std::exception& e) {
        showMessage(tr("The rate was not recorded: %1").arg(QString::fromStdString(e.what())), true);
    }
}

void ExchangeRatesDialog::setReportingCurrency() {
    const QString code = ui_->ratesReportingCurrency->text().trimmed().toUpper();
    const auto currency = Currency::fromCode(code.toStdString());
    if (!currency) {
        showMessage(tr("Reporting currency: \"%1\" is not a known currency code.").arg(code), true);
        return;
    }
    try {
        auto db = session_.connector().connect(kRatesLockWait);
        TeamSettings(*db).setReportingCurrency(*currency, session_.actor());
        showMessage(tr("Amounts are now converted into %1.").arg(code), false);
        reload();
        emit ratesChanged();
    } catch (const std::exception& e) {
        showMessage(tr("The reporting currency was not changed: %1").arg(QString::fromStdString(e.what())), true);
    }
}

void ExchangeRatesDialog::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Rates file"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) importFile(path);
}

void ExchangeRatesDialog::importFile(const QString& path) {
    const std::string file = path.toStdString();
    try {
        const std::string text = readWholeFile(file);
        auto db = session_.connector().connect(kRatesLockWait);
        const RateImportResult r = ExchangeRates(*db).importCsv(text, session_.actor());
        if (!r.imported()) {
            QStringList lines;
            for (const ImportProblem& p : r.problems.kept()) lines << QString::fromStdString(p.describe(file));
            lines << tr("Nothing was imported.");
            showMessage(lines.join(QLatin1Char('\n')), true);
            return;
        }
        showMessage(tr("Imported %1: %2 rates, %3 new or corrected.")
                        .arg(QFileInfo(path).fileName())
                        .arg(r.rowsRead)
                        .arg(r.ratesChanged),
                    false);
        reload();
        if (r.ratesChanged > 0) emit ratesChanged();
    } catch (const std::exception& e) {
        showMessage(tr("The rates were not imported: %1").arg(QString::fromStdString(e.what())), true);
    }
}

} // namespace duedesk::app
