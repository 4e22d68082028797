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
    uint32_t link_page = BodyLink::k_no_page;   ///< BodyLink::page
    bool title_as_text = false;
    std::string anchor_or_path;
    /// The link to write (viewing this object's text).
    BodyLink link() const { return BodyLink{link_page, title_as_text, anchor_or_path}; }
};

/// A body link read before any lookup: what it names and the key its target is looked up by,
/// hashed. A page's links are all prepared first (which prefetches their keys' slots), then
/// resolved, then their anchors checked, so that at 100,000 pages, where each step is a cache
/// miss, the misses of a page's links overlap instead of coming one by one.
struct PreparedLink {
    enum class Kind { none, same_page, wikilink, relative, site_path };
    Kind kind = Kind::none;
    /// relative, site_path: the path as written (no query or anchor, decoded).
    std::string path;
    /// relative: the path from the content root (when `inside`); site_path: the URL; wikilink:
    /// the slug.
    std::string key;
    bool inside = true;       ///< relative: false when the path leads out of the content folder
    bool look_up = false;     ///< whether the target is looked up by `key` (relative: .md files)
    uint64_t hash = 0;        ///< util::StringIndex::hash_of(key), when look_up
    std::string anchor;       ///< without '#'
    std::string type;         ///< wikilink: the type before '/', or ""
};

class BodyLinkResolver {
public:
    /// `anchors` holds the heading ids of input.bodies.
    BodyLinkResolver(const LinkInput& input, const PageIndex& index, const AnchorIndex& anchors);

    /// Resolves link `link` of page `source`; reports LINK001 (missing file), LINK002 (missing
    /// anchor), LINK003 (unknown site path), LINK004 (unknown wikilink), LINK005 (ambiguous
    /// wikilink) at the link's position. The same as the three steps below.
    ResolvedBodyLink resolve(size_t source, const markdown::Link& link, diag::Diagnostics& diagnostics) const;

    /// Step 1: reads `link` of page `source` into `out` and prefetches its key's slot. `out` is
    /// overwritten (its strings' room kept: a page's links are prepared into the same ones).
    void prepare(size_t source, const markdown::Link& link, PreparedLink& out) const;
    /// Step 2: looks the target up; reports all but LINK002. The page whose anchors the link
    /// names, if any, is then anchor_page() (whose ids prefetch_anchor() fetches).
    ResolvedBodyLink resolve(size_t source, const markdown::Link& link, const PreparedLink& prepared,
                             diag::Diagnostics& diagnostics) const;
    static std::optional<size_t> anchor_page(size_t source, const PreparedLink& prepared,
                                             const ResolvedBodyLink& resolved) {
        if (prepared.anchor.empty()) return std::nullopt;
        return prepared.kind == PreparedLink::Kind::same_page ? std::optional<size_t>(source) : resolved.page;
    }
    /// Step 3: reports LINK002 at `pos` in page `source` unless page `target` has a heading
    /// with id `anchor`.
    bool check_anchor(size_t target, const std::string& anchor, size_t source, diag::LineCol pos,
                      diag::Diagnostics& diagnostics) const;
    /// Where a diagnostic at `pos` in page `source` points (for a link: at its destination).
    diag::SourcePos at(size_t source, diag::LineCol pos) const { return pos.in(m_input.pages[source].display_path); }
    diag::SourcePos at(size_t source, const markdown::Link& link) const { return at(source, link.pos); }

private:
    ResolvedBodyLink resolve_wikilink(size_t source, const markdown::Link& link, const PreparedLink& prepared,
                                      diag::Diagnostics& diagnostics) const;
    ResolvedBodyLink resolve_relative(size_t source, const markdown::Link& link, const PreparedLink& prepared,
                                      diag::Diagnostics& diagnostics) const;
    ResolvedBodyLink resolve_site_path(size_t source, const markdown::Link& link, const PreparedLink& prepared,
                                       diag::Diagnostics& diagnostics) const;

    const LinkInput& m_input;
    const PageIndex& m_index;
    const AnchorIndex& m_anchors;
    std::set<std::string> m_assets;
};

}  // namespace stilas::links
