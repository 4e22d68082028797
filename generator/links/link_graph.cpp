#include "links/link_graph.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "links/anchor_index.hpp"
#include "links/backlinks.hpp"
#include "links/body_link_resolver.hpp"
#include "links/page_index.hpp"
#include "links/reference_resolver.hpp"
#include "util/parallel.hpp"

namespace stilas::links {

const std::vector<size_t>* PageLinks::targets(std::string_view field) const {
    for (const auto& [name, list] : references)
        if (name == field) return &list;
    return nullptr;
}

namespace {
// Where a field's backlink group goes among a page's groups: by the referring type's place in
// the config, then the field's place in that type's schema.
std::pair<size_t, size_t> group_order(const config::SiteConfig& config, const std::string& type,
                                      const std::string& field) {
    for (size_t t = 0; t < config.types.size(); ++t) {
        if (config.types[t].name != type) continue;
        for (size_t f = 0; f < config.types[t].fields.size(); ++f)
            if (config.types[t].fields[f].name == field) return {t, f};
        return {t, config.types[t].fields.size()};
    }
    return {config.types.size(), 0};
}

class Linker {
public:
    Linker(const LinkInput& input, diag::Diagnostics& diagnostics, unsigned threads)
        : m_input(input), m_diagnostics(diagnostics), m_index(input.config, input.pages, diagnostics),
          m_anchors(input.bodies.size(), [&](size_t page) -> const auto& { return input.bodies[page].headings(); },
                    threads, input.headings_read),
          m_bodies(input, m_index, m_anchors), m_backlinks(input.pages.size()) {
        // Every link checks its target's draft flag: kept apart from the (large) documents, so
        // that check reads no other page's memory (it mattered at 100,000 pages).
        m_draft.reserve(input.pages.size());
        for (const auto& page : input.pages) m_draft.push_back(page.draft ? 1 : 0);
    }

    // Pages are linked in parallel (resolving only reads the index, and each page adds only its
    // own backlinks); the backlink groups do not depend on the thread count.
    LinkGraph run(unsigned threads) {
        LinkGraph graph;
        graph.pages.resize(m_input.pages.size());
        util::parallel_for(m_input.pages.size(), threads, [&](size_t i) {
            // Every lookup of the page hashed and its slot fetched before any is resolved: at
            // 100,000 pages each is a cache miss, which one by one each link would wait for.
            for (const auto& ref : m_input.pages[i].references) prefetch_reference(ref, m_index);
            thread_local std::vector<PreparedLink> prepared;   // reused, strings and all
            const auto& links = m_input.bodies[i].links();
            if (prepared.size() < links.size()) prepared.resize(links.size());
            for (size_t k = 0; k < links.size(); ++k) m_bodies.prepare(i, links[k], prepared[k]);
            link_references(i, graph.pages[i]);
            link_body(i, prepared, graph.pages[i]);
            if (m_input.links_done) m_input.links_done(i);
        });
        auto groups = m_backlinks.finish(threads);
        for (size_t i = 0; i < groups.size(); ++i) graph.pages[i].backlinks = std::move(groups[i]);
        return graph;
    }

private:
    bool published(size_t page) const { return !m_draft[page] || m_input.drafts_published; }

    // A published page pointing at a draft: DRAFT001 (an error, or a warning when drafts are
    // published too).
    // (Asked first: a body link's position is made only for a finding.)
    bool links_to_draft(size_t source, size_t target) const { return m_draft[target] && !m_draft[source]; }
    void report_draft_target(size_t target, const diag::SourcePos& pos) const {
        const auto& t = m_input.pages[target];
        diag::Diagnostic d{m_input.drafts_published ? diag::Severity::warning : diag::Severity::error, "DRAFT001", pos,
                           "«" + t.title + "» (" + t.display_path + ") er et utkast (draft: true) og blir ikke publisert.",
                           "Publiser siden, eller fjern lenken til den."};
        m_diagnostics.add(std::move(d));
    }

    // Page i's references and body links, resolved into `out`, its backlinks added (each page
    // adds only its own, so pages can be linked in parallel).
    void link_references(size_t i, PageLinks& out) {
        const auto& page = m_input.pages[i];
        for (const auto& ref : page.references) {
            auto target = resolve_reference(ref, page.display_path, m_index, m_input.pages, m_diagnostics);
            auto it = std::find_if(out.references.begin(), out.references.end(),
                                   [&](const auto& entry) { return entry.first == *ref.field; });
            if (it == out.references.end()) {
                out.references.emplace_back(*ref.field, std::vector<size_t>{});
                it = std::prev(out.references.end());
            }
            if (!target) continue;
            if (links_to_draft(i, *target)) report_draft_target(*target, ref.pos.in(page.display_path));
            it->second.push_back(*target);
            if (published(i) && *target != i)
                m_backlinks.add(*target, ref.backlink_label(m_input.config, page.type),
                                group_order(m_input.config, page.type, *ref.field), i);
        }
    }

    // Link k prepared in prepared[k] (which may hold more). In three passes over the links, for
    // the same reason: targets looked up (their anchors' offsets fetched), the anchors' ids
    // fetched, then anchors and drafts checked.
    void link_body(size_t i, const std::vector<PreparedLink>& prepared, PageLinks& out) {
        const auto& links = m_input.bodies[i].links();
        thread_local std::vector<std::pair<std::optional<size_t>, std::optional<size_t>>> found;  // target, anchors' page
        found.clear();
        out.body_links.reserve(links.size());
        for (size_t k = 0; k < links.size(); ++k) {
            auto resolved = m_bodies.resolve(i, links[k], prepared[k], m_diagnostics);
            const auto anchors = BodyLinkResolver::anchor_page(i, prepared[k], resolved);
            if (anchors) m_anchors.prefetch_offsets(*anchors);
            found.emplace_back(resolved.page, anchors);
            out.body_links.push_back(resolved.link());
        }
        for (const auto& [target, anchors] : found)
            if (anchors) m_anchors.prefetch_ids(*anchors);
        for (size_t k = 0; k < links.size(); ++k) {
            const auto& [target, anchors] = found[k];
            if (anchors) m_bodies.check_anchor(*anchors, prepared[k].anchor, i, links[k].pos, m_diagnostics);
            if (!target) continue;
            if (links_to_draft(i, *target)) report_draft_target(*target, m_bodies.at(i, links[k]));
            if (published(i) && *target != i) m_backlinks.add(*target, k_mentioned_in_label, {SIZE_MAX, 0}, i);
        }
    }

    const std::string k_mentioned_in_label{k_mentioned_in};
    const LinkInput& m_input;
    diag::Diagnostics& m_diagnostics;
    PageIndex m_index;
    /// Every page's heading ids, laid out together: anchors are checked at random.
    AnchorIndex m_anchors;
    BodyLinkResolver m_bodies;
    BacklinkCollector m_backlinks;
    std::vector<uint8_t> m_draft;   ///< per page: draft: true
};
}  // namespace

bool body_link_url(const BodyLink& link, const std::vector<content::Document>& pages, std::string& out) {
    if (link.page < pages.size()) {
        out.assign(pages[link.page].url);
        if (!link.anchor_or_path.empty()) out.append(1, '#').append(link.anchor_or_path);
        return true;
    }
    if (link.anchor_or_path.empty()) return false;
    out.assign(link.anchor_or_path);
    return true;
}

const std::string& body_link_text(const BodyLink& link, const std::vector<content::Document>& pages) {
    static const std::string none;
    return link.title_as_text && link.page < pages.size() ? pages[link.page].title : none;
}

void BodyLinks::push_back(const BodyLink& link) {
    if (link.anchor_or_path.size() >= (size_t{1} << 31)) throw std::length_error("body link: anchor or path too long");
    m_links.push_back(Packed{link.page, static_cast<uint32_t>(m_text.size()),
                             static_cast<uint32_t>(link.anchor_or_path.size()), link.title_as_text ? 1u : 0u});
    m_text.append(link.anchor_or_path);
}

void BodyLinks::set_page(size_t k, uint32_t page) {
    if (page == BodyLink::k_no_page) m_links[k] = Packed{page, 0, 0, 0};   // kept as written: no anchor, no path
    else m_links[k].page = page;
}

void prefetch_body_links(const BodyLinks& links, const std::vector<content::Document>& pages) {
    // The loads of one link do not wait for another's: the misses overlap.
    for (size_t k = 0; k < links.size(); ++k) {
        const BodyLink link = links[k];
        if (link.page >= pages.size()) continue;
        const content::Document& page = pages[link.page];
        __builtin_prefetch(page.url.data());
        if (link.title_as_text) __builtin_prefetch(page.title.data());
    }
}

LinkGraph resolve_links(const LinkInput& input, diag::Diagnostics& diagnostics, unsigned threads) {
    return Linker(input, diagnostics, threads).run(threads);
}

}  // namespace stilas::links
