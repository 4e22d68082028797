// Published: the pages that go on the site (drafts left out unless --drafts), with the link
// graph renumbered to match.
#pragma once

#include <vector>

#include "content/document.hpp"
#include "links/link_graph.hpp"
#include "markdown/markdown.hpp"

namespace stilas::site {

struct Published {
    std::vector<content::Document> pages;
    std::vector<markdown::Document> bodies;
    links::LinkGraph graph;
};

/// Keeps the pages to publish and renumbers every page index in the graph; references and
/// backlinks to pages left out are dropped.
Published select_published(std::vector<content::Document> pages, std::vector<markdown::Document> bodies,
                           links::LinkGraph graph, bool drafts_published);

}  // namespace stilas::site
