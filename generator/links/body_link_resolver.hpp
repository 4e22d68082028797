// Resolving links in page bodies: relative .md links, site paths, wikilinks and #anchors.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "diag/diagnostics.hpp"
#include "links/anchor_index.hpp"
#include "links/link_graph.hpp"
#include "links/page_index.hpp"

namespace stilas::links {

/// What a body link resolved to: the page (if it points to one) and the link to write.
struct ResolvedBodyLink {
    std::optional<size_t> page;
    BodyLink link;
};

class BodyLinkResolver {
public:
    /// `anchors` holds the heading ids of input.bodies.
    BodyLinkResolver(const LinkInput& input, const PageIndex& index, const AnchorIndex& anchors);

    /// Resolves link `link` of page `source`; reports LINK001 (missing file), LINK002 (missing
    /// anchor), LINK003 (unknown site path), LINK004 (unknown wikilink), LINK005 (ambiguous
    /// wikilink) at the link's position.
    ResolvedBodyLink resolve(size_t source, const markdown::Link& link, diag::Diagnostics& diagnostics) const;

private:
    ResolvedBodyLink resolve_wikilink(const markdown::Link& link, diag::Diagnostics& diagnostics) const;
    ResolvedBodyLink resolve_relative(size_t source, const markdown::Link& link, const std::string& path,
                                      const std::string& anchor, diag::Diagnostics& diagnostics) const;
    ResolvedBodyLink resolve_site_path(const markdown::Link& link, const std::string& path,
                                       const std::string& anchor, diag::Diagnostics& diagnostics) const;
    /// Reports LINK002 unless page `target` has a heading with id `anchor`.
    bool check_anchor(size_t target, const std::string& anchor, const diag::SourcePos& pos,
                      diag::Diagnostics& diagnostics) const;

    const LinkInput& m_input;
    const PageIndex& m_index;
    const AnchorIndex& m_anchors;
    std::set<std::string> m_assets;
};

}  // namespace stilas::links
