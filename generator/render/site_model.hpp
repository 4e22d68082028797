// SiteModel: the lookups and orders the view models share (types, taxonomies, sections, pages
// by section and term, listing order), computed once before rendering and read-only after.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/collator.hpp"
#include "render/render_input.hpp"

namespace stilas::render {

class SiteModel {
public:
    explicit SiteModel(const RenderInput& input);

    const RenderInput& input() const { return m_input; }
    const config::SiteConfig& config() const { return m_input.config; }
    const content::Document& page(size_t i) const { return m_input.pages[i]; }
    size_t page_count() const { return m_input.pages.size(); }
    const i18n::Collator& collator() const { return m_collator; }

    const config::TypeSchema* find_type(std::string_view name) const;
    const config::Taxonomy* find_taxonomy(std::string_view name) const;
    const config::Term* find_term(std::string_view taxonomy, std::string_view term) const;

    /// Regular pages (not home or section indexes) in listing order: weight, then the
    /// Norwegian collation of the title, then URL.
    const std::vector<size_t>& listing_order() const { return m_listing_order; }
    /// Regular pages of a section (type, or first folder in generic mode) in listing order.
    std::vector<size_t> pages_in_section(std::string_view section) const;
    /// Regular pages using a taxonomy term, in listing order.
    std::vector<size_t> pages_with_term(std::string_view taxonomy, std::string_view term) const;

    /// The sections that get a listing page: the schema types (typed mode) or the folders that
    /// hold pages (generic mode), sorted by name.
    const std::vector<std::string>& sections() const { return m_sections; }
    /// The type's plural title, else its _index.md title, else the folder name.
    std::string section_title(std::string_view section) const;
    /// The type's singular label ("" for root pages and in generic mode).
    std::string type_label(std::string_view type) const;

    std::optional<size_t> home_page() const;
    std::optional<size_t> section_index(std::string_view section) const;
    /// The page's language, or the site's.
    std::string lang(size_t i) const;
    /// A page by "slug" or "type/slug" among `allowed` types (any type when empty).
    std::optional<size_t> resolve(std::string_view target, const std::vector<std::string>& allowed) const;

private:
    const RenderInput& m_input;
    i18n::Collator m_collator;
    std::vector<size_t> m_listing_order;
    std::vector<std::string> m_sections;
};

}  // namespace stilas::render
