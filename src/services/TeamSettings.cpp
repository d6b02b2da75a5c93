#include "duedesk/services/TeamSettings.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/UnitOfWork.h"

namespace duedesk {
TeamSettings::TeamSettings(LedgerDatabase& database) : database_(database) {}

std::optional<Currency> TeamSettings::reportingCurrency() {
    const auto code = database_.settings().get(kReportingCurrencySetting);
    return code ? Currency::fromCode(*code) : std::nullopt;
}

void TeamSettings::setReportingCurrency(const Currency& currency, const Actor& by) {
    requirePermission(by, Permission::ManageSettings);
    UnitOfWork work(database_);
    database_.settings().set(kReportingCurrencySetting, currency.code());
    work.commit();
}

} // namespace duedesk
