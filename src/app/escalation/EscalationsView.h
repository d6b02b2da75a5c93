// EscalationsView: the main window's Escalations page: the referrals to
// collection agencies and solicitors (open ones, or all) and the requests
// for management attention, each with its state, account, amount, age
// and who; Enter or a double-click opens the account. Those who may
// (team leaders) move the selected referral on and answer the selected
// request from here; the core says why when it refuses. It loads and
// writes off the UI thread. The layout is ui/EscalationsView.ui.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/escalation/EscalationModels.h"
#include "app/session/AppSession.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QTableView;

namespace Ui {
class EscalationsView;
}

namespace duedesk::app {

class EscalationsView final : public QWidget {
    Q_OBJECT
public:
    enum class Show { Open, All };
    explicit EscalationsView(AppSession& session, QWidget* parent = nullptr);
    ~EscalationsView() override;
    void reload();
    void show(Show which);
    QTableView& referrals();
    QTableView& attention();
    // Selects the referral or request on the account numbered `number`.
    bool selectReferral(const QString& number);
    bool selectAttention(const QString& number);

signals:
    void loaded();
    void accountActivated(duedesk::AccountId account);
    // A referral was moved or a request answered (or the core refused:
    // `written` false, the reason shown on the page).
    void changeFinished(bool written);

private:
    std::optional<ReferralRow> selectedReferral() const;
    std::optional<AttentionRow> selectedAttention() const;
    void openSelected(const QTableView& table);
    void updateActions();
    void moveSelected();
    void answerSelected();
    void write(const char* what, std::function<void(LedgerDatabase&, const Actor&)> change);

    std::unique_ptr<Ui::EscalationsView> ui_;
    AppSession& session_;
    ReferralsModel referrals_;
    AttentionModel attention_;
    RequestSequence loads_;
    bool writing_ = false;
};

} // namespace duedesk::app
