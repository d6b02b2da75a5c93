// SQL for documents, allocations and open-amount movements.
#include "storage/sqlite/SqliteDocumentRepository.h"

#include "storage/sqlite/PendingOpenItemTotals.h"

namespace duedesk {
namespace {

constexpr const char* kDocumentColumns =
    "SELECT id, account_id, type, number, document_date, due_date, currency, amount, open_amount, reference "
    "FROM documents ";

Document readDocument(sqlite::Statement& s) {
    Document d;
    d.id = s.int64(0);
    d.accountId = s.int64(1);
    d.type = static_cast<DocumentType>(s.int32(2));
    d.number = s.string(3);
    d.documentDate = Date::fromDayNumber(s.int32(4));
    d.dueDate = Date::fromDayNumber(s.int32(5));
    const auto currency = Currency::fromCode(s.text(6));
    if (!currency) throw StorageError("document " + d.number + " has an unknown currency " + s.string(6));
    d.amount = Money(s.int64(7), *currency);
    d.openAmount = Money(s.int64(8), *currency);
    d.reference = s.string(9);
    return d;
}

} // namespace

SqliteDocumentRepository::SqliteDocumentRepository(SqliteLedgerDatabase& database)
    : database_(database),
      insert_(database.connection(),
              "INSERT INTO documents (account_id, type, number, document_date, due_date, currency, amount, "
              "open_amount, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insertIfNew_(database.connection(),
                   "INSERT INTO documents (account_id, type, number, document_date, due_date, currency, amount, "
                   "open_amount, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (account_id, type, number) DO NOTHING"),
      insertSettled_(database.connection(),
                     "INSERT INTO documents (account_id, type, number, document_date, due_date, currency, amount, "
                     "open_amount, reference, last_movement_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      findByKey_(database.connection(),
                 std::string(kDocumentColumns) + "WHERE account_id = ? AND type = ? AND number = ?"),
      updateOpen_(database.connection(), "UPDATE documents SET open_amount = open_amount + ?1, "
                                         "last_movement_on = max(coalesce(last_movement_on, ?2), ?2) WHERE id = ?3"),
      insertMovement_(database.connection(),
                      "INSERT INTO document_movements (document_id, effective_on, open_change, cause, import_run_id, "
                      "allocation_id, reversal_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
      insertAllocation_(database.connection(),
                        "INSERT INTO allocations (credit_document_id, invoice_id, amount, allocated_on, user_id) "
                        "VALUES (?, ?, ?, ?, ?)"),
      accountGroup_(database.connection(), "SELECT coalesce(analyst_id, 0), risk_class FROM accounts WHERE id = ?"),
      noteMovement_(database.connection(), "UPDATE ledger_state SET latest_movement_on = ?1 WHERE id = 1") {}

// A new open document joins its group's open-item totals (schema v2),
// through the connection's buffer, written at commit. The account's group
// is read now, not cached: see PendingOpenItemTotals for why that matters.
void SqliteDocumentRepository::addToOpenItemTotals(const Document& d) {
    if (d.openAmount.isZero()) return;
    accountGroup_.bind(1, d.accountId);
    if (!accountGroup_.step()) {
        accountGroup_.reset();
        throw StorageError("document " + d.number + " belongs to no account");
    }
    OpenItemTotalKey key{accountGroup_.int64(0), accountGroup_.string(1), std::string(d.amount.currency().code()),
                         isDebit(d.type) ? 1 : 0, d.dueDate.dayNumber()};
    accountGroup_.reset();
    database_.pendingTotals().add(std::move(key), d.openAmount.minorUnits(), d.documentDate.dayNumber());
    // Outside a transaction there is no commit to flush at.
    if (!database_.inTransaction()) database_.flushPendingWrites();
}

void SqliteDocumentRepository::noteMovementDate(Date effectiveOn) {
    if (!latestMovementOn_)
        latestMovementOn_ = static_cast<std::int32_t>(
            database_.connection().queryInt("SELECT latest_movement_on FROM ledger_state WHERE id = 1"));
    if (effectiveOn.dayNumber() <= *latestMovementOn_) return;
    latestMovementOn_ = effectiveOn.dayNumber();
    noteMovement_.bind(1, effectiveOn.dayNumber()).run();
}

namespace {
void bindDocument(sqlite::Statement& s, const Document& d) {
    s.bind(1, d.accountId).bind(2, static_cast<int>(d.type)).bind(3, d.number);
    s.bind(4, d.documentDate.dayNumber()).bind(5, d.dueDate.dayNumber()).bind(6, d.amount.currency().code());
    s.bind(7, d.amount.minorUnits()).bind(8, d.openAmount.minorUnits()).bind(9, d.reference);
}
} // namespace

DocumentId SqliteDocumentRepository::add(const Document& d) {
    bindDocument(insert_, d);
    insert_.run();
    const DocumentId id = database_.connection().lastInsertId();
    addToOpenItemTotals(d);
    return id;
}

std::optional<DocumentId> SqliteDocumentRepository::addIfNew(const Document& d) {
    bindDocument(insertIfNew_, d);
    insertIfNew_.run();
    if (database_.connection().changes() == 0) return std::nullopt;
    const DocumentId id = database_.connection().lastInsertId();
    addToOpenItemTotals(d);
    return id;
}

std::optional<Document> SqliteDocumentRepository::findByKey(AccountId account, DocumentType type,
                                                            std::string_view number) {
    findByKey_.bind(1, account).bind(2, static_cast<int>(type)).bind(3, number);
    std::optional<Document> found;
    if (findByKey_.step()) found = readDocument(findByKey_);
    findByKey_.reset();
    return found;
}

std::optional<Document> SqliteDocumentRepository::findById(DocumentId id) {
    sqlite::Statement s(database_.connection(), std::string(kDocumentColumns) + "WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return readDocument(s);
}

std::vector<Document> SqliteDocumentRepository::forAccount(AccountId account) {
    sqlite::Statement s(database_.connection(),
                        std::string(kDocumentColumns) + "WHERE account_id = ? ORDER BY document_date, id");
    s.bind(1, account);
    std::vector<Document> out;
    while (s.step()) out.push_back(readDocument(s));
    return out;
}

std::int64_t SqliteDocumentRepository::count() {
    return database_.connection().queryInt("SELECT count(*) FROM documents");
}

void SqliteDocumentRepository::updateDetails(const Document& d) {
    sqlite::Statement s(database_.connection(),
                        "UPDATE documents SET document_date = ?, due_date = ?, amount = ?, reference = ? WHERE id = ?");
    s.bind(1, d.documentDate.dayNumber()).bind(2, d.dueDate.dayNumber()).bind(3, d.amount.minorUnits());
    s.bind(4, d.reference).bind(5, d.id).run();
}

void SqliteDocumentRepository::changeOpenAmount(DocumentId id, std::int64_t delta, Date effectiveOn,
                                                const MovementSource& source) {
    if (delta == 0) return;
    updateOpen_.bind(1, delta).bind(2, effectiveOn.dayNumber()).bind(3, id).run();
    insertMovement(id, delta, effectiveOn, source);
}

void SqliteDocumentRepository::insertMovement(DocumentId id, std::int64_t change, Date effectiveOn,
                                              const MovementSource& source, std::optional<std::int64_t> reversalId) {
    insertMovement_.bind(1, id)
        .bind(2, effectiveOn.dayNumber())
        .bind(3, change)
        .bind(4, movementCauseName(source.cause));
    insertMovement_.bind(5, source.importRunId).bind(6, source.allocationId).bind(7, reversalId).run();
    noteMovementDate(effectiveOn);
}

DocumentId SqliteDocumentRepository::insertSettled(const Document& d, std::optional<Date> lastMovementOn) {
    bindDocument(insertSettled_, d);
    insertSettled_.bind(10, lastMovementOn ? std::optional<std::int64_t>(lastMovementOn->dayNumber()) : std::nullopt);
    insertSettled_.run();
    const DocumentId id = database_.connection().lastInsertId();
    addToOpenItemTotals(d);
    return id;
}

DocumentId SqliteDocumentRepository::addSettlement(Document invoice, std::vector<SettlingCredit>& credits) {
    std::int64_t allocatedTotal = 0;
    std::optional<Date> invoiceLast;
    for (const SettlingCredit& c : credits) {
        if (c.allocated < 0 || c.allocated > c.document.amount.minorUnits() ||
            (c.allocated > 0) != c.allocatedOn.has_value())
            throw StorageError("settlement of " + invoice.number + ": an allocation does not fit its credit");
        allocatedTotal = checkedAdd(allocatedTotal, c.allocated);
        if (c.allocatedOn && (!invoiceLast || *invoiceLast < *c.allocatedOn)) invoiceLast = c.allocatedOn;
    }
    if (allocatedTotal > invoice.amount.minorUnits())
        throw StorageError("settlement of " + invoice.number + ": more is allocated than the invoice's amount");
    invoice.openAmount = Money(invoice.amount.minorUnits() - allocatedTotal, invoice.amount.currency());
    const DocumentId invoiceId = insertSettled(invoice, invoiceLast);
    for (SettlingCredit& c : credits) {
        c.document.openAmount = Money(c.document.amount.minorUnits() - c.allocated, c.document.amount.currency());
        const DocumentId creditId = insertSettled(c.document, c.allocatedOn);
        if (!c.allocatedOn) continue;
        const MovementSource source{
            MovementCause::Allocation, std::nullopt,
            insertAllocationRow(creditId, invoiceId, c.allocated, *c.allocatedOn, std::nullopt)};
        insertMovement(invoiceId, -c.allocated, *c.allocatedOn, source);
        insertMovement(creditId, -c.allocated, *c.allocatedOn, source);
    }
    return invoiceId;
}

std::int64_t SqliteDocumentRepository::openAmountOn(DocumentId id, Date date) {
    sqlite::Statement s(database_.connection(), "SELECT CASE WHEN d.document_date > ?2 THEN 0 ELSE d.open_amount - "
                                                "  (SELECT coalesce(sum(m.open_change), 0) FROM document_movements m "
                                                "   WHERE m.document_id = d.id AND m.effective_on > ?2) END "
                                                "FROM documents d WHERE d.id = ?1");
    s.bind(1, id).bind(2, date.dayNumber());
    if (!s.step()) throw StorageError("document " + std::to_string(id) + " does not exist");
    return s.int64(0);
}

std::vector<std::pair<DocumentId, std::int64_t>> SqliteDocumentRepository::openDocumentsOnOrBefore(Date date) {
    sqlite::Statement s(database_.connection(),
                        "SELECT id, open_amount FROM documents WHERE open_amount <> 0 AND document_date <= ?");
    s.bind(1, date.dayNumber());
    std::vector<std::pair<DocumentId, std::int64_t>> out;
    while (s.step()) out.emplace_back(s.int64(0), s.int64(1));
    return out;
}

std::int64_t SqliteDocumentRepository::insertAllocationRow(DocumentId credit, DocumentId invoice, std::int64_t amount,
                                                           Date on, std::optional<UserId> user) {
    insertAllocation_.bind(1, credit).bind(2, invoice).bind(3, amount).bind(4, on.dayNumber()).bind(5, user).run();
    return database_.connection().lastInsertId();
}

std::int64_t SqliteDocumentRepository::addAllocation(const Allocation& a, std::optional<UserId> user) {
    const std::int64_t id =
        insertAllocationRow(a.creditDocumentId, a.invoiceId, a.amount.minorUnits(), a.allocatedOn, user);
    const MovementSource source{MovementCause::Allocation, std::nullopt, id};
    changeOpenAmount(a.invoiceId, -a.amount.minorUnits(), a.allocatedOn, source);
    changeOpenAmount(a.creditDocumentId, -a.amount.minorUnits(), a.allocatedOn, source);
    return id;
}

std::optional<AllocationRecord> SqliteDocumentRepository::findAllocation(std::int64_t id) {
    sqlite::Statement s(database_.connection(),
                        "SELECT a.credit_document_id, a.invoice_id, a.amount, d.currency, a.allocated_on, a.user_id, "
                        "r.reversed_on, r.user_id FROM allocations a JOIN documents d ON d.id = a.invoice_id "
                        "LEFT JOIN allocation_reversals r ON r.allocation_id = a.id WHERE a.id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    const auto currency = Currency::fromCode(s.text(3));
    if (!currency) throw StorageError("allocation " + std::to_string(id) + " has an unknown currency");
    AllocationRecord r;
    r.allocation = {id, s.int64(0), s.int64(1), Money(s.int64(2), *currency), Date::fromDayNumber(s.int32(4))};
    if (!s.isNull(5)) r.recordedBy = s.int64(5);
    if (!s.isNull(6)) r.reversedOn = Date::fromDayNumber(s.int32(6));
    if (!s.isNull(7)) r.reversedBy = s.int64(7);
    return r;
}

std::int64_t SqliteDocumentRepository::addAllocationReversal(std::int64_t allocationId, Date on,
                                                             std::optional<UserId> user) {
    const auto record = findAllocation(allocationId);
    if (!record) throw StorageError("allocation " + std::to_string(allocationId) + " does not exist");
    if (record->reversedOn) throw StorageError("allocation " + std::to_string(allocationId) + " is already reversed");
    sqlite::Statement insert(database_.connection(),
                             "INSERT INTO allocation_reversals (allocation_id, reversed_on, user_id) VALUES (?, ?, ?)");
    insert.bind(1, allocationId).bind(2, on.dayNumber()).bind(3, user).run();
    const std::int64_t reversalId = database_.connection().lastInsertId();
    const Allocation& a = record->allocation;
    const MovementSource source{MovementCause::AllocationReversal, std::nullopt, allocationId};
    for (const DocumentId document : {a.invoiceId, a.creditDocumentId}) {
        updateOpen_.bind(1, a.amount.minorUnits()).bind(2, on.dayNumber()).bind(3, document).run();
        insertMovement(document, a.amount.minorUnits(), on, source, reversalId);
    }
    return reversalId;
}

bool SqliteDocumentRepository::hasOverdueInvoice(AccountId account, Date day) {
    sqlite::Statement s(database_.connection(),
                        "SELECT EXISTS (SELECT 1 FROM documents WHERE account_id = ? AND type = 1 AND open_amount > 0 "
                        "AND due_date < ?)");
    s.bind(1, account).bind(2, day.dayNumber());
    return s.step() && s.int64(0) != 0;
}

} // namespace duedesk
