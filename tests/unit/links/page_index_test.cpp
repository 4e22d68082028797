#include <doctest/doctest.h>

#include "links/page_index.hpp"

using namespace stilas;

namespace {
content::Document page(std::string path, std::string type, std::string slug) {
    content::Document d;
    d.path = path;
    d.display_path = "content/" + path;
    d.type = type;
    d.slug = slug;
    d.url = "/" + type + "/" + slug + "/";
    return d;
}
}  // namespace

TEST_CASE("the page index finds pages by URL, path, slug and type") {
    config::SiteConfig cfg;
    cfg.typed = true;
    std::vector<content::Document> pages{page("metoder/igp.md", "metoder", "igp"), page("verktoy/igp.md", "verktoy", "igp")};
    diag::Diagnostics d;
    links::PageIndex index(cfg, pages, d);
    CHECK(d.headlines().empty());
    CHECK(index.by_url("/verktoy/igp/") == 1u);
    CHECK(index.by_path("metoder/igp.md") == 0u);
    CHECK(index.by_slug("igp") == std::vector<size_t>{0, 1});
    CHECK(index.by_type_and_slug("verktoy", "igp") == 1u);
    CHECK_FALSE(index.by_url("/verktoy/").has_value());
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
