// End to end: a typed site with `feed:` and `calendar:` in stilas.yaml gets an Atom feed, an
// ICS calendar, sitemap.xml and robots.txt that are well-formed and pinned; generic mode gets
// the sitemap and robots.txt too.
#include <doctest/doctest.h>

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/inline_site.hpp"
#include "support/printers.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

using stilas::test::build_inline;
using Lines = std::vector<std::string>;

namespace {

const char* const k_site = R"(-- stilas.yaml --
title: Kulturskole & samfunn
base_url: https://kulturskole.example.no/
language: nb
theme: standard
feed:
  type: rapporter
  title: Nye rapporter
calendar:
  type: samlinger
  start: start
  end: slutt
  location: sted
  title: Samlinger, alle
  path: samlinger/kalender.ics
-- _typer/rapporter.yaml --
title: Rapporter
fields:
  utgiver: { kind: text }
-- _typer/samlinger.yaml --
title: Samlinger
fields:
  start: { kind: date }
  slutt: { kind: datetime }
  sted: { kind: text }
-- rapporter/evaluering.md --
---
title: Evaluering <2021> & «funn»
summary: Hva virket, og hva gjorde det ikke?
date: 2021-08-01
utgiver: KS
---
Tekst.
-- rapporter/statusrapport.md --
---
title: Statusrapport
date: 2022-03-01
updated: 2022-04-02
---
Tekst.
-- samlinger/oppstart.md --
---
title: Oppstart; dag 1
summary: To dager på Gardermoen, med program.
start: 2024-09-24
slutt: 2024-09-25 15:00
sted: Gardermoen, Oslo
---
Tekst.
-- samlinger/webinar.md --
---
title: Webinar
start: 2024-03-15
---
Tekst.
-- samlinger/uten-dato.md --
---
title: Uten dato
---
Tekst.
)";

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '-' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// '&' must start one of the predefined entities or a character reference.
bool entities_ok(std::string_view text) {
    for (size_t at = text.find('&'); at != std::string_view::npos; at = text.find('&', at + 1)) {
        const size_t semi = text.find(';', at);
        if (semi == std::string_view::npos) return false;
        const std::string_view name = text.substr(at + 1, semi - at - 1);
        if (name != "amp" && name != "lt" && name != "gt" && name != "quot" && name != "apos" && !name.starts_with('#'))
            return false;
    }
    return true;
}

// A small well-formedness check for the XML Stilas writes: tags nest and match, one root,
// attributes quoted, no stray '<' or '&'. Returns "" or what is wrong.
std::string xml_problem(std::string_view xml) {
    std::vector<std::string> open;
    bool root_seen = false;
    size_t pos = 0;
    while (pos < xml.size()) {
        const size_t lt = xml.find('<', pos);
        const std::string_view text = xml.substr(pos, lt == std::string_view::npos ? xml.size() - pos : lt - pos);
        if (!entities_ok(text)) return "bad & in text";
        if (open.empty() && text.find_first_not_of(" \n") != std::string_view::npos) return "text outside the root";
        if (lt == std::string_view::npos) break;
        if (xml.substr(lt, 2) == "<?") {
            pos = xml.find("?>", lt);
            if (pos == std::string_view::npos) return "unclosed <?";
            pos += 2;
            continue;
        }
        const bool closing = xml.substr(lt, 2) == "</";
        size_t i = lt + (closing ? 2 : 1);
        const size_t name_start = i;
        while (i < xml.size() && is_name_char(xml[i])) ++i;
        const std::string name(xml.substr(name_start, i - name_start));
        if (name.empty()) return "empty tag name";
        while (!closing && i < xml.size() && xml[i] == ' ') {  // attributes
            ++i;
            while (i < xml.size() && is_name_char(xml[i])) ++i;
            if (i + 1 >= xml.size() || xml[i] != '=' || xml[i + 1] != '"') return "unquoted attribute in " + name;
            const size_t end = xml.find('"', i + 2);
            if (end == std::string_view::npos) return "unclosed attribute in " + name;
            const std::string_view value = xml.substr(i + 2, end - i - 2);
            if (value.find('<') != std::string_view::npos || !entities_ok(value)) return "bad attribute in " + name;
            i = end + 1;
        }
        const bool empty = !closing && xml.substr(i, 2) == "/>";
        if (xml.substr(i + (empty ? 1 : 0), 1) != ">") return "bad tag " + name;
        pos = i + (empty ? 2 : 1);
        if (closing) {
            if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
            open.pop_back();
        } else {
            if (open.empty() && root_seen) return "second root " + name;
            root_seen = true;
            if (!empty) open.push_back(name);
        }
    }
    return open.empty() && root_seen ? "" : "unclosed elements";
}

// What `xmllint --noout` says about `xml` ("" = valid), or nullopt when xmllint is not installed.
std::optional<std::string> xmllint(const std::string& xml) {
    if (stilas::test::run_command("command -v xmllint").exit_code != 0) return std::nullopt;
    stilas::test::TempDir dir;
    dir.write("file.xml", xml);
    auto result = stilas::test::run_command("xmllint --noout " + stilas::test::shell_quote(dir.str() + "/file.xml"));
    return result.exit_code == 0 ? result.output : "exit " + std::to_string(result.exit_code) + ": " + result.output;
}

void check_xml(const std::string& xml) {
    CHECK(xml_problem(xml) == "");
    if (auto lint = xmllint(xml))
        CHECK(*lint == "");
    else
        MESSAGE("xmllint is not installed: only the built-in well-formedness check ran");
}

}  // namespace

TEST_CASE("the small XML check catches what it must, so it can be trusted") {
    CHECK(xml_problem("<a><b/></a>\n") == "");
    CHECK(xml_problem("<a><b></a>") == "mismatched </a>");
    CHECK(xml_problem("<a>x & y</a>") == "bad & in text");
    CHECK(xml_problem("<a href=x/>") == "unquoted attribute in a");
    CHECK(xml_problem("<a/><b/>") == "second root b");
}

TEST_CASE("a typed site with feed and calendar keys gets the feed, the calendar, the sitemap and robots.txt") {
    auto b = build_inline(k_site);
    REQUIRE(b->headlines() == Lines{});
    REQUIRE(b->sink.committed());
    const std::string atom = b->file("rapporter/atom.xml");
    CHECK(atom.find("<title>Nye rapporter</title>") != std::string::npos);
    CHECK(atom.find("<name>Kulturskole &amp; samfunn</name>") != std::string::npos);
    CHECK(atom.find("  <updated>2022-04-02T00:00:00Z</updated>\n") != std::string::npos);
    CHECK(atom.find("<title>Evaluering &lt;2021&gt; &amp; «funn»</title>") != std::string::npos);
    CHECK(atom.find("<id>https://kulturskole.example.no/rapporter/statusrapport/</id>") <
          atom.find("<id>https://kulturskole.example.no/rapporter/evaluering/</id>"));
    check_xml(atom);

    const std::string sitemap = b->file("sitemap.xml");
    CHECK(sitemap.find("  <url>\n    <loc>https://kulturskole.example.no/rapporter/evaluering/</loc>\n"
                       "    <lastmod>2021-08-01</lastmod>\n  </url>\n") != std::string::npos);
    CHECK(sitemap.find("<loc>https://kulturskole.example.no/samlinger/</loc>") != std::string::npos);
    CHECK(sitemap.find("404") == std::string::npos);
    check_xml(sitemap);

    CHECK(b->file("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://kulturskole.example.no/sitemap.xml\n");
}

TEST_CASE("the calendar has one event per gathering with a start, in start order, pinned") {
    auto b = build_inline(k_site);
    REQUIRE(b->sink.committed());
    const std::string ics = b->file("samlinger/kalender.ics");
    const size_t first = ics.find("BEGIN:VEVENT");
    REQUIRE(first != std::string::npos);
    CHECK(
        ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stilas//Stilas kalender//NB\r\n"
                        "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Samlinger\\, alle\r\n"
                        "X-WR-TIMEZONE:Europe/Oslo\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n"));
    // No git and no dates on the gatherings: DTSTAMP is the reference time, the newest page
    // date of the site (2022-04-02).
    CHECK(ics.substr(first) ==
          "BEGIN:VEVENT\r\n"
          "UID:samlinger-webinar@kulturskole.example.no\r\n"
          "DTSTAMP:20220402T000000Z\r\n"
          "DTSTART;VALUE=DATE:20240315\r\n"
          "DTEND;VALUE=DATE:20240316\r\n"
          "SUMMARY:Webinar\r\n"
          "URL:https://kulturskole.example.no/samlinger/webinar/\r\n"
          "END:VEVENT\r\n"
          "BEGIN:VEVENT\r\n"
          "UID:samlinger-oppstart@kulturskole.example.no\r\n"
          "DTSTAMP:20220402T000000Z\r\n"
          "DTSTART;VALUE=DATE:20240924\r\n"
          "DTEND;VALUE=DATE:20240926\r\n"
          "SUMMARY:Oppstart\\; dag 1\r\n"
          "DESCRIPTION:To dager på Gardermoen\\, med program.\r\n"
          "LOCATION:Gardermoen\\, Oslo\r\n"
          "URL:https://kulturskole.example.no/samlinger/oppstart/\r\n"
          "END:VEVENT\r\n"
          "END:VCALENDAR\r\n");
    CHECK(ics.find("uten-dato") == std::string::npos);
}

TEST_CASE("feed, calendar and sitemap are byte-identical whatever the thread count") {
    stilas::site::BuildOptions one;
    one.threads = 1;
    stilas::site::BuildOptions four;
    four.threads = 4;
    auto a = build_inline(k_site, one);
    auto b = build_inline(k_site, four);
    for (const char* path : {"rapporter/atom.xml", "samlinger/kalender.ics", "sitemap.xml", "robots.txt"}) {
        CAPTURE(path);
        CHECK_FALSE(a->file(path).empty());
        CHECK(a->file(path) == b->file(path));
    }
}

TEST_CASE("a calendar field that is not a date stops the build at its position") {
    std::string site = k_site;
    site.replace(site.find("  start: start"), 14, "  start: sted");
    auto b = build_inline(site);
    CHECK(b->headlines() ==
          Lines{"content/stilas.yaml:10:10: feil[CFG030]: Feltet «sted» i innholdstypen «samlinger» er av felttypen "
                "«text», men «start» må være et felt av felttypen «date» eller «datetime». Felt som passer: start, "
                "slutt."});
    CHECK_FALSE(b->sink.committed());
}

TEST_CASE("a generic site gets robots.txt without a sitemap line and a sitemap of its pages") {
    auto b = build_inline("-- _index.md --\n# Hjem\n-- notater/a.md --\n---\ndate: 2020-05-06\n---\n# A\n");
    REQUIRE(b->sink.committed());
    CHECK(b->file("robots.txt") == "User-agent: *\nAllow: /\n");
    const std::string sitemap = b->file("sitemap.xml");
    CHECK(sitemap.find("<loc>/notater/a/</loc>\n    <lastmod>2020-05-06</lastmod>") != std::string::npos);
    CHECK(sitemap.find("<loc>/notater/</loc>") != std::string::npos);
    CHECK(xml_problem(sitemap) == "");
}

TEST_CASE("every page links the feed and the calendar, in the head and as visible subscribe links") {
    auto b = build_inline(k_site);
    REQUIRE(b->sink.committed());
    const std::string home = b->file("index.html");
    CHECK(home.find("<link rel=\"alternate\" type=\"application/atom+xml\"") != std::string::npos);
    CHECK(home.find("<link rel=\"alternate\" type=\"text/calendar\"") != std::string::npos);
    CHECK(home.find("(ICS)</a>") != std::string::npos);
    CHECK(home.find("(Atom)</a>") != std::string::npos);
}
