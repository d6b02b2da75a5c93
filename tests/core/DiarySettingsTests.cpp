// The diary's settings: defaults until set, checked ranges, kept by team
// leaders and administrators.
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/TeamSettings.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/SettingsRepository.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

TEST_CASE("The diary settings default to a 3-day grace, no tolerance and a 3-day interval", "[settings]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    TeamSettings settings(*db);
    DiarySettings d = settings.diarySettings();
    CHECK(d.commitments.graceDays == 3);
    CHECK(d.commitments.toleranceMinor == 0);
    CHECK(d.minimumContactIntervalDays == 3);

    d.commitments.graceDays = 5;
    d.commitments.toleranceMinor = 250;
    d.minimumContactIntervalDays = 7;
    settings.setDiarySettings(d, operatorActor());
    const DiarySettings read = settings.diarySettings();
    CHECK(read.commitments.graceDays == 5);
    CHECK(read.commitments.toleranceMinor == 250);
    CHECK(read.minimumContactIntervalDays == 7);
    CHECK(db->settings().get(kPromiseGraceDaysSetting) == "5");
    // Reports read them without the service.
    CHECK(readDiarySettings(db->settings()).commitments.toleranceMinor == 250);

    // A value edited by hand into nonsense reads as the default.
    db->settings().set(kPromiseGraceDaysSetting, "three");
    db->settings().set(kMinimumContactIntervalSetting, "61");
    CHECK(settings.diarySettings().commitments.graceDays == 3);
    CHECK(settings.diarySettings().minimumContactIntervalDays == 3);
}

TEST_CASE("The diary settings are refused out of range or by an analyst, and nothing is written", "[settings]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    TeamSettings settings(*db);
    const std::string before = dumpDatabase(db->path());
    DiarySettings d;
    d.commitments.graceDays = 61;
    CHECK_THROWS_WITH(settings.setDiarySettings(d, operatorActor()),
                      "The promise grace days must be 0 to 60; 61 is not.");
    d = {};
    d.commitments.toleranceMinor = -1;
    CHECK_THROWS_WITH(settings.setDiarySettings(d, operatorActor()),
                      "The promise tolerance must be 0 or more; -1 is not.");
    d = {};
    d.minimumContactIntervalDays = -1;
    CHECK_THROWS_WITH(settings.setDiarySettings(d, operatorActor()),
                      "The minimum contact interval must be 0 to 60 days; -1 is not.");
    const Actor analyst = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 7, 1));
    CHECK_THROWS_AS(settings.setDiarySettings({}, analyst), PermissionDenied);
    CHECK(dumpDatabase(db->path()) == before);
}
