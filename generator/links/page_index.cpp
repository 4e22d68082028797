#include "links/page_index.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

namespace stilas::links {

namespace {
std::map<std::string, std::string> generated_urls(const config::SiteConfig& config) {
    std::map<std::string, std::string> out;
    for (const auto& type : config.types) out["/" + type.name + "/"] = "oversikten over " + type.title;
    for (const auto& taxonomy : config.taxonomies) {
        out["/" + taxonomy.name + "/"] = "oversikten over " + taxonomy.title;
        for (const auto& term : taxonomy.terms)
            out["/" + taxonomy.name + "/" + term.key + "/"] = "siden for «" + term.title + "»";
    }
    out["/sok/"] = "søkesiden";
    return out;
}
}  // namespace

PageIndex::PageIndex(const config::SiteConfig& config, const std::vector<content::Document>& pages,
                     diag::Diagnostics& diagnostics)
    : m_pages(pages), m_generated(generated_urls(config)) {
    // Pages sharing a URL are grouped first, so that one collision gives one error per later
    // file, naming all; hash maps, as every body link and reference looks up a path or URL.
    std::map<std::string, std::vector<size_t>> shared;  // URL → its pages, where two or more
    m_by_url.reserve(pages.size());
    m_by_path.reserve(pages.size());
    m_by_slug.reserve(pages.size());
    for (size_t i = 0; i < pages.size(); ++i) {
        auto [first, fresh] = m_by_url.try_emplace(pages[i].url, i);
        if (!fresh) {
            std::vector<size_t>& members = shared[pages[i].url];
            if (members.empty()) members.push_back(first);
            members.push_back(i);
        }
        m_by_path.assign(pages[i].path, i);
        if (!pages[i].slug.empty()) m_by_slug[pages[i].slug].push_back(i);
        // A section page (a type's own index) may have its section's URL; another page may not.
        auto generated = m_generated.find(pages[i].url);
        if (generated == m_generated.end() || pages[first].kind != content::PageKind::regular) continue;
        diagnostics.error({pages[i].display_path, 1, 1}, "URL002",
                          "Siden får adressen " + pages[i].url + ", som allerede brukes av " + generated->second + ".",
                          "Gi filen et annet navn.");
    }
    for (const auto& [url, members] : shared) {
        for (size_t k = 1; k < members.size(); ++k) {
            std::string others;
            for (size_t j = 0; j < k; ++j) others += (j ? ", " : "") + pages[members[j]].display_path;
            diagnostics.error({pages[members[k]].display_path, 1, 1}, "URL001",
                              "Siden får samme adresse (" + url + ") som " + others + ".",
                              "Gi en av filene et annet navn; æ, ø og å blir ae, o og a i adresser.");
        }
    }
}

std::optional<size_t> PageIndex::by_url(const std::string& url) const { return m_by_url.find(url); }

std::optional<size_t> PageIndex::by_path(const std::string& path) const { return m_by_path.find(path); }

const std::vector<size_t>& PageIndex::by_slug(const std::string& slug) const {
    static const std::vector<size_t> none;
    auto it = m_by_slug.find(slug);
    return it == m_by_slug.end() ? none : it->second;
}

std::optional<size_t> PageIndex::by_type_and_slug(const std::string& type, const std::string& slug) const {
    for (size_t i : by_slug(slug))
        if (m_pages[i].type == type) return i;
    return std::nullopt;
}

// By slug, then page order (a slug two pages of the type share comes twice).
std::vector<std::string> PageIndex::slugs_of_type(const std::string& type) const {
    std::vector<std::pair<std::string_view, size_t>> found;
    for (const auto& [slug, pages] : m_by_slug)
        for (size_t i : pages)
            if (m_pages[i].type == type) found.emplace_back(slug, i);
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    for (const auto& [slug, i] : found) out.emplace_back(slug);
    return out;
}

// Sorted, each once.
std::vector<std::string> PageIndex::all_slugs() const {
    std::vector<std::string> out;
    for (const auto& entry : m_by_slug) out.push_back(entry.first);
    std::sort(out.begin(), out.end());
    return out;
}

bool PageIndex::is_generated_url(const std::string& url) const { return m_generated.count(url) > 0; }

}  // namespace stilas::links
