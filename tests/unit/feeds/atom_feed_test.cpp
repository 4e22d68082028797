#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "feed_fixture.hpp"
#include "feeds/atom_feed.hpp"

using namespace stilas;

namespace {

config::FeedConfig feed_config() {
    config::FeedConfig feed;
    feed.type = "rapporter";
    feed.title = "Nye rapporter & notater";
    feed.path = "rapporter/atom.xml";
    return feed;
}

size_t count(const std::string& text, const std::string& part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a feed with one report is written in full with absolute URLs and escaped text") {
    auto page = test::feed_page("rapporter", "evaluering", "Evaluering <2021> & «funn»");
    page.summary = "Hva \"virket\" – og hva ikke.";
    page.date = "2021-08-01";
    page.updated = "2021-09-15";
    const std::string atom = feeds::atom_feed(test::feed_site(), feed_config(), {page}, 0);
    CHECK(atom ==
          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nb\">\n"
          "  <id>https://test.example.no/rapporter/atom.xml</id>\n"
          "  <title>Nye rapporter &amp; notater</title>\n"
          "  <updated>2021-09-15T00:00:00Z</updated>\n"
          "  <link rel=\"self\" type=\"application/atom+xml\" href=\"https://test.example.no/rapporter/atom.xml\"/>\n"
          "  <link rel=\"alternate\" type=\"text/html\" href=\"https://test.example.no/rapporter/\"/>\n"
          "  <author>\n    <name>Testsiden</name>\n  </author>\n"
          "  <generator>Stilas</generator>\n"
          "  <entry>\n"
          "    <id>https://test.example.no/rapporter/evaluering/</id>\n"
          "    <title>Evaluering &lt;2021&gt; &amp; «funn»</title>\n"
          "    <link rel=\"alternate\" type=\"text/html\" href=\"https://test.example.no/rapporter/evaluering/\"/>\n"
          "    <updated>2021-09-15T00:00:00Z</updated>\n"
          "    <published>2021-08-01T00:00:00Z</published>\n"
          "    <summary>Hva &quot;virket&quot; – og hva ikke.</summary>\n"
          "  </entry>\n"
          "</feed>\n");
}

TEST_CASE("entries are newest first, ties by URL, and an unknown time counts as the reference time") {
    auto old = test::feed_page("rapporter", "gammel", "Gammel");
    old.date = "2019-01-01";
    auto git = test::feed_page("rapporter", "fra-git", "Fra git");
    git.modified = 1700000000;  // 2023-11-14
    auto b = test::feed_page("rapporter", "b", "B");
    auto a = test::feed_page("rapporter", "a", "A");
    const int64_t reference = 1735689600;  // 2025-01-01
    const std::string atom = feeds::atom_feed(test::feed_site(), feed_config(), {old, git, b, a}, reference);
    const size_t pa = atom.find("/rapporter/a/</id>"), pb = atom.find("/rapporter/b/</id>");
    const size_t pgit = atom.find("/rapporter/fra-git/</id>"), pold = atom.find("/rapporter/gammel/</id>");
    CHECK(pa < pb);
    CHECK(pb < pgit);
    CHECK(pgit < pold);
    CHECK(atom.find("  <updated>2025-01-01T00:00:00Z</updated>\n  <link rel=\"self\"") != std::string::npos);
    CHECK(atom.find("<updated>2023-11-14T22:13:20Z</updated>") != std::string::npos);
}

TEST_CASE("a feed holds only its type's regular pages, without examples, at most fifty") {
    std::vector<content::Document> pages;
    for (int i = 0; i < 60; ++i) {
        auto page = test::feed_page("rapporter", "r" + std::to_string(100 + i), "R");
        page.date = "2020-01-01";
        pages.push_back(page);
    }
    pages.push_back(test::feed_page("verktoy", "igp", "IGP"));
    auto example = test::feed_page("rapporter", "eksempel", "Eksempel");
    example.example = true;
    pages.push_back(example);
    auto index = test::feed_page("rapporter", "", "Rapporter");
    index.kind = content::PageKind::section_index;
    index.url = "/rapporter/";
    pages.push_back(index);
    const std::string atom = feeds::atom_feed(test::feed_site(), feed_config(), pages, 0);
    CHECK(count(atom, "<entry>") == 50);
    CHECK(atom.find("/rapporter/r100/") != std::string::npos);
    CHECK(atom.find("/rapporter/r149/") != std::string::npos);
    CHECK(atom.find("/rapporter/r150/") == std::string::npos);  // the 51st by URL
    CHECK(atom.find("igp") == std::string::npos);
    CHECK(atom.find("eksempel") == std::string::npos);
}

TEST_CASE("an empty feed is dated at the reference time and a page in another language says so") {
    CHECK(feeds::atom_feed(test::feed_site(), feed_config(), {}, 0).find("<updated>1970-01-01T00:00:00Z</updated>") !=
          std::string::npos);
    auto page = test::feed_page("rapporter", "nynorsk", "Nynorsk");
    page.lang = "nn";
    CHECK(feeds::atom_feed(test::feed_site(), feed_config(), {page}, 0).find("<entry xml:lang=\"nn\">") !=
          std::string::npos);
}
