// WriteOffPostDialog: "Mark posted…" on the Write-offs page, the write-off
// administrator's confirmation that the ERP booked the journal: the
// approved write-offs not yet posted, each ticked, and what posting does
// (their open amounts close on the administrator's day). Written by
// WriteOffService::post off the UI thread, all or none; a refusal shows in
// the dialog. The layout is ui/WriteOffPostDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include "duedesk/reports/WriteOffListing.h"

#include <memory>
#include <vector>

namespace Ui {
class WriteOffPostDialog;
}

namespace duedesk::app {

class WriteOffPostDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `approved`: the approved write-offs, offered in this order, ticked.
    WriteOffPostDialog(AppSession& session, std::vector<WriteOffListingRow> approved, QWidget* parent = nullptr);
    ~WriteOffPostDialog() override;
    // Unticks (or ticks) a write-off.
    void setTicked(WriteOffId id, bool ticked);

private:
    std::vector<WriteOffId> ticked() const;
    Change change() override;
    std::unique_ptr<Ui::WriteOffPostDialog> ui_;
    std::vector<WriteOffListingRow> approved_;
};

} // namespace duedesk::app
