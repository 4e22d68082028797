// sitemap.xml and robots.txt: every page and listing page with its last change.
#include "feeds/sitemap.hpp"

#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "feeds/absolute_urls.hpp"
#include "feeds/timestamps.hpp"
#include "feeds/xml_text.hpp"
#include "util/civil_time.hpp"

namespace stilas::feeds {
namespace {

// Site URL → when it last changed (nullopt: unknown). A std::map keeps the URLs sorted.
using Entries = std::map<std::string, std::optional<int64_t>>;
using Slot = std::optional<int64_t>;

void add(Slot& slot, std::optional<int64_t> changed) {
    if (changed && (!slot || *slot < *changed)) slot = changed;
}

void add(Entries& entries, const std::string& url, std::optional<int64_t> changed) { add(entries[url], changed); }

/// The entries of the listing pages, each found in Entries once: every page is on the home
/// page, its section and its terms' pages, which thousands of pages share. Names are the
/// pages' and the config's own strings.
class ListingSlots {
public:
    explicit ListingSlots(Entries& entries) : m_entries(entries), m_home(entries["/"]) {}
    Slot& home() { return m_home; }
    Slot& section(std::string_view name) { return slot(m_sections, name, [&] { return folder_url(name); }); }
    Slot& taxonomy(std::string_view name) { return slot(m_taxonomies, name, [&] { return folder_url(name); }); }
    Slot& term(std::string_view taxonomy, std::string_view term) {
        return slot(m_terms[taxonomy], term, [&] { return folder_url(taxonomy) + std::string(term) + "/"; });
    }

private:
    using Slots = std::unordered_map<std::string_view, Slot*>;
    static std::string folder_url(std::string_view name) { return "/" + std::string(name) + "/"; }
    /// The slot `slots` holds under `key`, found in the entries by `url()` the first time.
    template <typename Url>
    Slot& slot(Slots& slots, std::string_view key, const Url& url) {
        Slot*& found = slots[key];
        if (!found) found = &m_entries[url()];
        return *found;
    }
    Entries& m_entries;
    Slot& m_home;
    Slots m_sections, m_taxonomies;
    std::unordered_map<std::string_view, Slots> m_terms;  ///< taxonomy → term → slot
};

bool uses_taxonomy(const content::Document& page, const std::string& taxonomy) {
    for (const auto& use : page.terms)
        if (use.taxonomy == taxonomy) return true;
    return false;
}

// The generated pages a page is listed on: its section, its taxonomies and terms, the home page.
void add_listings(ListingSlots& listings, const config::SiteConfig& config, const content::Document& page) {
    const auto changed = page_changed(page);
    add(listings.home(), changed);
    if (!page.type.empty()) add(listings.section(page.type), changed);
    for (const auto& taxonomy : config.taxonomies)
        if (uses_taxonomy(page, taxonomy.name)) add(listings.taxonomy(taxonomy.name), changed);
    for (const auto& use : page.terms) add(listings.term(use.taxonomy, use.term), changed);
}

Entries collect(const config::SiteConfig& config, const std::vector<content::Document>& pages) {
    Entries entries;
    ListingSlots listings(entries);  // the home page's entry made here
    // Every listing page the config declares is in the sitemap, also one that lists no page yet.
    for (const auto& type : config.types) listings.section(type.name);
    for (const auto& taxonomy : config.taxonomies) {
        listings.taxonomy(taxonomy.name);
        for (const auto& term : taxonomy.terms) listings.term(taxonomy.name, term.key);
    }
    for (const auto& page : pages) {
        add(entries, page.url, page_changed(page));
        if (page.kind == content::PageKind::regular) add_listings(listings, config, page);
    }
    return entries;
}

}  // namespace

std::string sitemap_xml(const config::SiteConfig& config, const std::vector<content::Document>& pages) {
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const auto& [url, changed] : collect(config, pages)) {
        out.append("  <url>\n    <loc>").append(xml_escape(absolute_url(config.base_url, url))).append("</loc>\n");
        if (changed) out.append("    <lastmod>").append(util::iso_day(*changed)).append("</lastmod>\n");
        out += "  </url>\n";
    }
    out += "</urlset>\n";
    return out;
}

std::string robots_txt(const config::SiteConfig& config) {
    std::string out = "User-agent: *\nAllow: /\n";
    if (is_absolute(config.base_url))
        out.append("\nSitemap: ").append(absolute_url(config.base_url, "/sitemap.xml")).append("\n");
    return out;
}

}  // namespace stilas::feeds
