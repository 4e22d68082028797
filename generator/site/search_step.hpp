// The search index step: every published page's words, analysed while the pages are parsed,
// written as the site's search index after rendering. (A placeholder until the search
// component lands.)
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "markdown/markdown.hpp"
#include "site/published.hpp"

namespace stilas::site {

class SearchIndexBuilder {
public:
    SearchIndexBuilder(const config::SiteConfig& config, std::string cache_dir);
    ~SearchIndexBuilder();

    /// Called in the parse phase, from several threads at once (distinct pages).
    void add_page(const content::Document& page, const markdown::Document& body);

    /// Called once after rendering: the index files (site-relative path, bytes) for the pages in `site`.
    std::vector<std::pair<std::string, std::string>> finish(const Published& site);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace stilas::site
