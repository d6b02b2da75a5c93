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

std::string resolveDatabasePath(const std::optional<std::string>& explicitPath) {
    if (explicitPath && !explicitPath->empty()) return *explicitPath;
    if (const char* env = std::getenv("DUEDESK_DB"); env && *env) return env;
    return defaultDatabasePath();
}

} // namespace duedesk
