// Monthly instalments of a total, the remainder on the last.
#include "duedesk/domain/InstalmentSchedule.h"

namespace duedesk {

std::vector<Instalment> monthlyInstalments(const Money& total, int count, Date first) {
    if (count < 1 || count > kMaxMonthlyInstalments || total.minorUnits() < count) return {};
    const std::int64_t share = total.minorUnits() / count;
    std::vector<Instalment> instalments;
    instalments.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Instalment instalment;
        instalment.seq = i + 1;
        // Counted from the first date, not the previous one: a plan from
        // the 31st keeps falling on each month's end.
        instalment.dueOn = first.addMonths(i);
        const std::int64_t minor = i + 1 < count ? share : total.minorUnits() - share * (count - 1);
        instalment.amount = Money(minor, total.currency());
        instalments.push_back(instalment);
    }
    return instalments;
}

} // namespace duedesk
