#include "links/page_index.hpp"

#include <algorithm>
#include <numeric>
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
    m_slug_number.reserve(pages.size());
    // Slugs numbered in order of their first page, and their pages counted (slug s's count in
    // m_slug_begin[s + 1]), then listed in page order at their slug's next place.
    std::vector<uint32_t> slug_of(pages.size(), UINT32_MAX);
    std::vector<uint32_t> type_of(pages.size(), 0);
    m_slug_begin.assign(1, 0);
    for (size_t i = 0; i < pages.size(); ++i) {
        if (pages[i].slug.empty()) continue;
        const auto [number, fresh] = m_slug_number.try_emplace(pages[i].slug, m_slug_begin.size() - 1);
        if (fresh) m_slug_begin.push_back(0);
        ++m_slug_begin[number + 1];
        slug_of[i] = static_cast<uint32_t>(number);
        auto type = std::find(m_types.begin(), m_types.end(), pages[i].type);
        if (type == m_types.end()) type = m_types.insert(m_types.end(), pages[i].type);
        type_of[i] = static_cast<uint32_t>(type - m_types.begin());
    }
    std::partial_sum(m_slug_begin.begin(), m_slug_begin.end(), m_slug_begin.begin());
    m_slug_pages.resize(m_slug_begin.back());
    std::vector<uint32_t> next(m_slug_begin.begin(), m_slug_begin.end() - 1);
    for (size_t i = 0; i < pages.size(); ++i)
        if (slug_of[i] != UINT32_MAX) m_slug_pages[next[slug_of[i]]++] = {static_cast<uint32_t>(i), type_of[i]};
    for (size_t i = 0; i < pages.size(); ++i) {
        auto [first, fresh] = m_by_url.try_emplace(pages[i].url, i);
        if (!fresh) {
            std::vector<size_t>& members = shared[pages[i].url];
            if (members.empty()) members.push_back(first);
            members.push_back(i);
        }
        m_by_path.assign(pages[i].path, i);
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

std::span<const PageIndex::SlugEntry> PageIndex::by_slug(std::string_view slug) const {
    return by_slug(slug, util::StringIndex::hash_of(slug));
}

std::span<const PageIndex::SlugEntry> PageIndex::by_slug(std::string_view slug, uint64_t hash) const {
    const auto number = m_slug_number.find(slug, hash);
    if (!number) return {};
    return std::span<const SlugEntry>(m_slug_pages).subspan(m_slug_begin[*number],
                                                            m_slug_begin[*number + 1] - m_slug_begin[*number]);
}

std::optional<size_t> PageIndex::by_type_and_slug(const std::string& type, const std::string& slug) const {
    for (const SlugEntry& e : by_slug(slug))
        if (type_name(e.type) == type) return e.page;
    return std::nullopt;
}

// By slug, then page order (a slug two pages of the type share comes twice). The lists are in
// page order, so a stable sort by slug gives that.
std::vector<std::string> PageIndex::slugs_of_type(const std::string& type) const {
    std::vector<std::string_view> found;
    for (const SlugEntry& e : m_slug_pages)
        if (type_name(e.type) == type) found.emplace_back(m_pages[e.page].slug);
    std::stable_sort(found.begin(), found.end());
    return {found.begin(), found.end()};
}

// Sorted, each once.
std::vector<std::string> PageIndex::all_slugs() const {
    std::vector<std::string> out;
    for (size_t s = 0; s + 1 < m_slug_begin.size(); ++s) out.push_back(m_pages[m_slug_pages[m_slug_begin[s]].page].slug);
    std::sort(out.begin(), out.end());
    return out;
}

bool PageIndex::is_generated_url(const std::string& url) const { return m_generated.count(url) > 0; }

}  // namespace stilas::links
