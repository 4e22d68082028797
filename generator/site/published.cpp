#include "site/published.hpp"

#include <optional>

namespace stilas::site {

Published select_published(std::vector<content::Document> pages, std::vector<markdown::Document> bodies,
                           links::LinkGraph graph, bool drafts_published) {
    // Compacted in place: no second copy of every page is ever held.
    std::vector<std::optional<size_t>> renumber(pages.size());
    size_t kept = 0;
    for (size_t i = 0; i < pages.size(); ++i) {
        if (pages[i].draft && !drafts_published) continue;
        renumber[i] = kept;
        if (kept != i) {
            pages[kept] = std::move(pages[i]);
            bodies[kept] = std::move(bodies[i]);
            graph.pages[kept] = std::move(graph.pages[i]);
        }
        ++kept;
    }
    pages.erase(pages.begin() + static_cast<std::ptrdiff_t>(kept), pages.end());
    bodies.erase(bodies.begin() + static_cast<std::ptrdiff_t>(kept), bodies.end());
    graph.pages.erase(graph.pages.begin() + static_cast<std::ptrdiff_t>(kept), graph.pages.end());
    Published out{std::move(pages), std::move(bodies), std::move(graph)};
    if (kept == renumber.size()) return out;  // every page kept: every index stays
    auto remap = [&](std::vector<size_t>& list) {
        std::erase_if(list, [&](size_t old) { return !renumber[old]; });
        for (size_t& index : list) index = *renumber[index];
    };
    for (auto& page : out.graph.pages) {
        for (auto& [field, targets] : page.references) remap(targets);
        for (auto& group : page.backlinks) remap(group.sources);
        // A published page never links to a page left out (that is DRAFT001, an error).
        for (size_t k = 0; k < page.body_links.size(); ++k)
            if (const uint32_t to = page.body_links[k].page; to != links::BodyLink::k_no_page) {
                const uint32_t kept = renumber[to] ? static_cast<uint32_t>(*renumber[to]) : links::BodyLink::k_no_page;
                page.body_links.set_page(k, kept);
            }
        std::erase_if(page.backlinks, [](const links::BacklinkGroup& g) { return g.sources.empty(); });
    }
    return out;
}

}  // namespace stilas::site
