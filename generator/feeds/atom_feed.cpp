#include "feeds/atom_feed.hpp"

#include <algorithm>
#include <tuple>

#include "feeds/absolute_urls.hpp"
#include "feeds/timestamps.hpp"
#include "feeds/xml_text.hpp"

namespace stilas::feeds {
namespace {

struct Entry {
    const content::Document* page = nullptr;
    int64_t updated = 0;
};

std::vector<Entry> newest_entries(const config::FeedConfig& feed, const std::vector<content::Document>& pages,
                                  int64_t reference_time) {
    std::vector<Entry> entries;
    for (const auto& page : pages)
        if (page.kind == content::PageKind::regular && page.type == feed.type && !page.example)
            entries.push_back({&page, page_changed(page).value_or(reference_time)});
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(b.updated, a.page->url) < std::tie(a.updated, b.page->url);
    });
    if (entries.size() > k_max_feed_entries) entries.resize(k_max_feed_entries);
    return entries;
}

// One element with escaped text on its own line.
void element(std::string& out, std::string_view indent, std::string_view name, std::string_view text) {
    out.append(indent).append("<").append(name).append(">");
    out.append(xml_escape(text));
    out.append("</").append(name).append(">\n");
}

void link(std::string& out, std::string_view indent, std::string_view rel, std::string_view type,
          std::string_view href) {
    out.append(indent).append("<link rel=\"").append(rel).append("\" type=\"").append(type);
    out.append("\" href=\"").append(xml_escape(href)).append("\"/>\n");
}

void write_entry(std::string& out, const config::SiteConfig& config, const Entry& entry) {
    const content::Document& page = *entry.page;
    const std::string url = absolute_url(config.base_url, page.url);
    if (!page.lang.empty() && page.lang != config.language)
        out.append("  <entry xml:lang=\"").append(xml_escape(page.lang)).append("\">\n");
    else
        out += "  <entry>\n";
    element(out, "    ", "id", url);
    element(out, "    ", "title", page.title);
    link(out, "    ", "alternate", "text/html", url);
    element(out, "    ", "updated", rfc3339_utc(entry.updated));
    if (auto published = day_start(page.date)) element(out, "    ", "published", rfc3339_utc(*published));
    if (!page.summary.empty()) element(out, "    ", "summary", page.summary);
    out += "  </entry>\n";
}

}  // namespace

std::string atom_feed(const config::SiteConfig& config, const config::FeedConfig& feed,
                      const std::vector<content::Document>& pages, int64_t reference_time) {
    const std::vector<Entry> entries = newest_entries(feed, pages, reference_time);
    const int64_t updated = entries.empty() ? reference_time : entries.front().updated;
    const std::string self = absolute_url(config.base_url, feed.url());
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(xml_escape(config.language));
    out += "\">\n";
    element(out, "  ", "id", self);
    element(out, "  ", "title", feed.title);
    element(out, "  ", "updated", rfc3339_utc(updated));
    link(out, "  ", "self", "application/atom+xml", self);
    link(out, "  ", "alternate", "text/html", absolute_url(config.base_url, "/" + feed.type + "/"));
    out += "  <author>\n";
    element(out, "    ", "name", config.title.empty() ? feed.title : config.title);
    out += "  </author>\n";
    element(out, "  ", "generator", "Stilas");
    for (const Entry& entry : entries) write_entry(out, config, entry);
    out += "</feed>\n";
    return out;
}

}  // namespace stilas::feeds
