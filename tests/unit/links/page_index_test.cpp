#include <doctest/doctest.h>

#include "links/page_index.hpp"
#include "page_fixture.hpp"

using namespace stilas;
using links::test::page;

TEST_CASE("the page index finds pages by URL, path, slug and type") {
    config::SiteConfig cfg;
    cfg.typed = true;
    std::vector<content::Document> pages{page("metoder/igp.md", "metoder", "igp"), page("verktoy/igp.md", "verktoy", "igp")};
    diag::Diagnostics d;
    links::PageIndex index(cfg, pages, d);
    CHECK(d.headlines().empty());
    CHECK(index.by_url("/verktoy/igp/") == 1u);
    CHECK(index.by_path("metoder/igp.md") == 0u);
    const auto igp = index.by_slug("igp");
    REQUIRE(igp.size() == 2);
    CHECK(igp[0].page == 0);
    CHECK(index.type_name(igp[0].type) == "metoder");
    CHECK(igp[1].page == 1);
    CHECK(index.type_name(igp[1].type) == "verktoy");
    CHECK(index.by_slug("ig").empty());
    CHECK(index.by_type_and_slug("verktoy", "igp") == 1u);
    CHECK_FALSE(index.by_url("/verktoy/").has_value());
    // The same lookups with the keys hashed ahead (what a page's links do, all prefetched first).
    using Table = links::PageIndex::Table;
    const auto hash = [](std::string_view key) { return util::StringIndex::hash_of(key); };
    for (Table table : {Table::url, Table::path, Table::slug}) index.prefetch(table, hash("igp"));
    CHECK(index.by_url("/verktoy/igp/", hash("/verktoy/igp/")) == 1u);
    CHECK(index.by_path("metoder/igp.md", hash("metoder/igp.md")) == 0u);
    CHECK(index.by_slug("igp", hash("igp")).size() == 2);
    CHECK(index.by_slug("ig", hash("ig")).empty());
    CHECK_FALSE(index.by_url("/verktoy/", hash("/verktoy/")).has_value());
}

TEST_CASE("three files on one URL give one error per later file, naming the earlier ones") {
    config::SiteConfig cfg;
    std::vector<content::Document> pages{page("v/far.md", "v", "far"), page("v/får.md", "v", "far"),
                                         page("v/fár.md", "v", "far")};
    diag::Diagnostics d;
    links::PageIndex index(cfg, pages, d);
    auto lines = d.headlines();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "content/v/fár.md:1:1: feil[URL001]: Siden får samme adresse (/v/far/) som content/v/far.md, "
                      "content/v/får.md. Gi en av filene et annet navn; æ, ø og å blir ae, o og a i adresser.");
}

TEST_CASE("slug lists hold each slug's pages in page order, with their types") {
    config::SiteConfig cfg;
    std::vector<content::Document> pages{page("a/x.md", "a", "x"), page("b/y.md", "b", "y"), page("b/x.md", "b", "x"),
                                         page("c/z.md", "c", ""),  page("c/x.md", "c", "x"), page("a/y.md", "a", "y")};
    diag::Diagnostics d;
    links::PageIndex index(cfg, pages, d);
    auto pages_of = [&](std::string_view slug) {
        std::vector<std::pair<size_t, std::string>> out;
        for (const auto& e : index.by_slug(slug)) out.emplace_back(e.page, index.type_name(e.type));
        return out;
    };
    using List = std::vector<std::pair<size_t, std::string>>;
    CHECK(pages_of("x") == List{{0, "a"}, {2, "b"}, {4, "c"}});
    CHECK(pages_of("y") == List{{1, "b"}, {5, "a"}});
    CHECK(pages_of("").empty());   // a page without a slug is in no list
    CHECK(pages_of("z").empty());
    CHECK(index.by_type_and_slug("c", "x") == 4u);
    CHECK(index.by_type_and_slug("a", "y") == 5u);
    CHECK_FALSE(index.by_type_and_slug("c", "y"));
    CHECK(index.slugs_of_type("a") == std::vector<std::string>{"x", "y"});
    CHECK(index.slugs_of_type("c") == std::vector<std::string>{"x"});
    CHECK(index.all_slugs() == std::vector<std::string>{"x", "y"});
}
