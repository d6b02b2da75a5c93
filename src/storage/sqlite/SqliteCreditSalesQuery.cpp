// One grouped read over the documents; a period report, not a hot path, so
// it needs no index of its own.
#include "storage/sqlite/SqliteCreditSalesQuery.h"

#include "duedesk/domain/Document.h"
#include "storage/sqlite/CurrencyColumn.h"

namespace duedesk {

CurrencyTotals SqliteCreditSalesQuery::between(Date from, Date to) {
    sqlite::Statement s(database_.connection(),
                        "SELECT currency, sum(CASE WHEN type = ?3 THEN amount ELSE -amount END) FROM documents "
                        "WHERE document_date BETWEEN ?1 AND ?2 AND type IN (?3, ?4) GROUP BY currency");
    s.bind(1, from.dayNumber());
    s.bind(2, to.dayNumber());
    s.bind(3, static_cast<int>(DocumentType::Invoice));
    s.bind(4, static_cast<int>(DocumentType::CreditNote));
    CurrencyTotals totals;
    CurrencyColumn currency;
    while (s.step()) totals.add(currency.read(s.text(0)), s.int64(1));
    return totals;
}

} // namespace duedesk
