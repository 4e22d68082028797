#include "site/search_step.hpp"

namespace stilas::site {

// Placeholder until the search component lands: no index yet.
struct SearchIndexBuilder::Impl {};

SearchIndexBuilder::SearchIndexBuilder(const config::SiteConfig&, std::string) : m_impl(std::make_unique<Impl>()) {}
SearchIndexBuilder::~SearchIndexBuilder() = default;

void SearchIndexBuilder::add_page(const content::Document&, const markdown::Document&) {}

std::vector<std::pair<std::string, std::string>> SearchIndexBuilder::finish(const Published&) { return {}; }

}  // namespace stilas::site
