#include <doctest/doctest.h>

#include "feed_fixture.hpp"
#include "feeds/timestamps.hpp"
#include "util/civil_time.hpp"

using namespace stilas;

TEST_CASE("epoch seconds become UTC days and times in the three text forms") {
    const int64_t t = 1710496800;  // 2024-03-15 10:00:00 UTC
    CHECK(feeds::rfc3339_utc(t) == "2024-03-15T10:00:00Z");
    CHECK(util::iso_day(t) == "2024-03-15");
    CHECK(feeds::ics_utc(t) == "20240315T100000Z");
    CHECK(feeds::rfc3339_utc(0) == "1970-01-01T00:00:00Z");
}

TEST_CASE("civil times and epoch seconds convert both ways, leap days and times before 1970 included") {
    CHECK(feeds::epoch_from_civil({2024, 2, 29, 23, 59, 59}) == 1709251199);
    CHECK(feeds::rfc3339_utc(1709251199 + 1) == "2024-03-01T00:00:00Z");
    CHECK(feeds::epoch_from_civil({1969, 12, 31, 0, 0, 0}) == -86400);
    CHECK(feeds::rfc3339_utc(-1) == "1969-12-31T23:59:59Z");
    CHECK(feeds::day_start("2000-02-29") == 951782400);
    CHECK_FALSE(feeds::day_start("2023-02-29"));
    CHECK_FALSE(feeds::day_start(""));
}

TEST_CASE("a page counts as changed at its updated day, else its date, else its git time") {
    auto page = test::feed_page("rapporter", "a", "A");
    CHECK_FALSE(feeds::page_changed(page));
    page.modified = 1700000000;
    CHECK(feeds::page_changed(page) == 1700000000);
    page.date = "2021-08-01";
    CHECK(feeds::page_changed(page) == feeds::day_start("2021-08-01"));
    page.updated = "2022-01-10";
    CHECK(feeds::page_changed(page) == feeds::day_start("2022-01-10"));
}
