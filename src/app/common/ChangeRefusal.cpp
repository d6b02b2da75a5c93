// One place that knows which exceptions are refusals.
#include "app/common/ChangeRefusal.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/services/ChangeRefused.h"
#include "duedesk/storage/StorageError.h"

namespace duedesk::app {

std::optional<std::string> refusalOf(const char* what, const std::function<void()>& write) {
    try {
        write();
    } catch (const ChangeRefused& e) {
        // A field's reason names customer data and stays out of the log.
        return std::string(e.what());
    } catch (const PermissionDenied& e) {
        ApplicationLog::installed().refused(what, e.what());
        return std::string(e.what());
    } catch (const StorageError& e) {
        ApplicationLog::installed().failed(what, e.what());
        throw;
    }
    return std::nullopt;
}

} // namespace duedesk::app
