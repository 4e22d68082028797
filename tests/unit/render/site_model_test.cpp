// SiteModel's orders: title ranks, listing order and each term's pages against the plain
// definitions (whole sort keys compared), for titles whose keys agree in their first bytes.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "render/site_model.hpp"

using namespace stilas;
using namespace stilas::render;

TEST_CASE("titles are ranked, pages listed and a term's pages listed as their whole sort keys order them") {
    config::SiteConfig config;
    std::vector<content::Document> pages;
    // Long shared starts (keys alike in their first 16 bytes and more), Norwegian letters at the
    // end, equal titles, a key that is another's start, weights and URLs to break ties.
    const std::string start = "Samarbeid om kulturskolen i kommunen ";
    const std::vector<std::string> titles{start + "b", start + "Å", start + "a", start + "Æ", start, start + "b",
                                          "Å", "a", start + "aa", "Z", start + "A", "", start + "b"};
    for (size_t i = 0; i < titles.size(); ++i) {
        content::Document d;
        d.title = titles[i];
        d.url = "/side-" + std::to_string(titles.size() - i) + "/";
        d.weight = i % 4 == 3 ? -1 : 0;
        d.terms = {{"tema", "alle"}, {"tema", i % 2 ? "noen" : "alle"}, {"tema", "alle"}};
        pages.push_back(std::move(d));
    }
    const std::vector<markdown::Document> bodies;   // not read by the model
    links::LinkGraph graph;
    graph.pages.resize(pages.size());
    const RenderInput input{config, pages, bodies, graph};
    const SiteModel model(input, 2);

    std::vector<std::string> keys;
    for (const auto& page : pages) keys.push_back(model.collator().sort_key(page.title));
    for (size_t i = 0; i < pages.size(); ++i) {
        std::vector<std::string> below;   // the distinct keys before page i's
        for (const auto& key : keys)
            if (key < keys[i] && std::find(below.begin(), below.end(), key) == below.end()) below.push_back(key);
        CHECK_MESSAGE(model.title_rank(i) == below.size(), titles[i]);
    }
    std::vector<size_t> listed(pages.size());
    for (size_t i = 0; i < listed.size(); ++i) listed[i] = i;
    std::sort(listed.begin(), listed.end(), [&](size_t a, size_t b) {
        return std::tie(pages[a].weight, keys[a], pages[a].url) < std::tie(pages[b].weight, keys[b], pages[b].url);
    });
    CHECK(model.listing_order() == listed);
    // A term's pages in listing order, each once.
    std::vector<size_t> odd;
    for (size_t i : listed)
        if (i % 2) odd.push_back(i);
    CHECK(model.pages_with_term("tema", "alle") == listed);
    CHECK(model.pages_with_term("tema", "noen") == odd);
    std::vector<size_t> ranks;
    for (size_t i : odd) ranks.push_back(model.listing_rank(i));
    CHECK(model.ranks_with_term("tema", "noen") == ranks);
    CHECK(model.title_rank(0) == model.title_rank(5));    // equal titles share a rank
    CHECK(model.title_rank(4) < model.title_rank(2));     // a key before the keys it starts
    CHECK(model.title_rank(2) < model.title_rank(0));
    CHECK(model.title_rank(3) < model.title_rank(1));     // Æ before Å
}
