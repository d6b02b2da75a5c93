// The small table models (the account view's tables, the aging drill-down,
// the import problems): each runs under QAbstractItemModelTester while its
// rows come and go, gives every cell a text and a raw value, and sorts on
// the raw value through a proxy as the views do.
#include "app/account/AccountModels.h"
#include "app/aging/AgingDrillDownModel.h"
#include "app/common/ModelRoles.h"
#include "app/diary/DiaryModels.h"
#include "app/import/ImportProblemsModel.h"
#include "gui/GuiSupport.h"

#include "duedesk/reports/AccountDetail.h"
#include "duedesk/storage/AccountRepository.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

const Currency gbp = *Currency::fromCode("GBP");

// Runs the tester over `model` while `fill` sets its rows, then empties
// it again through `clear`; every cell has a text and a raw value.
template <class Model, class Fill, class Clear>
void exercise(Model& model, Fill fill, Clear clear) {
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fill();
    REQUIRE(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            INFO("row " << r << ", column " << c);
            CHECK(model.data(model.index(r, c), Qt::DisplayRole).typeId() == QMetaType::QString);
            CHECK(model.data(model.index(r, c), app::RawValueRole).isValid());
        }
    for (int c = 0; c < model.columnCount(); ++c) CHECK_FALSE(model.headerData(c, Qt::Horizontal).toString().isEmpty());
    CHECK_FALSE(model.headerData(model.columnCount(), Qt::Horizontal).isValid());
    clear();
    CHECK(model.rowCount() == 0);
    fill();
}

// The texts of a column after sorting on it through a proxy on the raw role.
QStringList sortedColumn(QAbstractItemModel& model, int column, Qt::SortOrder order) {
    QSortFilterProxyModel proxy;
    proxy.setSortRole(app::RawValueRole);
    proxy.setSourceModel(&model);
    proxy.sort(column, order);
    QStringList texts;
    for (int r = 0; r < proxy.rowCount(); ++r) texts << cell(proxy, r, column);
    return texts;
}

Qt::Alignment alignment(const QAbstractItemModel& model, int row, int column) {
    return model.data(model.index(row, column), Qt::TextAlignmentRole).value<Qt::Alignment>();
}

} // namespace

TEST_CASE("The open and closed items models show A1's documents and sort amounts as numbers", "[gui][models]") {
    HandLedgerSession s;
    LedgerDatabase& db = s.session->database();
    const AccountDetail a1 = loadAccountDetail(db, db.accounts().findByNumber("A1")->id, Date::ymd(2026, 6, 30));

    app::OpenItemsModel open;
    exercise(
        open, [&] { open.setRows(a1.openItems); }, [&] { open.setRows({}); });
    using O = app::OpenItemColumn;
    REQUIRE(open.rowCount() == 4);
    CHECK(cell(open, 0, static_cast<int>(O::Document)) == QStringLiteral("INV-3"));
    CHECK(cell(open, 3, static_cast<int>(O::RunningBalance)) == QStringLiteral("1,150.50"));
    CHECK(open.data(open.index(3, static_cast<int>(O::RunningBalance)), app::RawValueRole).toLongLong() == 115050);
    CHECK(alignment(open, 3, static_cast<int>(O::RunningBalance)) == (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(alignment(open, 3, static_cast<int>(O::Document)) == (Qt::AlignLeft | Qt::AlignVCenter));
    // As text "450.50" would come before "1,150.50"; as minor units it does not.
    CHECK(sortedColumn(open, static_cast<int>(O::RunningBalance), Qt::DescendingOrder) ==
          QStringList{QStringLiteral("1,150.50"), QStringLiteral("450.50"), QStringLiteral("250.50"),
                      QStringLiteral("150.50")});

    app::ClosedItemsModel closed;
    exercise(
        closed, [&] { closed.setRows(a1.closedItems); }, [&] { closed.setRows({}); });
    REQUIRE(closed.rowCount() == 1);
    CHECK(cell(closed, 0, static_cast<int>(app::ClosedItemColumn::Document)) == QStringLiteral("CN-1"));
    CHECK(closed.columnCount() == 7);
}

TEST_CASE("The contacts and addresses model lists contacts first, with who recorded them", "[gui][models]") {
    AccountDetail d;
    Contact sam;
    sam.name = "Sam Clerk";
    sam.phone = "+44 113 496 0000";
    sam.primary = true;
    sam.validFrom = Date::ymd(2026, 6, 1);
    sam.recordedBy = 7;
    sam.recordedOn = Date::ymd(2026, 6, 30);
    Contact old = sam;
    old.primary = false;
    old.validFrom = Date::ymd(2025, 1, 1);
    old.validTo = Date::ymd(2026, 5, 31);
    old.recordedBy.reset(); // imported
    Address billing;
    billing.line1 = "1 Park Row";
    billing.city = "Leeds";
    billing.country = "GB";
    billing.validFrom = Date::ymd(2026, 1, 1);
    billing.recordedBy = 8; // a user since removed: the id shows
    billing.recordedOn = Date::ymd(2026, 2, 1);
    d.contacts = {sam, old};
    d.addresses = {billing};
    d.recordedByNames = {{7, "amorgan"}};

    app::ContactsAndAddressesModel model;
    exercise(
        model, [&] { model.setRows(app::contactsAndAddresses(d)); }, [&] { model.setRows({}); });
    const auto row = [&](int r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) cells << cell(model, r, c);
        return cells.join(QLatin1Char('|'));
    };
    REQUIRE(model.rowCount() == 3);
    CHECK(row(0) ==
          QStringLiteral("Primary contact|Sam Clerk, +44 113 496 0000|2026-06-01|current|amorgan on 2026-06-30"));
    CHECK(row(1) == QStringLiteral("Contact|Sam Clerk, +44 113 496 0000|2025-01-01|2026-05-31|imported"));
    CHECK(row(2) == QStringLiteral("Billing address|1 Park Row, Leeds, GB|2026-01-01|current|8 on 2026-02-01"));
    // A current record has no end: it sorts after every ended one.
    CHECK(sortedColumn(model, static_cast<int>(app::ContactOrAddressColumn::ValidTo), Qt::AscendingOrder) ==
          QStringList{QStringLiteral("2026-05-31"), QStringLiteral("current"), QStringLiteral("current")});
}

TEST_CASE("The activity and contact log models name what happened and sort on dates and amounts", "[gui][models]") {
    const auto entry = [](Date on, ActivityKind kind, DocumentType type, const char* number) {
        ActivityEntry e;
        e.on = on;
        e.kind = kind;
        e.document = DocumentRef{type, number};
        return app::ActivityLine{e, {}, {}};
    };
    app::ActivityLine recorded =
        entry(Date::ymd(2026, 4, 1), ActivityKind::DocumentRecorded, DocumentType::CreditNote, "CN-1");
    recorded.entry.amount = Money(5000, gbp);
    recorded.entry.balanceChange = Money(-5000, gbp);
    recorded.entry.balanceAfter = Money(-5000, gbp);
    app::ActivityLine closed =
        entry(Date::ymd(2026, 5, 3), ActivityKind::OpenAmountChanged, DocumentType::Invoice, "INV-2");
    closed.entry.cause = MovementCause::SnapshotClose;
    closed.entry.balanceChange = Money(-20000, gbp);
    closed.entry.balanceAfter = Money(-25000, gbp);
    app::ActivityLine paid = entry(Date::ymd(2026, 6, 2), ActivityKind::Allocation, DocumentType::Payment, "PAY-1");
    paid.entry.appliedTo = DocumentRef{DocumentType::Invoice, "INV-1"};
    paid.entry.amount = Money(60000, gbp);
    paid.recordedBy = "amorgan";
    app::ActivityModel activity;
    exercise(
        activity,
        [&] {
            activity.setRows({paid, closed, recorded});
        },
        [&] { activity.setRows({}); });
    using A = app::ActivityColumn;
    CHECK(cell(activity, 0, static_cast<int>(A::Document)) == QStringLiteral("Payment PAY-1"));
    CHECK(cell(activity, 0, static_cast<int>(A::What)) == QStringLiteral("Allocation"));
    CHECK(cell(activity, 0, static_cast<int>(A::Details)) == QStringLiteral("600.00 applied to Invoice INV-1"));
    CHECK(cell(activity, 0, static_cast<int>(A::Change)).isEmpty()); // the balance stays
    CHECK(cell(activity, 0, static_cast<int>(A::Currency)) == QStringLiteral("GBP"));
    CHECK(cell(activity, 0, static_cast<int>(A::Recorded)) == QStringLiteral("amorgan"));
    CHECK(cell(activity, 1, static_cast<int>(A::What)) == QStringLiteral("Closed by snapshot import"));
    CHECK(cell(activity, 1, static_cast<int>(A::Balance)) == QStringLiteral("-250.00"));
    CHECK(cell(activity, 2, static_cast<int>(A::What)) == QStringLiteral("Recorded"));
    CHECK(cell(activity, 2, static_cast<int>(A::Document)) == QStringLiteral("Credit note CN-1"));
    CHECK(cell(activity, 2, static_cast<int>(A::Details)) == QStringLiteral("Amount 50.00"));
    CHECK(sortedColumn(activity, static_cast<int>(A::Change), Qt::AscendingOrder) ==
          QStringList{QString(), QStringLiteral("-200.00"), QStringLiteral("-50.00")});
    CHECK(sortedColumn(activity, static_cast<int>(A::Date), Qt::AscendingOrder).first() ==
          QStringLiteral("2026-04-01"));

    AccountDetail d;
    Contact sam;
    sam.id = 3;
    sam.name = "Sam Clerk";
    d.contacts = {sam};
    d.recordedByNames = {{7, "amorgan"}};
    ContactLogEntry call;
    call.contactedOn = Date::ymd(2026, 6, 29);
    call.channel = ContactChannel::Phone;
    call.contactId = 3;
    call.outcome = ContactOutcome::PromiseToPay;
    call.note = "Promised 450.50 by Friday";
    call.followUpOn = Date::ymd(2026, 7, 3);
    call.recordedBy = 7;
    ContactLogEntry note;
    note.contactedOn = Date::ymd(2026, 6, 1);
    note.channel = ContactChannel::Note;
    note.note = "Disputes INV-2";
    note.recordedBy = 9;
    d.contactLog = {call, note};
    app::ContactLogModel log;
    exercise(
        log, [&] { log.setRows(app::contactLogLines(d)); }, [&] { log.setRows({}); });
    const auto row = [&](int r) {
        QStringList cells;
        for (int c = 0; c < log.columnCount(); ++c) cells << cell(log, r, c);
        return cells.join(QLatin1Char('|'));
    };
    CHECK(row(0) == QStringLiteral(
                        "2026-06-29|Phone call|Sam Clerk|Promise to pay|2026-07-03|amorgan|Promised 450.50 by Friday"));
    CHECK(row(1) == QStringLiteral("2026-06-01|Note to file||Other||9|Disputes INV-2"));
    // No follow-up sorts before every date.
    CHECK(sortedColumn(log, static_cast<int>(app::ContactLogColumn::FollowUp), Qt::AscendingOrder) ==
          QStringList{QString(), QStringLiteral("2026-07-03")});
}

TEST_CASE("The drill-down and import problem models sort numbers as numbers", "[gui][models]") {
    AgingCellItem big{"A1", "INV-3",           DocumentType::Invoice, Date::ymd(2026, 1, 1), Date::ymd(2026, 3, 31),
                      91,   Money(125050, gbp)};
    AgingCellItem small{"A4", "U-3",           DocumentType::Invoice, Date::ymd(2026, 5, 1), Date::ymd(2026, 6, 14),
                        16,   Money(4950, gbp)};
    AgingCellItem due{"A2", "INV-9",          DocumentType::Invoice, Date::ymd(2026, 6, 20), Date::ymd(2026, 7, 20),
                      0,    Money(90000, gbp)};
    app::AgingDrillDownModel items;
    exercise(
        items,
        [&] {
            items.setRows({big, small, due});
        },
        [&] { items.setRows({}); });
    using D = app::DrillDownColumn;
    CHECK(cell(items, 0, static_cast<int>(D::Open)) == QStringLiteral("1,250.50"));
    CHECK(cell(items, 2, static_cast<int>(D::Days)).isEmpty()); // not yet due
    CHECK(alignment(items, 0, static_cast<int>(D::Open)) == (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(sortedColumn(items, static_cast<int>(D::Open), Qt::DescendingOrder) ==
          QStringList{QStringLiteral("1,250.50"), QStringLiteral("900.00"), QStringLiteral("49.50")});
    CHECK(sortedColumn(items, static_cast<int>(D::Days), Qt::DescendingOrder) ==
          QStringList{QStringLiteral("91"), QStringLiteral("16"), QString()});

    app::ImportProblemsModel problems;
    const std::vector<ImportProblem> kept{{3, "type", "\"bill\" is not one of invoice, credit_note, payment"},
                                          {12, "account_name", "is required for the new account \"A9\""},
                                          {9, "amount", "is not a number"}};
    exercise(
        problems, [&] { problems.setRows(kept); }, [&] { problems.setRows({}); });
    CHECK(cell(problems, 1, 0) == QStringLiteral("12"));
    CHECK(cell(problems, 1, 1) == QStringLiteral("account_name"));
    CHECK(alignment(problems, 0, 0) == (Qt::AlignRight | Qt::AlignVCenter));
    // Line 12 after line 9, not before it as text would have it.
    CHECK(sortedColumn(problems, 0, Qt::AscendingOrder) ==
          QStringList{QStringLiteral("3"), QStringLiteral("9"), QStringLiteral("12")});
}

TEST_CASE("The diary's models: the worklist and the team queues", "[gui][models][diary]") {
    HandLedgerSession s;
    LedgerDatabase& db = s.session->database();
    const UserId amorgan = s.session->user().id;
    const app::DiaryDay day = app::loadDiaryDay(db, amorgan, Date::ymd(2026, 6, 30));
    app::WorkItemsModel items;
    exercise(
        items, [&] { items.setRows(day.worklist.items); }, [&] { items.setRows({}); });
    REQUIRE(items.rowCount() == 2);
    const int overdue = app::WorkItemsModel::section(app::WorkItemColumn::Overdue);
    // Sorted on the minor units: GBP 450.50 before EUR 2,750.25.
    CHECK(sortedColumn(items, overdue, Qt::AscendingOrder) ==
          QStringList{QStringLiteral("GBP 450.50"), QStringLiteral("EUR 2,750.25")});
    CHECK(alignment(items, 0, overdue) == (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(alignment(items, 0, app::WorkItemsModel::section(app::WorkItemColumn::Reasons)) ==
          (Qt::AlignLeft | Qt::AlignVCenter));
    // Nothing missed on the hand ledger: no row in bold.
    CHECK_FALSE(items.data(items.index(0, 0), Qt::FontRole).isValid());

    const app::TeamQueues team = app::loadTeamQueues(db, Date::ymd(2026, 6, 30));
    app::TeamQueuesModel queues;
    queues.setReportingCurrency(team.reportingCurrency);
    exercise(
        queues, [&] { queues.setRows(team.analysts); }, [&] { queues.setRows({}); });
    REQUIRE(queues.rowCount() == 2);
    CHECK(cell(queues, 0, 0) == QStringLiteral("Alice Morgan (amorgan)"));
    CHECK(cell(queues, 1, 0) == QStringLiteral("Ben Okafor (bokafor)"));
}
