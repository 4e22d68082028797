#include "util/civil_time.hpp"

#include <cstdio>

namespace stilas::util {
namespace {

constexpr int64_t k_seconds_per_day = 86400;

// Days since 1970-01-01 of a proleptic Gregorian date. Counting years from March makes the
// leap day the last day of the counted year, so each 400-year era has a fixed shape.
int64_t days_from_civil(int year, int month, int day) {
    const int64_t y = year - (month <= 2 ? 1 : 0);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t year_of_era = y - era * 400;
    const int64_t march_month = (month + 9) % 12;
    const int64_t day_of_year = (153 * march_month + 2) / 5 + day - 1;
    const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

void civil_from_days(int64_t days, CivilTime& out) {
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int64_t day_of_era = days - era * 146097;
    const int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const int64_t march_month = (5 * day_of_year + 2) / 153;
    out.day = static_cast<int>(day_of_year - (153 * march_month + 2) / 5 + 1);
    out.month = static_cast<int>(march_month < 10 ? march_month + 3 : march_month - 9);
    out.year = static_cast<int>(year_of_era + era * 400 + (out.month <= 2 ? 1 : 0));
}

}  // namespace

CivilTime civil_from_epoch(int64_t seconds) {
    int64_t days = seconds / k_seconds_per_day;
    int64_t rest = seconds % k_seconds_per_day;
    if (rest < 0) {
        rest += k_seconds_per_day;
        --days;
    }
    CivilTime out;
    civil_from_days(days, out);
    out.hour = static_cast<int>(rest / 3600);
    out.minute = static_cast<int>(rest / 60 % 60);
    out.second = static_cast<int>(rest % 60);
    return out;
}

int64_t epoch_from_civil(const CivilTime& time) {
    return days_from_civil(time.year, time.month, time.day) * k_seconds_per_day + time.hour * 3600 + time.minute * 60 +
           time.second;
}

std::string iso_day(int64_t seconds) {
    const CivilTime t = civil_from_epoch(seconds);
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", t.year, t.month, t.day);
    return out;
}

}  // namespace stilas::util
