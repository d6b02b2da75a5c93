// The demo's write-offs. Each account draws from a stream of its own, so
// the write-offs leave the other demo records as they were; posted ones
// close their amounts as posting does, through dated movements.
#include "demo/DemoWriteOffs.h"

#include "demo/DemoRandom.h"
#include "duedesk/domain/WorklistFacts.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/OpenDocumentsQuery.h"
#include "duedesk/storage/UserRepository.h"
#include "duedesk/storage/WorklistQuery.h"
#include "duedesk/storage/WriteOffRepository.h"

#include <algorithm>

namespace duedesk::demo {
namespace {

std::uint64_t accountSeed(std::uint64_t seed, AccountId account) {
    DemoRandom mix(seed ^ 0x3217E0FFull ^ (static_cast<std::uint64_t>(account) * 0x9E3779B97F4A7C15ull));
    return mix.next();
}

UserId userNamed(LedgerDatabase& database, const char* name) {
    const auto user = database.users().findByName(name);
    if (!user) throw StorageError(std::string("the demo has no user ") + name);
    return user->id;
}

const char* evidenceFor(WriteOffReason reason) {
    switch (reason) {
    case WriteOffReason::Insolvent: return "Administrator's notice: unsecured creditors expect no dividend";
    case WriteOffReason::SmallBalance: return "Residual balance after payment; below the cost of chasing";
    case WriteOffReason::Uneconomic: return "Collection agency advises recovery costs exceed the debt";
    default: return "See the account notes";
    }
}

} // namespace

WriteOffCounts writeDemoWriteOffs(LedgerDatabase& database, const DemoOptions& options,
                                  const std::vector<UserId>& analysts) {
    WriteOffCounts counts;
    WriteOffRepository& writeOffs = database.writeOffs();
    const Date asOf = options.asOf;
    const UserId approver = userNamed(database, "fnaylor");
    const UserId leader = userNamed(database, "hreid");
    const UserId administrator = userNamed(database, "admin");
    // Limits in the reporting currency: the approver signs off routine
    // losses, larger ones go to the team leader.
    const Currency gbp = Currency::of("GBP");
    const Money approverLimit(500000, gbp);
    writeOffs.setLimit({approver, approverLimit}, administrator, asOf.addDays(-120));
    writeOffs.setLimit({leader, Money(5000000, gbp)}, administrator, asOf.addDays(-120));
    bool rejectedOne = false;
    for (const UserId analyst : analysts) {
        for (const WorklistAccountFacts& f : database.worklist().forAnalyst(analyst, asOf)) {
            if (!f.oldestOverdueDue) continue;
            DemoRandom rng(accountSeed(options.seed, f.id));
            if (rng.between(0, 999) >= 10) continue; // 1%
            OpenDocumentsScope scope;
            scope.account = f.id;
            std::vector<Document> overdue;
            for (OpenDocument& d : database.openDocuments().forScope(scope, asOf))
                if (d.document.type == DocumentType::Invoice && d.document.dueDate < asOf.addDays(-30) &&
                    d.document.openAmount.isPositive())
                    overdue.push_back(std::move(d.document));
            if (overdue.empty()) continue;
            std::ranges::sort(overdue, [](const Document& a, const Document& b) { return a.dueDate < b.dueDate; });
            const Document& oldest = overdue.front();
            // Money a customer disputes is settled by the dispute first.
            const std::vector<DocumentId> ids{oldest.id};
            if (!writeOffs.pendingFor(ids).empty() || database.disputes().activeDisputed(ids).at(oldest.id) > 0)
                continue;

            WriteOff w;
            w.accountId = f.id;
            const Money open = oldest.openAmount;
            // A small balance is what a team writes off most; the rest are
            // customers gone insolvent and debts not worth a lawyer.
            const bool small = open.minorUnits() <= 5000 * open.currency().minorPerMajor() / 100;
            w.reason = small || rng.percent(40)
                           ? WriteOffReason::SmallBalance
                           : (rng.percent(70) ? WriteOffReason::Insolvent : WriteOffReason::Uneconomic);
            const Money amount = w.reason == WriteOffReason::SmallBalance && !small
                                     ? Money(std::max<std::int64_t>(
                                                 1, std::min<std::int64_t>(open.minorUnits(),
                                                                           rng.between(500, 4999) *
                                                                               open.currency().minorPerMajor() / 100)),
                                             open.currency())
                                     : open;
            w.evidence = evidenceFor(w.reason);
            w.items.push_back({oldest.id, oldest.number, amount});
            w.requestedBy = analyst;
            const auto ago = rng.between(1, 60);
            w.requestedOn = std::max(oldest.dueDate, asOf.addDays(-static_cast<std::int32_t>(ago)));
            const int age = asOf - w.requestedOn;
            // Within the approver's limit (at the rates of the demo, within
            // a factor that keeps EUR and USD under it too), else the leader's.
            const UserId decider = amount.minorUnits() <= approverLimit.minorUnits() * 3 / 4 ? approver : leader;
            const auto roll = rng.between(0, 99);
            if (age >= 3 && !rejectedOne && roll >= 80) {
                w.state = WriteOffState::Rejected;
                w.rejectionReason = w.reason == WriteOffReason::Insolvent
                                        ? "No insolvency notice on file; ask for the administrator's letter"
                                        : "Customer still trading; pass to the collection agency first";
                rejectedOne = true;
            } else if (age < 5 || roll < 30) {
                w.state = WriteOffState::Requested;
            } else if (age < 14 || roll < 50 || (amount == open && overdue.size() < 2)) {
                // An account whose only overdue invoice would close stays
                // approved: the diary already follows it as overdue.
                w.state = WriteOffState::Approved;
            } else {
                w.state = WriteOffState::Posted;
            }
            if (w.state != WriteOffState::Requested) {
                w.decidedBy = decider;
                w.decidedOn = w.requestedOn.addDays(static_cast<std::int32_t>(rng.between(1, std::min(age, 4))));
            }
            if (w.state == WriteOffState::Posted) {
                w.postedBy = administrator;
                w.postedOn = std::min(asOf, w.decidedOn->addDays(static_cast<std::int32_t>(rng.between(1, 7))));
            }
            w.id = writeOffs.add(w);

            WriteOffEvent e;
            e.writeOffId = w.id;
            e.state = WriteOffState::Requested;
            e.note = w.evidence;
            e.recordedBy = analyst;
            e.recordedOn = w.requestedOn;
            writeOffs.addEvent(e);
            if (w.decidedOn) {
                e.state = w.state == WriteOffState::Rejected ? WriteOffState::Rejected : WriteOffState::Approved;
                e.note = w.rejectionReason;
                e.recordedBy = w.decidedBy;
                e.recordedOn = *w.decidedOn;
                writeOffs.addEvent(e);
            }
            if (w.postedOn) {
                database.documents().changeOpenAmount(oldest.id, -amount.minorUnits(), *w.postedOn,
                                                      {MovementCause::WriteOff, std::nullopt, std::nullopt});
                e.state = WriteOffState::Posted;
                e.note.clear();
                e.recordedBy = w.postedBy;
                e.recordedOn = *w.postedOn;
                writeOffs.addEvent(e);
            }
            switch (w.state) {
            case WriteOffState::Requested: ++counts.requested; break;
            case WriteOffState::Approved: ++counts.approved; break;
            case WriteOffState::Rejected: ++counts.rejected; break;
            case WriteOffState::Posted: ++counts.posted; break;
            }
        }
    }
    return counts;
}

} // namespace duedesk::demo
