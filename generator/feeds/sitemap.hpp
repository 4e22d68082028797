// sitemap.xml (the sitemaps.org protocol) and robots.txt: every page a search engine may list.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"

namespace stilas::feeds {

/// Every published page, every listing (types in typed mode, folders in generic mode),
/// taxonomy and term page, and the home page, sorted by URL, each once with its absolute URL.
/// `lastmod` is the day a page last changed (see page_changed); for a listing, the newest of
/// the pages it lists and its own text; left out when unknown.
std::string sitemap_xml(const config::SiteConfig& config, const std::vector<content::Document>& pages);

/// Allows everything; names the sitemap when base_url is a full address.
std::string robots_txt(const config::SiteConfig& config);

}  // namespace stilas::feeds
