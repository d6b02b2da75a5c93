// Runner for the GUI tests: one QApplication on the offscreen platform, a
// fixed locale so amounts read the same everywhere, and settings kept out
// of the user's own and of other test processes'.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DuedeskTests"));
    QApplication::setApplicationName(QStringLiteral("DuedeskGuiTests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // CTest runs test cases in parallel processes: each keeps its settings
    // in a folder of its own, so one's remembered user is not another's.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
