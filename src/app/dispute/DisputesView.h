// DisputesView: the main window's Disputes page: every dispute of the
// ledger (the active ones, those past their service level, or all),
// sortable, with the disputes active today summed by reason below; Enter
// or a double-click opens the account on its Disputes tab. It loads off
// the UI thread. The layout is ui/DisputesView.ui.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/dispute/DisputeModels.h"
#include "app/dispute/DisputeReportModel.h"
#include "app/session/AppSession.h"

#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class DisputesView;
}

namespace duedesk::app {

class DisputesView final : public QWidget {
    Q_OBJECT
public:
    enum class Show { Active, PastServiceLevel, All };
    explicit DisputesView(AppSession& session, QWidget* parent = nullptr);
    ~DisputesView() override;
    void reload();
    void show(Show which);
    QTableView& table();
    QTableView& byReason();

signals:
    void loaded();
    void accountActivated(duedesk::AccountId account);

private:
    void openSelected();
    std::unique_ptr<Ui::DisputesView> ui_;
    AppSession& session_;
    DisputesModel model_;
    DisputeReportModel report_;
    RequestSequence loads_;
};

} // namespace duedesk::app
