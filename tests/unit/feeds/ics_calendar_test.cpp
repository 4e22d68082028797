#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "feed_fixture.hpp"
#include "feeds/ics_calendar.hpp"

using namespace stilas;

namespace {

config::CalendarConfig calendar_config() {
    config::CalendarConfig calendar;
    calendar.type = "samlinger";
    calendar.title = "Samlinger";
    calendar.path = "samlinger/kalender.ics";
    calendar.start = "start";
    calendar.end = "slutt";
    calendar.location = "sted";
    return calendar;
}

// The VEVENTs of a calendar for `pages` (everything from the first BEGIN:VEVENT on).
std::string events(const std::vector<content::Document>& pages, int64_t reference_time = 0) {
    const std::string ics = feeds::ics_calendar(test::feed_site(), calendar_config(), pages, reference_time);
    const size_t first = ics.find("BEGIN:VEVENT");
    return first == std::string::npos ? std::string() : ics.substr(first);
}

}  // namespace

TEST_CASE("the Oslo time zone has CEST from the last Sunday of March and CET from the last Sunday of October") {
    CHECK(feeds::oslo_timezone() ==
          "BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n"
          "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
          "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
          "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
          "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
          "END:VTIMEZONE\r\n");
}

TEST_CASE("an empty calendar has its header, the time zone and nothing else") {
    const std::string ics = feeds::ics_calendar(test::feed_site(), calendar_config(), {}, 0);
    CHECK(ics ==
          "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stilas//Stilas kalender//NB\r\nCALSCALE:GREGORIAN\r\n"
          "METHOD:PUBLISH\r\nX-WR-CALNAME:Samlinger\r\nX-WR-TIMEZONE:Europe/Oslo\r\n" +
              feeds::oslo_timezone() + "END:VCALENDAR\r\n");
}

TEST_CASE("an all-day gathering over two days ends, exclusively, the day after its last day") {
    auto page = test::feed_page("samlinger", "fellessamling-1", "Fellessamling 1, oppstart");
    page.summary = "To dager; første fysiske samling.";
    page.updated = "2024-08-01";
    test::set_field(page, "start", "2024-09-24");
    test::set_field(page, "slutt", "2024-09-25");
    test::set_field(page, "sted", "Gardermoen");
    CHECK(events({page}) ==
          "BEGIN:VEVENT\r\n"
          "UID:samlinger-fellessamling-1@test.example.no\r\n"
          "DTSTAMP:20240801T000000Z\r\n"
          "DTSTART;VALUE=DATE:20240924\r\n"
          "DTEND;VALUE=DATE:20240926\r\n"
          "SUMMARY:Fellessamling 1\\, oppstart\r\n"
          "DESCRIPTION:To dager\\; første fysiske samling.\r\n"
          "LOCATION:Gardermoen\r\n"
          "URL:https://test.example.no/samlinger/fellessamling-1/\r\n"
          "END:VEVENT\r\n"
          "END:VCALENDAR\r\n");
}

TEST_CASE("a one-day gathering without an end lasts its day, across a month and a year end") {
    auto page = test::feed_page("samlinger", "nyttarsaften", "Nyttårsaften");
    test::set_field(page, "start", "2024-12-31");
    const std::string ics = events({page});
    CHECK(ics.find("DTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250101\r\n") != std::string::npos);
}

TEST_CASE("date-times are local Oslo time with TZID, and a day as end ends when that day is over") {
    auto timed = test::feed_page("samlinger", "webinar", "Webinar");
    test::set_field(timed, "start", "2025-03-30T10:00");
    test::set_field(timed, "slutt", "2025-03-30T12:30");
    auto until_day = test::feed_page("samlinger", "verksted", "Verksted");
    test::set_field(until_day, "start", "2025-04-01T09:00");
    test::set_field(until_day, "slutt", "2025-04-02");
    const std::string ics = events({until_day, timed});
    CHECK(ics.find("DTSTART;TZID=Europe/Oslo:20250330T100000\r\nDTEND;TZID=Europe/Oslo:20250330T123000\r\n") !=
          std::string::npos);
    CHECK(ics.find("DTSTART;TZID=Europe/Oslo:20250401T090000\r\nDTEND;TZID=Europe/Oslo:20250403T000000\r\n") !=
          std::string::npos);
    CHECK(ics.find("webinar") < ics.find("verksted"));  // ordered by start
}

TEST_CASE("an end before the start is left out rather than written backwards") {
    auto page = test::feed_page("samlinger", "feil", "Feil");
    test::set_field(page, "start", "2025-05-20");
    test::set_field(page, "slutt", "2025-05-19");
    CHECK(events({page}).find("DTEND") == std::string::npos);
}

TEST_CASE("pages without a start, of other types or marked as examples get no event") {
    auto no_start = test::feed_page("samlinger", "uten-dato", "Uten dato");
    test::set_field(no_start, "tidsrom", "januar 2026");
    auto other = test::feed_page("rapporter", "rapport", "Rapport");
    test::set_field(other, "start", "2025-01-01");
    auto example = test::feed_page("samlinger", "eksempel", "Eksempel");
    example.example = true;
    test::set_field(example, "start", "2025-01-01");
    CHECK(events({no_start, other, example}).empty());
}

TEST_CASE("UIDs depend on type, slug and host only, and DTSTAMP never on the clock") {
    auto page = test::feed_page("samlinger", "a", "A");
    test::set_field(page, "start", "2025-01-01");
    auto moved = page;
    moved.title = "Nytt navn";
    moved.summary = "Endret.";
    test::set_field(moved, "sted", "Bergen");
    const std::string uid = "UID:samlinger-a@test.example.no\r\n";
    CHECK(events({page}).find(uid) != std::string::npos);
    CHECK(events({moved}).find(uid) != std::string::npos);
    CHECK(events({page}, 1735689600).find("DTSTAMP:20250101T000000Z\r\n") != std::string::npos);
    page.modified = 1700000000;
    CHECK(events({page}, 1735689600).find("DTSTAMP:20231114T221320Z\r\n") != std::string::npos);
}

TEST_CASE("gatherings on the same start are ordered by URL, whatever the input order") {
    auto b = test::feed_page("samlinger", "b", "B");
    test::set_field(b, "start", "2025-01-01");
    auto a = test::feed_page("samlinger", "a", "A");
    test::set_field(a, "start", "2025-01-01");
    CHECK(events({b, a}) == events({a, b}));
    CHECK(events({b, a}).find("UID:samlinger-a@") < events({b, a}).find("UID:samlinger-b@"));
}

TEST_CASE("long summaries are folded and every physical line stays within 75 octets") {
    auto page = test::feed_page("samlinger", "lang", "Lang");
    page.summary =
        "Kulturskolen som utviklingsaktør: ståstedsbeskrivelse, mellomarbeid og prøving av tiltak i "
        "kommunegruppen før neste samling på Lillestrøm.";
    test::set_field(page, "start", "2025-01-01");
    const std::string ics = feeds::ics_calendar(test::feed_site(), calendar_config(), {page}, 0);
    size_t start = 0;
    while (start < ics.size()) {
        const size_t end = ics.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        CHECK(end - start <= 75);
        CHECK(ics.substr(start, end - start).find('\n') == std::string::npos);
        start = end + 2;
    }
}
