// TeamQueuesView: the team leader's overview: every analyst's queue side
// by side (due, worked today, follow-ups late, missed promises, accounts,
// overdue), each analyst's worklist ranked by the core off the UI thread
// with a progress bar. Enter or a double-click opens that analyst's
// diary; "Reassign…" moves all of an analyst's accounts to another. The
// layout is ui/TeamQueuesView.ui.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/diary/DiaryModels.h"
#include "app/session/AppSession.h"

#include <QWidget>

#include <memory>
#include <optional>

class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class TeamQueuesView;
}

namespace duedesk::app {

class TeamQueuesView final : public QWidget {
    Q_OBJECT
public:
    explicit TeamQueuesView(AppSession& session, QWidget* parent = nullptr);
    ~TeamQueuesView() override;
    QTableView& table();
    void reload();

signals:
    void loaded();
    void diaryRequested(const duedesk::User& analyst);
    // Reassign every account of the selected analyst.
    void reassignRequested(const duedesk::app::AnalystQueue& queue);

private:
    const AnalystQueue* selected() const;
    void updateButtons();

    std::unique_ptr<Ui::TeamQueuesView> ui_;
    AppSession& session_;
    TeamQueuesModel queues_;
    QSortFilterProxyModel* shown_ = nullptr;
    bool loading_ = false;
    bool reloadAgain_ = false;
};

} // namespace duedesk::app
