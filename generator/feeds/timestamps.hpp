// Instants for feeds: seconds since the epoch (UTC) as calendar days and the text forms Atom,
// ICS and sitemaps use; and the time a page counts as last changed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "content/document.hpp"
#include "util/civil_time.hpp"

namespace stilas::feeds {

using util::CivilTime;
using util::civil_from_epoch;
using util::epoch_from_civil;

/// 00:00 UTC of the ISO day "YYYY-MM-DD" (a date-time's day counts too); nullopt when `iso` is
/// empty or not a real date.
std::optional<int64_t> day_start(const std::string& iso);

/// "2024-03-15T10:00:00Z" (RFC 3339, UTC), for Atom.
std::string rfc3339_utc(int64_t seconds);

/// "20240315T100000Z" (RFC 5545 UTC date-time), for DTSTAMP.
std::string ics_utc(int64_t seconds);

/// When `page` last changed: `updated`, else `date` (both at 00:00 UTC), else the git commit
/// time of its source; nullopt when none is known.
std::optional<int64_t> page_changed(const content::Document& page);

}  // namespace stilas::feeds
