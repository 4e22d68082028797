// RenderInput: what the renderer reads — the site config, the published pages, their parsed
// bodies and the link graph, all parallel and already checked by the earlier phases.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "links/link_graph.hpp"
#include "markdown/markdown.hpp"

namespace stilas::render {

struct RenderInput {
    const config::SiteConfig& config;
    /// The pages to publish (drafts already removed by the caller), home and section
    /// indexes (_index.md) included.
    const std::vector<content::Document>& pages;
    const std::vector<markdown::Document>& bodies;   ///< parallel to pages
    const links::LinkGraph& graph;                   ///< graph.pages parallel to pages
    /// The build's "today" in seconds since the epoch (UTC), for "upcoming" and feed dates:
    /// never the clock, so the same input gives the same site (see site/reference_time.hpp).
    int64_t reference_time = 0;
    /// Called with a regular page's index once its file is written, from the thread that wrote
    /// it: nothing reads that page's body again (listings read only section and home bodies),
    /// so the caller may free it (markdown::Document::release_html). May be empty.
    std::function<void(size_t)> page_written = {};
};

}  // namespace stilas::render
