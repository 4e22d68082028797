// body_link_url and body_link_text: the URL and text a resolved body link is written with.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "content/document.hpp"
#include "links/link_graph.hpp"

using namespace stilas;

TEST_CASE("a body link to a page is its URL with the anchor; to a file its path; otherwise as written") {
    std::vector<content::Document> pages(2);
    pages[0].url = "/verktoy/a/";
    pages[1].url = "/metoder/en-lang-sidetittel-som-gir-en-lang-adresse/";
    pages[1].title = "En lang sidetittel";
    // `out` is assigned, whatever it held (a previous link's longer URL).
    std::string out(200, 'z');
    links::BodyLink link;
    link.page = 0;
    CHECK(links::body_link_url(link, pages, out));
    CHECK(out == "/verktoy/a/");
    link.anchor_or_path = "bakgrunn";
    CHECK(links::body_link_url(link, pages, out));
    CHECK(out == "/verktoy/a/#bakgrunn");
    // Longer than a string's own room, with an anchor of any length.
    link.page = 1;
    for (const std::string& anchor : {std::string("x"), std::string("slik-gjor-dere-det"), std::string(100, 'a')}) {
        link.anchor_or_path = anchor;
        CHECK(links::body_link_url(link, pages, out));
        CHECK(out == pages[1].url + "#" + anchor);
    }
    CHECK(links::body_link_text(link, pages).empty());
    link.title_as_text = true;
    CHECK(links::body_link_text(link, pages) == "En lang sidetittel");
    links::BodyLink file;
    file.anchor_or_path = "/media/x.pdf";
    CHECK(links::body_link_url(file, pages, out));
    CHECK(out == "/media/x.pdf");
    // Neither a page nor a file: kept as written, `out` untouched.
    CHECK_FALSE(links::body_link_url(links::BodyLink{}, pages, out));
    CHECK(out == "/media/x.pdf");
}

TEST_CASE("prefetching a page's body links reads only the pages they point to") {
    // Only a hint to the CPU: nothing changes, and links to files, to nothing, or (from a stale
    // graph) past the pages are passed over, not read.
    std::vector<content::Document> pages(1);
    pages[0].url = "/verktoy/a/";
    links::BodyLinks all;
    all.push_back({0, true, "bakgrunn"});
    all.push_back({links::BodyLink::k_no_page, false, "/media/x.pdf"});
    all.push_back({7, true, ""});
    all.push_back({});
    links::prefetch_body_links(all, pages);
    links::prefetch_body_links({}, pages);
    links::prefetch_body_links(all, {});
    std::string out;
    CHECK(links::body_link_url(all[0], pages, out));
    CHECK(out == "/verktoy/a/#bakgrunn");
}

TEST_CASE("a page's body links keep their pages, flags and texts in one string") {
    links::BodyLinks links;
    CHECK(links.empty());
    const std::string long_anchor(300, 'a');
    links.push_back({3, false, "bakgrunn"});
    links.push_back({links::BodyLink::k_no_page, false, "/media/x.pdf"});
    links.push_back({});
    links.push_back({5, true, long_anchor});
    links.push_back({6, true, ""});
    REQUIRE(links.size() == 5);
    auto same = [](const links::BodyLink& a, const links::BodyLink& b) {
        return a.page == b.page && a.title_as_text == b.title_as_text && a.anchor_or_path == b.anchor_or_path;
    };
    CHECK(same(links[0], {3, false, "bakgrunn"}));
    CHECK(same(links[1], {links::BodyLink::k_no_page, false, "/media/x.pdf"}));
    CHECK(same(links[2], {}));
    CHECK(same(links[3], {5, true, long_anchor}));
    CHECK(same(links[4], {6, true, ""}));
    // Renumbered: the anchor stays. Left out (no page): kept as written, the anchor gone too.
    links.set_page(0, 1);
    CHECK(same(links[0], {1, false, "bakgrunn"}));
    links.set_page(3, links::BodyLink::k_no_page);
    CHECK(same(links[3], {}));
    CHECK(same(links[4], {6, true, ""}));
    std::string out = "unchanged";
    CHECK_FALSE(links::body_link_url(links[3], {}, out));
    CHECK(out == "unchanged");
}
