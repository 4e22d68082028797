// PageIndex: every page by URL, by type and slug, and by source path; and the URLs the site
// generates itself (listings, term pages), so that two things mapping to one URL are caught.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "diag/diagnostics.hpp"
#include "util/string_index.hpp"

namespace stilas::links {

/// A page named by slug, "type/slug" or "slug" (references and wikilinks): the type ("" for
/// none) and the slug.
inline std::pair<std::string_view, std::string_view> split_slug_name(std::string_view name) {
    const size_t slash = name.find('/');
    if (slash == std::string_view::npos) return {{}, name};
    return {name.substr(0, slash), name.substr(slash + 1)};
}

class PageIndex {
public:
    /// Indexes `pages`; reports URL001 for each page whose URL another page or a generated
    /// listing already has (one error per collision group, at the later files).
    PageIndex(const config::SiteConfig& config, const std::vector<content::Document>& pages,
              diag::Diagnostics& diagnostics);

    std::optional<size_t> by_url(const std::string& url) const;
    std::optional<size_t> by_path(const std::string& path) const;
    /// A page that has a slug, and its type (see type_name()): slug lists hold both, so that
    /// checking a candidate's type reads no page (at 100,000 pages each read was a cache miss).
    struct SlugEntry {
        uint32_t page;
        uint32_t type;
    };
    /// Pages with this slug, in any type (several when types share a slug), in page order.
    std::span<const SlugEntry> by_slug(std::string_view slug) const;
    /// The type a SlugEntry names: the page's `type`.
    const std::string& type_name(uint32_t type) const { return m_types[type]; }
    std::optional<size_t> by_type_and_slug(const std::string& type, const std::string& slug) const;
    /// Every slug of pages of `type` (for "Mente du").
    std::vector<std::string> slugs_of_type(const std::string& type) const;
    std::vector<std::string> all_slugs() const;
    /// The lookups above with the key's hash worked out ahead (util::StringIndex::hash_of), and the
    /// prefetch of where each will read: a page resolving its links hashes all their keys and
    /// prefetches them first, so that at 100,000 pages (three tables far larger than the caches)
    /// their misses overlap instead of coming one by one.
    enum class Table { url, path, slug };
    void prefetch(Table table, uint64_t hash) const { table_of(table).prefetch(hash); }
    std::optional<size_t> by_url(std::string_view url, uint64_t hash) const { return m_by_url.find(url, hash); }
    std::optional<size_t> by_path(std::string_view path, uint64_t hash) const { return m_by_path.find(path, hash); }
    std::span<const SlugEntry> by_slug(std::string_view slug, uint64_t hash) const;
    /// True when the site generates `url` itself (a type or taxonomy listing, a term page).
    bool is_generated_url(const std::string& url) const;

private:
    const util::StringIndex& table_of(Table table) const {
        return table == Table::url ? m_by_url : table == Table::path ? m_by_path : m_slug_number;
    }

    const std::vector<content::Document>& m_pages;
    util::StringIndex m_by_url;    // the first page with each URL
    util::StringIndex m_by_path;
    /// Slugs → their lists: slug number s has m_slug_pages[m_slug_begin[s], m_slug_begin[s + 1]),
    /// in page order, all lists in one array.
    util::StringIndex m_slug_number;
    std::vector<uint32_t> m_slug_begin;
    std::vector<SlugEntry> m_slug_pages;
    std::vector<std::string> m_types;   ///< the pages' types, each once
    std::map<std::string, std::string> m_generated;   // url → what generates it
};

}  // namespace stilas::links
