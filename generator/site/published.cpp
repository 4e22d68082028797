#include "site/published.hpp"

#include <optional>

namespace stilas::site {

Published select_published(std::vector<content::Document> pages, std::vector<markdown::Document> bodies,
                           links::LinkGraph graph, bool drafts_published) {
    std::vector<std::optional<size_t>> renumber(pages.size());
    Published out;
    for (size_t i = 0; i < pages.size(); ++i) {
        if (pages[i].draft && !drafts_published) continue;
        renumber[i] = out.pages.size();
        out.pages.push_back(std::move(pages[i]));
        out.bodies.push_back(std::move(bodies[i]));
        out.graph.pages.push_back(std::move(graph.pages[i]));
    }
    auto remap = [&](std::vector<size_t>& list) {
        std::vector<size_t> kept;
        for (size_t old : list)
            if (renumber[old]) kept.push_back(*renumber[old]);
        list = std::move(kept);
    };
    for (auto& page : out.graph.pages) {
        for (auto& [field, targets] : page.references) remap(targets);
        for (auto& group : page.backlinks) remap(group.sources);
        std::erase_if(page.backlinks, [](const links::BacklinkGroup& g) { return g.sources.empty(); });
    }
    return out;
}

}  // namespace stilas::site
