// AccessPolicy: what each role may do. The one place role checks live, so
// the command line, the workstation and any later front end get the same
// refusals. Services call requirePermission before they write.
#pragma once

#include "duedesk/domain/Actor.h"

#include <stdexcept>
#include <string_view>

namespace duedesk {

enum class Permission {
    ImportLedger, // load ERP exports into the ledger
    EditContacts, // change addresses and contacts
    LogContacts, // record calls, e-mails and letters
    AllocateCash, // allocate payments and credits to invoices
    ManageUsers, // add people and set their roles
    CreateAnalysts, // let an import create the analysts its file names
    MaintainRates, // enter and import exchange rates
    ManageSettings, // change the team's settings (the reporting currency)
    TakePromises, // record promises to pay and agree payment plans
    EditStrategies, // change collection strategies and the rules that choose them
    AssignStrategies, // apply the strategy rules to the overdue accounts
    ReassignAccounts, // give accounts, with their diaries, to another analyst
    RaiseDisputes, // raise a customer's dispute, follow it up and resolve it
    RequestWriteOffs, // ask for open amounts to be written off
    ApproveWriteOffs, // approve or reject others' write-offs, within one's write-off limit
    PostWriteOffs, // export approved write-offs to the journal and mark them posted
    SetWriteOffLimits, // set the approvers' write-off limits
    ReadAuditTrail, // export the audit trail's records for auditors
    RequestCreditMemos, // ask for a credit note on a dispute, record its arrival, cancel the request
    ApproveCreditMemos, // approve or reject others' credit memo requests
    ReferAccounts, // refer an account to a collection agency or a solicitor
    UpdateReferrals, // record a referral's progress (accepted, claim issued, ...) and close it
    AskAttention, // ask a team leader to look at an account ("needs management attention")
    AnswerAttention, // answer a request for management attention
};

std::string_view permissionName(Permission permission); // "import the ledger", ...

// The actor may not do this; nothing was written.
class PermissionDenied final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

bool allows(const Actor& actor, Permission permission);
// Throws PermissionDenied: "amorgan (analyst) may not manage users".
void requirePermission(const Actor& actor, Permission permission);

} // namespace duedesk
