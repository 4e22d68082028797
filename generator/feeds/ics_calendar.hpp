// The ICS calendar (RFC 5545) of one type's pages, configured by `calendar:` in stilas.yaml;
// local times are in Europe/Oslo, described by a VTIMEZONE in the calendar itself.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"

namespace stilas::feeds {

/// The VTIMEZONE component for Europe/Oslo (CET/CEST, the EU rules), CRLF line endings.
std::string oslo_timezone();

/// The calendar for `calendar`: one VEVENT per published page of its type (example pages left
/// out) whose start field is set, ordered by start, then URL. UID "<type>-<slug>@<host>",
/// DTSTAMP from the page's `updated`, `date` or git time, else `reference_time` (never the
/// clock). A date gives an all-day event whose DTEND is the day after its last day; a
/// date-time is local Oslo time (TZID). An end before the start is left out.
std::string ics_calendar(const config::SiteConfig& config, const config::CalendarConfig& calendar,
                         const std::vector<content::Document>& pages, int64_t reference_time);

}  // namespace stilas::feeds
