// AgingBuckets: labels and the boundaries of each bucket.
#include "duedesk/reports/AgingBuckets.h"

#include <catch2/catch.hpp>

using namespace duedesk;

TEST_CASE("Standard buckets are current, 1-30 ... 121+", "[aging]") {
    const AgingBuckets b = AgingBuckets::standard();
    REQUIRE(b.count() == 6);
    CHECK(b.label(0) == "current");
    CHECK(b.label(1) == "1-30");
    CHECK(b.label(2) == "31-60");
    CHECK(b.label(3) == "61-90");
    CHECK(b.label(4) == "91-120");
    CHECK(b.label(5) == "121+");
    CHECK(b.bucketFor(-5) == 0);
    CHECK(b.bucketFor(0) == 0);
    CHECK(b.bucketFor(1) == 1);
    CHECK(b.bucketFor(30) == 1);
    CHECK(b.bucketFor(31) == 2);
    CHECK(b.bucketFor(120) == 4);
    CHECK(b.bucketFor(121) == 5);
    CHECK(b.bucketFor(5000) == 5);
}

TEST_CASE("Custom buckets follow the same pattern", "[aging]") {
    const auto b = AgingBuckets::parse("15,45");
    REQUIRE(b.has_value());
    REQUIRE(b->count() == 4);
    CHECK(b->label(1) == "1-15");
    CHECK(b->label(2) == "16-45");
    CHECK(b->label(3) == "46+");
    CHECK(b->bucketFor(16) == 2);
    CHECK(b->bucketFor(46) == 3);

    std::string reason;
    CHECK_FALSE(AgingBuckets::parse("30,20", &reason).has_value());
    CHECK(reason == "bucket bounds must be positive and increasing");
    CHECK_FALSE(AgingBuckets::parse("0,30", &reason).has_value());
    CHECK(reason == "bucket bounds must be positive and increasing");
    CHECK_FALSE(AgingBuckets::parse("30,x", &reason).has_value());
    CHECK(reason == "\"x\" is not a whole number of days");
    CHECK_FALSE(AgingBuckets::parse("30,", &reason).has_value());
    CHECK(reason == "\"\" is not a whole number of days");
}
