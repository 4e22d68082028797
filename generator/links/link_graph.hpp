// The link graph: every front-matter reference and body link resolved to a page, and the
// backlinks each page gets. Built once by resolve_links(); read by render/.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "diag/diagnostics.hpp"
#include "markdown/markdown.hpp"

namespace stilas::links {

/// Pages referring to one page, grouped under one heading ("Brukt i", "Nevnt i", …).
struct BacklinkGroup {
    std::string label;
    std::vector<size_t> sources;            ///< page indexes, each once, in page order
};

/// One resolved body link. To a page: the page and the anchor to add, so that the graph of a
/// large site holds no copy of any page's URL (body_link_url builds it); to a published file:
/// its site path; otherwise (external, unresolved) the link is kept as written. A view: its
/// text is held by its page's BodyLinks (or by whoever made it).
struct BodyLink {
    static constexpr uint32_t k_no_page = UINT32_MAX;
    uint32_t page = k_no_page;
    /// A wikilink: where it has no text of its own it shows the page's title.
    bool title_as_text = false;
    /// To a page: its anchor without '#' ("" for none). To a file: "/media/x.pdf".
    std::string_view anchor_or_path;
};

/// A page's resolved body links, in the order of its links: 12 bytes a link, and the anchors'
/// and paths' bytes in one string (a BodyLink with a string of its own was 40 bytes: 4.7 MB at
/// 10,000 pages, which the link graph holds to the end).
class BodyLinks {
public:
    void reserve(size_t links) { m_links.reserve(links); }
    void push_back(const BodyLink& link);
    size_t size() const { return m_links.size(); }
    bool empty() const { return m_links.empty(); }
    /// Link k, viewing this object's text.
    BodyLink operator[](size_t k) const {
        const Packed& p = m_links[k];
        return BodyLink{p.page, p.title_as_text != 0, std::string_view(m_text).substr(p.text_begin, p.text_size)};
    }
    /// Link k to `page` instead (the same anchor), or, for BodyLink::k_no_page, kept as written.
    void set_page(size_t k, uint32_t page);

private:
    struct Packed {
        uint32_t page;
        uint32_t text_begin;
        uint32_t text_size : 31;
        uint32_t title_as_text : 1;
    };
    std::vector<Packed> m_links;
    std::string m_text;
};

/// The URL to write in place of `link` (with "#anchor"), assigned to `out` (whose room is kept):
/// true, or false (`out` untouched) to keep the link as written.
bool body_link_url(const BodyLink& link, const std::vector<content::Document>& pages, std::string& out);
/// The text a wikilink without its own shows: the page's title ("" when there is none).
const std::string& body_link_text(const BodyLink& link, const std::vector<content::Document>& pages);
/// Asks the CPU to fetch what body_link_url and body_link_text will read for `links` (the
/// target pages' URLs and wikilinks' titles), all at once, before a page's body is written: at
/// 100,000 pages each is two cache misses, which one by one, link by link, the writer waits for.
void prefetch_body_links(const BodyLinks& links, const std::vector<content::Document>& pages);

struct PageLinks {
    /// Front-matter references per field name, targets in written order.
    std::vector<std::pair<std::string, std::vector<size_t>>> references;
    /// One entry per markdown::Document::links() entry.
    BodyLinks body_links;
    /// Backlinks: reference groups in the order of the referring types' fields, then "Nevnt i".
    std::vector<BacklinkGroup> backlinks;

    const std::vector<size_t>* targets(std::string_view field) const;
};

struct LinkGraph {
    std::vector<PageLinks> pages;           ///< parallel to the page list
};

/// The label of backlinks that come from body links.
inline constexpr const char* k_mentioned_in = "Nevnt i";

/// What resolve_links() reads: the pages (sorted by path) and their parsed bodies.
struct LinkInput {
    const config::SiteConfig& config;
    const std::vector<content::Document>& pages;
    const std::vector<markdown::Document>& bodies;   ///< parallel to pages
    /// Content-relative paths of the other files that are published as they are (media).
    const std::vector<std::string>& assets;
    bool drafts_published = false;                   ///< --drafts
    /// Called (from any thread) once page i's references and body links are resolved, when
    /// nothing more will read pages[i].references or bodies[i].links(): the build frees them there.
    std::function<void(size_t page)> links_done;
    /// Called (from any thread) once page i's headings are read into the link phase's own index
    /// of anchors, before any link is resolved, when nothing more will read bodies[i].headings():
    /// the build frees them there.
    std::function<void(size_t page)> headings_read;
};

/// Checks and resolves everything: URL collisions (URL001), references to missing pages or
/// pages of the wrong type (REF…), body links to missing files, slugs or anchors (LINK…), and
/// published pages linking to drafts (DRAFT001). All problems go to `diagnostics`.
/// Pages are resolved on `threads` threads (0 = all cores); the result is the same for any count.
LinkGraph resolve_links(const LinkInput& input, diag::Diagnostics& diagnostics, unsigned threads = 1);

}  // namespace stilas::links
