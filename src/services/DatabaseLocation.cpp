// Database path resolution shared by the CLI and the workstation.
#include "duedesk/services/DatabaseLocation.h"

#include <QStandardPaths>
#include <QString>

#include <cstdlib>

namespace duedesk {

std::string defaultDatabasePath() {
    // GenericDataLocation does not depend on the application name, so the
    // CLI and the workstation agree without sharing a QCoreApplication.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return (base + QStringLiteral("/duedesk/duedesk.db")).toStdString();
}

std::string resolvePath(const std::optional<std::string>& option, const char* environmentVariable,
                        const std::string& fallback) {
    if (option && !option->empty()) return *option;
    if (const char* env = std::getenv(environmentVariable); env && *env) return env;
    return fallback;
}

std::string resolveDatabasePath(const std::optional<std::string>& explicitPath) {
    return resolvePath(explicitPath, "DUEDESK_DB", defaultDatabasePath());
}

} // namespace duedesk
