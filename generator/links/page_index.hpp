// PageIndex: every page by URL, by type and slug, and by source path; and the URLs the site
// generates itself (listings, term pages), so that two things mapping to one URL are caught.
#pragma once

#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "diag/diagnostics.hpp"
#include "links/string_index.hpp"

namespace stilas::links {

class PageIndex {
public:
    /// Indexes `pages`; reports URL001 for each page whose URL another page or a generated
    /// listing already has (one error per collision group, at the later files).
    PageIndex(const config::SiteConfig& config, const std::vector<content::Document>& pages,
              diag::Diagnostics& diagnostics);

    std::optional<size_t> by_url(const std::string& url) const;
    std::optional<size_t> by_path(const std::string& path) const;
    /// Pages with this slug, in any type (several when types share a slug), in page order.
    const std::vector<size_t>& by_slug(const std::string& slug) const;
    std::optional<size_t> by_type_and_slug(const std::string& type, const std::string& slug) const;
    /// Every slug of pages of `type` (for "Mente du").
    std::vector<std::string> slugs_of_type(const std::string& type) const;
    std::vector<std::string> all_slugs() const;
    /// True when the site generates `url` itself (a type or taxonomy listing, a term page).
    bool is_generated_url(const std::string& url) const;

private:
    const std::vector<content::Document>& m_pages;
    StringIndex m_by_url;    // the first page with each URL
    StringIndex m_by_path;
    std::unordered_map<std::string, std::vector<size_t>> m_by_slug;   // each list in page order
    std::map<std::string, std::string> m_generated;   // url → what generates it
};

}  // namespace stilas::links
