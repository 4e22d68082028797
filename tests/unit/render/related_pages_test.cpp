// related_pages on a larger generated site, checked against its definition written out plainly:
// the pages among the first k_related_candidates_per_term of each of the page's terms, most
// shared terms first, then listing order, without the page and the pages it links with.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "render/site_model.hpp"
#include "render/view_model.hpp"

using namespace stilas;
using namespace stilas::render;

namespace {

std::vector<size_t> related_by_definition(const SiteModel& model, size_t page) {
    const auto& doc = model.page(page);
    std::set<size_t> linked{page};
    for (const auto& [field, targets] : model.input().graph.pages[page].references) linked.insert(targets.begin(), targets.end());
    for (const auto& group : model.input().graph.pages[page].backlinks) linked.insert(group.sources.begin(), group.sources.end());
    std::vector<size_t> shared(model.page_count(), 0);
    for (const auto& use : doc.terms) {
        const auto& pages = model.pages_with_term(use.taxonomy, use.term);
        for (size_t i = 0; i < pages.size() && i < k_related_candidates_per_term; ++i) ++shared[pages[i]];
    }
    std::vector<size_t> candidates;
    for (size_t i = 0; i < model.page_count(); ++i)
        if (shared[i] > 0 && !linked.count(i)) candidates.push_back(i);
    std::sort(candidates.begin(), candidates.end(), [&](size_t a, size_t b) {
        if (shared[a] != shared[b]) return shared[a] > shared[b];
        return model.listing_rank(a) < model.listing_rank(b);
    });
    if (candidates.size() > k_related_limit) candidates.resize(k_related_limit);
    return candidates;
}

}  // namespace

TEST_CASE("related pages follow their definition on a site with many pages per term") {
    config::SiteConfig config;
    config.typed = true;
    config::Taxonomy a, b;
    a.name = "a";
    a.terms = {{"a1", "", ""}, {"a2", "", ""}, {"a3", "", ""}};
    b.name = "b";
    b.terms = {{"b1", "", ""}, {"b2", "", ""}};
    config.taxonomies = {a, b};
    uint32_t state = 12345;
    const auto next = [&state](uint32_t n) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % n;
    };
    std::vector<content::Document> pages;
    for (size_t i = 0; i < 400; ++i) {
        content::Document d;
        d.kind = content::PageKind::regular;
        d.slug = "p" + std::to_string(i);
        d.url = "/" + d.slug + "/";
        d.title = "Side " + std::to_string(next(1000));
        d.weight = static_cast<double>(next(3));
        for (const char* term : {"a1", "a2", "a3"})
            if (next(2)) d.terms.push_back({"a", term});
        for (const char* term : {"b1", "b2"})
            if (next(3) == 0) d.terms.push_back({"b", term});
        pages.push_back(std::move(d));
    }
    links::LinkGraph graph;
    graph.pages.resize(pages.size());
    for (size_t i = 0; i < pages.size(); ++i) {
        if (next(2)) graph.pages[i].references.push_back({"ref", {next(400), next(400)}});
        if (next(3) == 0) graph.pages[i].backlinks.push_back({"Nevnt i", {next(400)}});
    }
    const std::vector<markdown::Document> bodies;
    const RenderInput input{config, pages, bodies, graph};
    const SiteModel model(input);
    size_t full = 0;
    for (size_t i = 0; i < pages.size(); ++i) {
        const auto expected = related_by_definition(model, i);
        CHECK_MESSAGE(related_pages(model, i) == expected, "side ", i);
        if (expected.size() == k_related_limit) ++full;
    }
    CHECK(full > 300);
}

namespace {

/// `n` regular pages; page i uses the (taxonomy, term) pairs `terms(i)`.
std::vector<content::Document> pages_with_terms(size_t n,
                                                const std::function<std::vector<content::TermUse>(size_t)>& terms) {
    std::vector<content::Document> pages;
    for (size_t i = 0; i < n; ++i) {
        content::Document d;
        d.kind = content::PageKind::regular;
        d.slug = "p" + std::to_string(i);
        d.url = "/" + d.slug + "/";
        d.title = "Side " + std::to_string(1000 + i);
        d.terms = terms(i);
        pages.push_back(std::move(d));
    }
    return pages;
}

}  // namespace

TEST_CASE("related pages are the same when asked again after another site, and count a term listed twice twice") {
    config::SiteConfig config;
    const std::vector<markdown::Document> bodies;
    const auto large = pages_with_terms(300, [](size_t i) {
        std::vector<content::TermUse> uses{{"a", "x"}};
        if (i % 2) uses.push_back({"a", "y"});
        if (i % 5 == 0) uses.push_back({"a", "x"});  // twice: counts as two shared terms
        return uses;
    });
    links::LinkGraph large_graph;
    large_graph.pages.resize(large.size());
    const RenderInput large_input{config, large, bodies, large_graph};
    const SiteModel large_model(large_input);
    std::vector<std::vector<size_t>> first;
    for (size_t i = 0; i < large.size(); ++i) {
        first.push_back(related_pages(large_model, i));
        CHECK_MESSAGE(first.back() == related_by_definition(large_model, i), "side ", i);
    }
    // A smaller site on the same thread, then the first again.
    const auto small = pages_with_terms(5, [](size_t) { return std::vector<content::TermUse>{{"a", "x"}}; });
    links::LinkGraph small_graph;
    small_graph.pages.resize(small.size());
    const RenderInput small_input{config, small, bodies, small_graph};
    const SiteModel small_model(small_input);
    CHECK(related_pages(small_model, 0) == std::vector<size_t>{1, 2, 3, 4});
    for (size_t i = 0; i < large.size(); ++i) CHECK(related_pages(large_model, i) == first[i]);
}

TEST_CASE("a term's pages are found by taxonomy and term even where one name begins another") {
    config::SiteConfig config;
    const std::vector<markdown::Document> bodies;
    const std::vector<std::vector<content::TermUse>> uses = {
        {{"a", "b"}}, {{"a", "bc"}}, {{"ab", "c"}}, {{"a", "b"}, {"ab", "c"}}, {{"a-", "b"}}, {{"a", "b-"}}};
    const auto pages = pages_with_terms(uses.size(), [&](size_t i) { return uses[i]; });
    links::LinkGraph graph;
    graph.pages.resize(pages.size());
    const RenderInput input{config, pages, bodies, graph};
    const SiteModel model(input);
    CHECK(model.pages_with_term("a", "b") == std::vector<size_t>{0, 3});
    CHECK(model.pages_with_term("a", "bc") == std::vector<size_t>{1});
    CHECK(model.pages_with_term("ab", "c") == std::vector<size_t>{2, 3});
    CHECK(model.pages_with_term("a-", "b") == std::vector<size_t>{4});
    CHECK(model.pages_with_term("a", "b-") == std::vector<size_t>{5});
    CHECK(model.ranks_with_term("a", "b").size() == 2);
    for (const auto& [taxonomy, term] : std::vector<std::pair<std::string, std::string>>{
             {"a", ""}, {"", "b"}, {"a/b", ""}, {"a", "c"}, {"ab", ""}, {"a", "b/"}, {"", ""}})
        CHECK_MESSAGE(model.pages_with_term(taxonomy, term).empty(), taxonomy, "/", term);
}
