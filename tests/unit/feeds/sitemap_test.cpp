// sitemap.xml, robots.txt and build_feeds: entries, order, lastmod, files.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "feed_fixture.hpp"
#include "feeds/feeds.hpp"
#include "feeds/sitemap.hpp"

using namespace stilas;

namespace {

config::SiteConfig site_with_types() {
    config::SiteConfig site = test::feed_site();
    config::TypeSchema rapporter;
    rapporter.name = "rapporter";
    config::TypeSchema verktoy;
    verktoy.name = "verktoy";
    site.types = {rapporter, verktoy};
    config::Taxonomy temaer;
    temaer.name = "temaer";
    temaer.terms = {{"samskaping", "Samskaping", ""}, {"medvirkning", "Medvirkning", ""}};
    site.taxonomies = {temaer};
    return site;
}

}  // namespace

TEST_CASE("the sitemap lists pages, listings, taxonomies, terms and home, sorted, with lastmod when known") {
    auto report = test::feed_page("rapporter", "evaluering", "Evaluering");
    report.updated = "2021-09-15";
    report.terms = {{"temaer", "samskaping"}};
    auto tool = test::feed_page("verktoy", "igp", "IGP");
    tool.modified = 1700000000;
    auto about = test::feed_page("", "om", "Om");
    about.url = "/om/";
    const std::string xml = feeds::sitemap_xml(site_with_types(), {tool, report, about});
    const std::string base = "https://test.example.no";
    auto url = [&](const std::string& path, const std::string& lastmod) {
        return "  <url>\n    <loc>" + base + path + "</loc>\n" +
               (lastmod.empty() ? "" : "    <lastmod>" + lastmod + "</lastmod>\n") + "  </url>\n";
    };
    CHECK(xml ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" +
              url("/", "2023-11-14") + url("/om/", "") + url("/rapporter/", "2021-09-15") +
              url("/rapporter/evaluering/", "2021-09-15") + url("/temaer/", "2021-09-15") +
              url("/temaer/medvirkning/", "") + url("/temaer/samskaping/", "2021-09-15") +
              url("/verktoy/", "2023-11-14") + url("/verktoy/igp/", "2023-11-14") + "</urlset>\n");
}

TEST_CASE("a listing shared by many pages changed when the newest of them did, whatever the order") {
    // Listings found once and then reused: sections not in the schema, a term not in the
    // taxonomy, an empty term, and a taxonomy and term whose names begin each other's.
    std::vector<content::Document> pages;
    const std::vector<std::string> days = {"2021-01-05", "2023-06-30", "2022-02-01", "", "2020-12-31"};
    for (size_t i = 0; i < days.size(); ++i) {
        auto page = test::feed_page(i % 2 ? "verktoy" : "ukjent", "s" + std::to_string(i), "S");
        page.updated = days[i];
        page.terms = {{"temaer", i % 2 ? "samskaping" : "samskap"}, {"temaer", ""}, {"tema", "er"}};
        pages.push_back(page);
    }
    const std::string xml = feeds::sitemap_xml(site_with_types(), pages);
    const auto lastmod = [&](const std::string& path) {
        const std::string loc = "<loc>https://test.example.no" + path + "</loc>\n";
        const size_t at = xml.find(loc);
        if (at == std::string::npos) return std::string("mangler");
        const size_t next = xml.find("</url>", at);
        const size_t mod = xml.find("<lastmod>", at);
        return mod < next ? xml.substr(mod + 9, 10) : std::string();
    };
    CHECK(lastmod("/") == "2023-06-30");
    CHECK(lastmod("/verktoy/") == "2023-06-30");
    CHECK(lastmod("/ukjent/") == "2022-02-01");
    CHECK(lastmod("/rapporter/") == "");
    CHECK(lastmod("/temaer/") == "2023-06-30");
    CHECK(lastmod("/temaer/samskaping/") == "2023-06-30");
    CHECK(lastmod("/temaer/samskap/") == "2022-02-01");
    CHECK(lastmod("/temaer//") == "2023-06-30");
    CHECK(lastmod("/temaer/medvirkning/") == "");
    CHECK(lastmod("/tema/er/") == "2023-06-30");
    CHECK(lastmod("/tema/") == "mangler");  // not a taxonomy of the site
    CHECK(lastmod("/verktoy/s3/") == "");
}

TEST_CASE("robots.txt allows everything and names the sitemap at base_url") {
    CHECK(feeds::robots_txt(test::feed_site()) ==
          "User-agent: *\nAllow: /\n\nSitemap: https://test.example.no/sitemap.xml\n");
}

TEST_CASE("in generic mode robots.txt has no sitemap line, since base_url is not a full address") {
    config::SiteConfig generic;
    generic.base_url = "/";
    CHECK(feeds::robots_txt(generic) == "User-agent: *\nAllow: /\n");
}

TEST_CASE("build_feeds writes robots and sitemap always, feed and calendar when configured, sorted by path") {
    config::SiteConfig site = test::feed_site();
    std::vector<content::Document> pages;
    auto paths = [&] {
        std::vector<std::string> out;
        for (const auto& file : feeds::build_feeds({site, pages, 0})) out.push_back(file.path);
        return out;
    };
    CHECK(paths() == std::vector<std::string>{"robots.txt", "sitemap.xml"});
    site.feed = config::FeedConfig{"rapporter", "Rapporter", "rapporter/atom.xml", {}};
    config::CalendarConfig calendar;
    calendar.type = "samlinger";
    calendar.start = "start";
    calendar.path = "samlinger/kalender.ics";
    site.calendar = calendar;
    CHECK(paths() ==
          std::vector<std::string>{"rapporter/atom.xml", "robots.txt", "samlinger/kalender.ics", "sitemap.xml"});
}
