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
    links::BodyLink to_page{0, true, "bakgrunn"};
    links::BodyLink to_file{links::BodyLink::k_no_page, false, "/media/x.pdf"};
    links::BodyLink past_end{7, true, ""};
    const std::vector<links::BodyLink> all{to_page, to_file, past_end, links::BodyLink{}};
    links::prefetch_body_links(all, pages);
    links::prefetch_body_links({}, pages);
    links::prefetch_body_links(all, {});
    std::string out;
    CHECK(links::body_link_url(all[0], pages, out));
    CHECK(out == "/verktoy/a/#bakgrunn");
}
