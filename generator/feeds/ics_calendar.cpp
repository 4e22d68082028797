#include "feeds/ics_calendar.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <tuple>

#include "feeds/absolute_urls.hpp"
#include "feeds/ics_text.hpp"
#include "feeds/timestamps.hpp"
#include "i18n/dates.hpp"

namespace stilas::feeds {
namespace {

constexpr const char* k_timezone = "Europe/Oslo";

struct Event {
    const content::Document* page = nullptr;
    std::string start_text;  // as normalised by content/: sorts in time order
    i18n::Date start;
    std::optional<i18n::Date> end;
};

std::string field_text(const content::Document& page, const std::string& field) {
    if (field.empty()) return {};
    const content::Field* value = page.find_field(field);
    return value && value->value.is_scalar() ? value->value.scalar : std::string();
}

std::vector<Event> collect_events(const config::CalendarConfig& calendar, const std::vector<content::Document>& pages) {
    std::vector<Event> events;
    for (const auto& page : pages) {
        if (page.kind != content::PageKind::regular || page.type != calendar.type || page.example) continue;
        Event event{&page, field_text(page, calendar.start), {}, std::nullopt};
        auto start = i18n::parse_date(event.start_text);
        if (!start) continue;
        event.start = *start;
        event.end = i18n::parse_date(field_text(page, calendar.end));
        events.push_back(std::move(event));
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.start_text, a.page->url) < std::tie(b.start_text, b.page->url);
    });
    return events;
}

// Local wall-clock time as if it were UTC: only for comparing and adding days.
int64_t local_seconds(const i18n::Date& date) {
    return epoch_from_civil({date.year, date.month, date.day, std::max(date.hour, 0), std::max(date.minute, 0), 0});
}

std::string ics_date(const CivilTime& t) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", t.year, t.month, t.day);
    return buffer;
}

std::string ics_local(const CivilTime& t) {
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT%02d%02d%02d", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
    return buffer;
}

// DTSTART and DTEND. All-day events end (exclusively) the day after their last day; an event
// with a time and an end given only as a day ends when that day is over.
void write_times(IcsWriter& ics, const Event& event) {
    constexpr int64_t day = 86400;
    const bool all_day = !event.start.has_time();
    const int64_t start = local_seconds(event.start);
    const std::string zone = std::string(";TZID=") + k_timezone;
    if (all_day)
        ics.line("DTSTART;VALUE=DATE", ics_date(civil_from_epoch(start)));
    else
        ics.line("DTSTART" + zone, ics_local(civil_from_epoch(start)));

    std::optional<int64_t> end;
    if (event.end) {
        const int64_t last = local_seconds(*event.end);
        if (all_day || !event.end->has_time()) {
            CivilTime midnight = civil_from_epoch(last);
            midnight.hour = midnight.minute = midnight.second = 0;
            end = epoch_from_civil(midnight) + day;  // the midnight after the end day
        } else {
            end = last;
        }
    } else if (all_day) {
        end = start + day;
    }
    if (!end || *end <= start) return;
    if (all_day)
        ics.line("DTEND;VALUE=DATE", ics_date(civil_from_epoch(*end)));
    else
        ics.line("DTEND" + zone, ics_local(civil_from_epoch(*end)));
}

void write_event(IcsWriter& ics, const config::SiteConfig& config, const config::CalendarConfig& calendar,
                 const Event& event, const std::string& host, int64_t reference_time) {
    const content::Document& page = *event.page;
    ics.line("BEGIN", "VEVENT");
    ics.line("UID", calendar.type + "-" + page.slug + "@" + host);
    ics.line("DTSTAMP", ics_utc(page_changed(page).value_or(reference_time)));
    write_times(ics, event);
    ics.text("SUMMARY", page.title);
    if (!page.summary.empty()) ics.text("DESCRIPTION", page.summary);
    if (std::string location = field_text(page, calendar.location); !location.empty()) ics.text("LOCATION", location);
    ics.line("URL", absolute_url(config.base_url, page.url));
    ics.line("END", "VEVENT");
}

}  // namespace

std::string oslo_timezone() {
    IcsWriter ics;
    ics.line("BEGIN", "VTIMEZONE");
    ics.line("TZID", k_timezone);
    // Summer time from 02:00 CET on the last Sunday of March to 03:00 CEST on the last Sunday
    // of October; 1970-03-29 and 1970-10-25 are such Sundays.
    ics.line("BEGIN", "DAYLIGHT");
    ics.line("TZOFFSETFROM", "+0100");
    ics.line("TZOFFSETTO", "+0200");
    ics.line("TZNAME", "CEST");
    ics.line("DTSTART", "19700329T020000");
    ics.line("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    ics.line("END", "DAYLIGHT");
    ics.line("BEGIN", "STANDARD");
    ics.line("TZOFFSETFROM", "+0200");
    ics.line("TZOFFSETTO", "+0100");
    ics.line("TZNAME", "CET");
    ics.line("DTSTART", "19701025T030000");
    ics.line("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    ics.line("END", "STANDARD");
    ics.line("END", "VTIMEZONE");
    return ics.str();
}

std::string ics_calendar(const config::SiteConfig& config, const config::CalendarConfig& calendar,
                         const std::vector<content::Document>& pages, int64_t reference_time) {
    const std::string host = host_of(config.base_url);
    IcsWriter ics;
    ics.line("BEGIN", "VCALENDAR");
    ics.line("VERSION", "2.0");
    ics.line("PRODID", "-//Stilas//Stilas kalender//NB");
    ics.line("CALSCALE", "GREGORIAN");
    ics.line("METHOD", "PUBLISH");
    ics.text("X-WR-CALNAME", calendar.title);
    ics.line("X-WR-TIMEZONE", k_timezone);
    std::string out = ics.str() + oslo_timezone();
    IcsWriter events;
    for (const Event& event : collect_events(calendar, pages))
        write_event(events, config, calendar, event, host, reference_time);
    out += events.str();
    out += "END:VCALENDAR\r\n";
    return out;
}

}  // namespace stilas::feeds
