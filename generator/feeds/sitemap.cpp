#include "feeds/sitemap.hpp"

#include <map>
#include <optional>

#include "feeds/absolute_urls.hpp"
#include "feeds/timestamps.hpp"
#include "feeds/xml_text.hpp"
#include "util/civil_time.hpp"

namespace stilas::feeds {
namespace {

// Site URL → when it last changed (nullopt: unknown). A std::map keeps the URLs sorted.
using Entries = std::map<std::string, std::optional<int64_t>>;

void add(Entries& entries, const std::string& url, std::optional<int64_t> changed) {
    auto& slot = entries[url];
    if (changed && (!slot || *slot < *changed)) slot = changed;
}

bool uses_taxonomy(const content::Document& page, const std::string& taxonomy) {
    for (const auto& use : page.terms)
        if (use.taxonomy == taxonomy) return true;
    return false;
}

// The generated pages a page is listed on: its section, its taxonomies and terms, the home page.
void add_listings(Entries& entries, const config::SiteConfig& config, const content::Document& page) {
    const auto changed = page_changed(page);
    add(entries, "/", changed);
    if (!page.type.empty()) add(entries, "/" + page.type + "/", changed);
    for (const auto& taxonomy : config.taxonomies)
        if (uses_taxonomy(page, taxonomy.name)) add(entries, "/" + taxonomy.name + "/", changed);
    for (const auto& use : page.terms) add(entries, "/" + use.taxonomy + "/" + use.term + "/", changed);
}

Entries collect(const config::SiteConfig& config, const std::vector<content::Document>& pages) {
    Entries entries;
    entries["/"];
    for (const auto& type : config.types) entries["/" + type.name + "/"];
    for (const auto& taxonomy : config.taxonomies) {
        entries["/" + taxonomy.name + "/"];
        for (const auto& term : taxonomy.terms) entries["/" + taxonomy.name + "/" + term.key + "/"];
    }
    for (const auto& page : pages) {
        add(entries, page.url, page_changed(page));
        if (page.kind == content::PageKind::regular) add_listings(entries, config, page);
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
