// Calendar arithmetic without time zones or locales: seconds since the epoch ↔ day and time
// (proleptic Gregorian, UTC), so dates in output never depend on the machine's settings.
#pragma once

#include <cstdint>
#include <string>

namespace stilas::util {

/// A day and a time of day, without a time zone (what it means is up to the caller).
struct CivilTime {
    int year = 1970, month = 1, day = 1;
    int hour = 0, minute = 0, second = 0;
};

/// The UTC day and time of `seconds` since the epoch.
CivilTime civil_from_epoch(int64_t seconds);

/// Seconds since the epoch of `time` read as UTC.
int64_t epoch_from_civil(const CivilTime& time);

/// "YYYY-MM-DD": the UTC day of `seconds` since the epoch.
std::string iso_day(int64_t seconds);

}  // namespace stilas::util
