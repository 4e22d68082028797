#include <doctest/doctest.h>

#include <initializer_list>

#include "util/civil_time.hpp"

using namespace stilas::util;

TEST_CASE("epoch seconds and calendar days convert both ways, leap days and times before 1970 included") {
    CivilTime leap = civil_from_epoch(951782400);  // 2000-02-29
    CHECK(leap.year == 2000);
    CHECK(leap.month == 2);
    CHECK(leap.day == 29);
    CHECK(epoch_from_civil({2000, 2, 29, 0, 0, 0}) == 951782400);
    CivilTime before = civil_from_epoch(-1);
    CHECK(before.year == 1969);
    CHECK(before.day == 31);
    CHECK(before.second == 59);
    for (int64_t t : {0LL, 1700000000LL, 4102444799LL}) CHECK(epoch_from_civil(civil_from_epoch(t)) == t);
}
