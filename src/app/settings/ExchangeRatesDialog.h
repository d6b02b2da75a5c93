// ExchangeRatesDialog: the team's reporting currency and its dated
// exchange rates: read by everyone, changed (a rate added or corrected, a
// CSV of rates imported, the reporting currency set) by those the access
// policy allows. The rules (parsing, permissions, all-or-nothing import)
// are the core's ExchangeRates and TeamSettings; the layout is the form
// ui/ExchangeRatesDialog.ui. Rate tables are small: they are read and
// written on the UI thread, with a short wait for a busy ledger.
#pragma once

#include "app/common/RowTableModel.h"
#include "app/session/AppSession.h"
#include "duedesk/domain/ExchangeRate.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExchangeRatesDialog;
}

namespace duedesk::app {

enum class RateColumn { From, To, ValidFrom, Rate, Count };

class RatesModel final : public RowTableModel<ExchangeRate, RateColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(RateColumn column) const override;
    QString text(const ExchangeRate& row, RateColumn column) const override;
    QVariant rawValue(const ExchangeRate& row, RateColumn column) const override;
    bool isNumeric(RateColumn column) const override { return column == RateColumn::Rate; }
};

class ExchangeRatesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ExchangeRatesDialog(AppSession& session, QWidget* parent = nullptr);
    ~ExchangeRatesDialog() override;

    // What Import CSV… does once a file is chosen.
    void importFile(const QString& path);
    const RatesModel& rates() const { return rates_; }

signals:
    // A rate or the reporting currency changed: rankings must be redone.
    void ratesChanged();

private:
    void reload();
    void addRate();
    void setReportingCurrency();
    void chooseFile();
    void showMessage(const QString& text, bool problem);

    std::unique_ptr<Ui::ExchangeRatesDialog> ui_;
    AppSession& session_;
    RatesModel rates_;
};

} // namespace duedesk::app
