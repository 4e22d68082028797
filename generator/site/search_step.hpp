// The search index step: every page's words, analysed while the pages are parsed (from the
// parse threads), and the site's search index written after rendering, for the published pages
// only. This file translates the typed model (documents, schemas, taxonomies, references) into
// the search component's plain structs; search/ knows nothing of content types.
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
    /// `cache_dir` = "" keeps no incremental cache.
    SearchIndexBuilder(const config::SiteConfig& config, std::string cache_dir);
    ~SearchIndexBuilder();

    /// Before the parse phase: room for the analyses of `count` pages (add_page()'s `order` is
    /// below it), so that the parse threads take no lock to keep them.
    void expect_pages(size_t count);

    /// Called in the parse phase, from several threads at once (distinct pages). Takes the
    /// body's plain text when it analyses the page (nothing reads it after). `order`: the
    /// page's place in parse order, distinct for each page and below expect_pages()' count;
    /// finish() finds the analyses of its published pages by walking that order (the
    /// published pages are a subsequence of it).
    void add_page(size_t order, const content::Document& page, markdown::Document& body);

    /// After the parse phase: frees what only the analysis of pages needed (the threads' token
    /// caches), before the link and render phases take memory.
    void pages_added();

    /// Called once after rendering: the index files (site-relative path, bytes) for the pages in
    /// `site`, made on up to `threads` threads (0 = all cores).
    std::vector<std::pair<std::string, std::string>> finish(const Published& site, unsigned threads);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace stilas::site
