// The hold dialog's behaviour; its layout is ui/HoldDialog.ui.
#include "app/diary/HoldDialog.h"

#include "ui_HoldDialog.h"

#include "app/common/QtDate.h"

#include "duedesk/domain/DateLimits.h"
#include "duedesk/domain/DiaryRules.h"
#include "duedesk/services/DiaryService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

namespace duedesk::app {

HoldDialog::HoldDialog(AppSession& session, AccountId account, const QString& what, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::HoldDialog>()), account_(account) {
    ui_->setupUi(this);
    const Date today = session.actor().on;
    // The frame's date is the end of the hold: it starts today.
    useFrame(*ui_->holdUntilOn, tr("end of the hold"), holdEndDates(today), *ui_->changeError, *ui_->buttons);
    ui_->holdUntilOn->setDate(toQDate(today.addDays(7)));
    ui_->holdAccount->setText(what);
    for (const std::string_view reason : suggestedHoldReasons())
        ui_->holdReason->addItem(QString::fromUtf8(reason.data(), static_cast<qsizetype>(reason.size())));
    // No reason is assumed: the analyst picks or types one.
    ui_->holdReason->setCurrentIndex(-1);
    ui_->holdReason->lineEdit()->setPlaceholderText(tr("Pick or type why"));
    addField("untilOn", *ui_->holdUntilOn);
    addField("reason", *ui_->holdReason);
}

HoldDialog::~HoldDialog() = default;

Hold HoldDialog::typed() const {
    Hold h;
    h.accountId = account_;
    h.placedOn = session().actor().on;
    h.untilOn = fromQDate(ui_->holdUntilOn->date());
    h.reason = ui_->holdReason->currentText().trimmed().toStdString();
    return h;
}

std::vector<FieldProblem> HoldDialog::problems() const { return holdProblems(typed(), session().actor().on); }

ChangeDialog::Change HoldDialog::change() {
    return [h = typed(), by = session().actor()](LedgerDatabase& db) {
        DiaryService(db).placeHold(h.accountId, h.untilOn, h.reason, by);
    };
}

} // namespace duedesk::app
