// DiaryView: "My day": one analyst's ranked worklist on the session's day,
// under a header counting what is due, worked, late and missed, with the
// accounts left out counted below. "Work next" (F8) opens the top item not
// yet opened in this session, Enter the chosen one: the main window shows
// the account with the contact log dialog ready. The layout is
// ui/DiaryView.ui; the day loads off the UI thread, newest load wins.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/diary/DiaryModels.h"
#include "app/session/AppSession.h"

#include <QWidget>

#include <memory>
#include <set>

class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class DiaryView;
}

namespace duedesk::app {

class DiaryView final : public QWidget {
    Q_OBJECT
public:
    // The diary of `analyst` (the signed-in user's own, or a colleague's for
    // a team leader).
    DiaryView(AppSession& session, User analyst, QWidget* parent = nullptr);
    ~DiaryView() override;
    const User& analyst() const { return analyst_; }
    QTableView& table();
    const DiaryDay& day() const { return day_; }
    // The day the diary shows; a new one reloads it.
    void setDay(Date day);
    void reload();
    // Opens the highest-ranked item not yet opened in this session; false
    // when there is none left.
    bool workNext();
    // Opens the selected item, as Enter on it does.
    void workSelected();
    // "Pause chasing…" for the selected item.
    void pauseSelected();
    // F8 and Esc of their own, for a diary in a window of its own (the main
    // window has its Diary menu).
    void addWindowShortcuts();

signals:
    void loaded();
    // Work this item: open its account and the contact log dialog.
    void workRequested(const duedesk::WorkItem& item);
    // A hold was placed from here: the item has left the diary.
    void holdPlaced();

private:
    const WorkItem* selected() const;
    void work(const WorkItem& item);
    void showDay();
    void updateButtons();

    std::unique_ptr<Ui::DiaryView> ui_;
    AppSession& session_;
    User analyst_;
    Date on_;
    DiaryDay day_;
    WorkItemsModel items_;
    QSortFilterProxyModel* shown_ = nullptr;
    std::set<AccountId> opened_; // items opened in this session
    RequestSequence loads_;
};

} // namespace duedesk::app
