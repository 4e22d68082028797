// Instants for feeds: seconds since the epoch (UTC) as calendar days and the text forms Atom,
// ICS and sitemaps use; and the time a page counts as last changed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "content/document.hpp"

namespace stilas::feeds {

/// A day and a time of day, without a time zone (what it means is up to the caller).
struct CivilTime {
    int year = 1970, month = 1, day = 1;
    int hour = 0, minute = 0, second = 0;
};

/// The UTC day and time of `seconds` since the epoch.
CivilTime civil_from_epoch(int64_t seconds);

/// Seconds since the epoch of `time` read as UTC.
int64_t epoch_from_civil(const CivilTime& time);

/// 00:00 UTC of the ISO day "YYYY-MM-DD" (a date-time's day counts too); nullopt when `iso` is
/// empty or not a real date.
std::optional<int64_t> day_start(const std::string& iso);

/// "2024-03-15T10:00:00Z" (RFC 3339, UTC), for Atom.
std::string rfc3339_utc(int64_t seconds);

/// "2024-03-15" (the UTC day), for sitemaps.
std::string iso_day(int64_t seconds);

/// "20240315T100000Z" (RFC 5545 UTC date-time), for DTSTAMP.
std::string ics_utc(int64_t seconds);

/// When `page` last changed: `updated`, else `date` (both at 00:00 UTC), else the git commit
/// time of its source; nullopt when none is known.
std::optional<int64_t> page_changed(const content::Document& page);

}  // namespace stilas::feeds
