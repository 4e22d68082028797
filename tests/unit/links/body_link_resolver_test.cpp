// BodyLinkResolver's steps: a link prepared into a PreparedLink used before (a page's links are
// prepared into the same ones) comes out as one prepared afresh, and resolves the same.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "links/body_link_resolver.hpp"
#include "page_fixture.hpp"

using namespace stilas;
using links::test::page;

namespace {
markdown::Link link(markdown::LinkKind kind, std::string target) {
    markdown::Link l;
    l.kind = kind;
    l.target = std::move(target);
    return l;
}

void check_same(const links::PreparedLink& a, const links::PreparedLink& b) {
    CHECK(a.kind == b.kind);
    CHECK(a.path == b.path);
    CHECK(a.key == b.key);
    CHECK(a.inside == b.inside);
    CHECK(a.look_up == b.look_up);
    CHECK(a.hash == b.hash);
    CHECK(a.anchor == b.anchor);
    CHECK(a.type == b.type);
}
}  // namespace

TEST_CASE("a link prepared over another leaves nothing of it behind") {
    config::SiteConfig cfg;
    cfg.typed = true;
    const std::vector<content::Document> pages{page("metoder/igp.md", "metoder", "igp"),
                                               page("verktoy/hjul.md", "verktoy", "hjul")};
    diag::Diagnostics d;
    const links::PageIndex index(cfg, pages, d);
    const std::vector<std::vector<markdown::Heading>> headings{{markdown::Heading{2, "Steg", "steg", {}}}, {}};
    const links::AnchorIndex anchors(pages.size(), [&](size_t p) -> const auto& { return headings[p]; });
    const std::vector<markdown::Document> bodies;
    const std::vector<std::string> assets{"media/a.pdf"};
    const links::LinkInput input{cfg, pages, bodies, assets, false, {}, {}};
    const links::BodyLinkResolver resolver(input, index, anchors);
    using markdown::LinkKind;
    const std::vector<markdown::Link> all{
        link(LinkKind::wikilink, "metoder/igp#steg"), link(LinkKind::inline_link, "../verktoy/hjul.md"),
        link(LinkKind::inline_link, "#steg"), link(LinkKind::inline_link, "https://a.no/x#y"),
        link(LinkKind::inline_link, "/metoder/igp?x=1#steg"), link(LinkKind::inline_link, "../media/a%2Epdf"),
        link(LinkKind::wikilink, "hjul"), link(LinkKind::inline_link, "../../utenfor.md"),
        link(LinkKind::inline_link, "")};
    links::PreparedLink reused;
    for (int round = 0; round < 2; ++round)
        for (size_t k = 0; k < all.size(); ++k) {
            const markdown::Link& l = all[round == 0 ? k : all.size() - 1 - k];
            links::PreparedLink fresh;
            resolver.prepare(0, l, fresh);
            resolver.prepare(0, l, reused);
            check_same(reused, fresh);
        }
    // The steps give what resolve() gives: the page, and the page whose anchors are checked.
    links::PreparedLink prepared;
    resolver.prepare(0, all[0], prepared);
    const auto resolved = resolver.resolve(0, all[0], prepared, d);
    CHECK(resolved.page == 0u);
    CHECK(links::BodyLinkResolver::anchor_page(0, prepared, resolved) == 0u);
    resolver.prepare(1, all[2], prepared);
    CHECK(links::BodyLinkResolver::anchor_page(1, prepared, resolver.resolve(1, all[2], prepared, d)) == 1u);
    CHECK(resolver.resolve(0, all[4], d).page == 0u);
    CHECK(d.headlines().empty());
}
