// SQL for settings.
#include "storage/sqlite/SqliteSettingsRepository.h"

namespace duedesk {

std::optional<std::string> SqliteSettingsRepository::get(std::string_view key) {
    sqlite::Statement s(database_.connection(), "SELECT value FROM settings WHERE key = ?");
    s.bind(1, key);
    if (!s.step()) return std::nullopt;
    return s.string(0);
}

void SqliteSettingsRepository::set(std::string_view key, std::string_view value) {
    sqlite::Statement s(database_.connection(),
                        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                        "excluded.value");
    s.bind(1, key).bind(2, value).run();
}

} // namespace duedesk
