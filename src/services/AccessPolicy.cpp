// The roles' permissions. Every role may do the day's collections work
// and only administrators manage users (write-offs have their own split,
// below). Team leaders may also let an
// import create the analysts its file names: those users have no password
// and cannot sign in until an administrator sets one, so the administrator
// still decides who uses the ledger. Exchange rates and the team's
// settings change every user's ranking, and collection strategies every
// analyst's work: team leaders and administrators keep them, and they
// share out the accounts between analysts (a reassignment is recorded
// under the person who made it, so the command line's operator may not).
// Disputes are raised, followed and resolved by analysts and team
// leaders, the people who speak with the customer. Work that records a
// person (contacts, the contact log, promises, plans and disputes) needs
// one: the
// command line's operator is no one in particular. Assigning strategies
// only applies the rules the team leaders set, the same for whoever runs
// it: every role may.
// Escalations follow how a collections team hands work up: the analyst
// who knows the account refers it to an agency or a solicitor (so may
// the team leader), but the team leader, who holds the relationship with
// the agencies and solicitors and answers for the legal costs, records
// what they report (accepted, claim issued, judgment, settled) and closes
// the referral. An analyst asks a team leader for attention and a team
// leader answers; any team leader may answer, so a request is not stuck
// while its addressee is away. Each names a person, so the command line's
// operator does none, and administrators, who keep the users and the
// books, take no part in the collections decisions.
#include "duedesk/services/AccessPolicy.h"

#include "domain/NameTable.h"

namespace duedesk {
namespace {
constexpr NameTable<Permission, 24> kNames{{{
    {Permission::ImportLedger, "import into the ledger"},
    {Permission::EditContacts, "change addresses and contacts"},
    {Permission::LogContacts, "log contacts"},
    {Permission::AllocateCash, "allocate cash"},
    {Permission::ManageUsers, "manage users"},
    {Permission::CreateAnalysts, "create analysts from an import"},
    {Permission::MaintainRates, "maintain exchange rates"},
    {Permission::ManageSettings, "change the team's settings"},
    {Permission::TakePromises, "take promises and agree payment plans"},
    {Permission::EditStrategies, "edit collection strategies"},
    {Permission::AssignStrategies, "assign collection strategies"},
    {Permission::ReassignAccounts, "reassign accounts"},
    {Permission::RaiseDisputes, "raise and resolve disputes"},
    {Permission::RequestWriteOffs, "request write-offs"},
    {Permission::ApproveWriteOffs, "approve write-offs"},
    {Permission::PostWriteOffs, "post write-offs"},
    {Permission::SetWriteOffLimits, "set write-off limits"},
    {Permission::ReadAuditTrail, "read the audit trail"},
    {Permission::RequestCreditMemos, "request credit memos"},
    {Permission::ApproveCreditMemos, "approve credit memos"},
    {Permission::ReferAccounts, "refer accounts to an agency or a solicitor"},
    {Permission::UpdateReferrals, "update referrals"},
    {Permission::AskAttention, "ask for management attention"},
    {Permission::AnswerAttention, "answer requests for management attention"},
}}};

bool recordsAPerson(Permission permission) {
    return permission == Permission::EditContacts || permission == Permission::LogContacts ||
           permission == Permission::ReassignAccounts || permission == Permission::TakePromises ||
           permission == Permission::RaiseDisputes;
}
} // namespace

std::string_view permissionName(Permission permission) { return kNames.nameOf(permission); }

bool allows(const Actor& actor, Permission permission) {
    if (recordsAPerson(permission) && !actor.user) return false;
    switch (permission) {
    case Permission::ManageUsers: return actor.role == Role::Administrator;
    case Permission::CreateAnalysts:
    case Permission::MaintainRates:
    case Permission::ManageSettings:
    case Permission::EditStrategies:
    case Permission::ReassignAccounts: return actor.role == Role::Administrator || actor.role == Role::TeamLeader;
    // Disputes are the collectors' and their leaders' work: the people who
    // speak with the customer and answer for the withheld money.
    case Permission::RaiseDisputes: return actor.role == Role::Analyst || actor.role == Role::TeamLeader;
    // Write-offs separate duties: collectors and their leaders ask, the
    // approvers (and leaders or administrators given a limit) decide within
    // their limits, and the administrator who books the journal posts. Each
    // step records a person, so the command line's operator does none.
    case Permission::RequestWriteOffs:
        return actor.user && (actor.role == Role::Analyst || actor.role == Role::TeamLeader);
    case Permission::ApproveWriteOffs:
        return actor.user && (actor.role == Role::WriteOffApprover || actor.role == Role::TeamLeader ||
                              actor.role == Role::Administrator);
    case Permission::PostWriteOffs: return actor.user && actor.role == Role::Administrator;
    case Permission::SetWriteOffLimits: return actor.role == Role::Administrator;
    // The audit trail holds every change to every account: those who
    // answer for the team's and the system's records hand it to auditors.
    case Permission::ReadAuditTrail: return actor.role == Role::Administrator || actor.role == Role::TeamLeader;
    // Credit memos separate duties as write-offs do: those who handle the
    // dispute ask for the credit, a team leader or an administrator (never
    // the requester) grants it. Both record a person.
    case Permission::RequestCreditMemos:
        return actor.user && (actor.role == Role::Analyst || actor.role == Role::TeamLeader);
    case Permission::ApproveCreditMemos:
        return actor.user && (actor.role == Role::TeamLeader || actor.role == Role::Administrator);
    case Permission::ReferAccounts:
    case Permission::AskAttention: return actor.user && (actor.role == Role::Analyst || actor.role == Role::TeamLeader);
    case Permission::UpdateReferrals:
    case Permission::AnswerAttention: return actor.user && actor.role == Role::TeamLeader;
    case Permission::ImportLedger:
    case Permission::EditContacts:
    case Permission::LogContacts:
    case Permission::TakePromises:
    case Permission::AllocateCash:
    case Permission::AssignStrategies: return true;
    }
    return false;
}

void requirePermission(const Actor& actor, Permission permission) {
    if (allows(actor, permission)) return;
    throw PermissionDenied(actor.name + " (" + std::string(roleName(actor.role)) + ") may not " +
                           std::string(permissionName(permission)));
}

} // namespace duedesk
