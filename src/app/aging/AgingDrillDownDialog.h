// AgingDrillDownDialog: the documents behind one cell of the aging view,
// read off the UI thread.
#pragma once

#include "app/common/BackgroundTask.h"

#include "duedesk/reports/AgingDrillDown.h"

#include <QDialog>

#include <optional>
#include <string>

class QLabel;
class QTableWidget;

namespace duedesk::app {

class AgingDrillDownDialog final : public QDialog {
    Q_OBJECT
public:
    AgingDrillDownDialog(const std::string& databasePath, const AgingOptions& options, const AgingRow& row,
                         std::optional<std::size_t> bucket, AgingCellScope scope, const QString& columnTitle,
                         QWidget* parent = nullptr);
    // A total cell can stand for hundreds of thousands of documents: the
    // largest this many are listed, and the summary says so.
    static constexpr int kMaxListed = 5000;
    QTableWidget& items() { return *items_; }

signals:
    void loaded();

private:
    QLabel* summary_;
    QTableWidget* items_;
    RequestSequence loads_;
};

} // namespace duedesk::app
