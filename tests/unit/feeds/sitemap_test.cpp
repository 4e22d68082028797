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
