// SiteModel: the lookups and orders the view models share (types, taxonomies, sections, pages
// by section and term, listing order), computed once before rendering and read-only after.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "i18n/collator.hpp"
#include "render/render_input.hpp"
#include "render/view_value.hpp"

namespace stilas::render {

class SiteModel {
public:
    /// The pages' sort keys are made on up to `threads` threads (the same model for any number).
    explicit SiteModel(const RenderInput& input, unsigned threads = 1);

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
    /// A page's place when all pages are sorted by title (Norwegian collation); equal titles
    /// share a place.
    size_t title_rank(size_t page) const { return m_title_rank[page]; }
    /// Position of a regular page in listing_order().
    size_t listing_rank(size_t page) const { return m_listing_rank[page]; }
    /// Regular pages using a taxonomy term, in listing order.
    const std::vector<size_t>& pages_with_term(std::string_view taxonomy, std::string_view term) const;
    /// The listing_rank() of each of pages_with_term(), ascending.
    const std::vector<size_t>& ranks_with_term(std::string_view taxonomy, std::string_view term) const;

    /// The sections that get a listing page: the schema types (typed mode) or the folders that
    /// hold pages (generic mode), sorted by name.
    const std::vector<std::string>& sections() const { return m_sections; }
    /// The type's plural title, else its _index.md title, else the folder name.
    std::string section_title(std::string_view section) const;
    /// The type's singular label ("" for root pages and in generic mode).
    std::string type_label(std::string_view type) const;

    std::optional<size_t> home_page() const;
    std::optional<size_t> section_index(std::string_view section) const;
    /// The first date or datetime field of a type's schema ("start"), or "" when it has none:
    /// the date that places its pages in time (gatherings) for "upcoming".
    std::string event_field(std::string_view type) const;
    /// A page's value of `field` for ordering: `date` and `updated` from the front matter, a
    /// schema field's scalar otherwise (numbers zero-padded so that text order is number order);
    /// "" when absent.
    std::string order_value(size_t page, std::string_view field) const;
    /// The type's regular pages newest first by `field` when given, else by `date`, `updated`,
    /// then the event field; pages without a value last; listing order between equals.
    std::vector<size_t> newest_first(std::string_view type, std::string_view field) const;
    /// The type's pages whose event field is on or after reference_day(), soonest first.
    /// Empty when the type has no event field.
    std::vector<size_t> upcoming(std::string_view type) const;
    /// The build's "today" ("2025-03-14", UTC) from RenderInput::reference_time.
    const std::string& reference_day() const { return m_reference_day; }

    /// The page's language, or the site's.
    std::string lang(size_t i) const;
    /// A page by "slug" or "type/slug" among `allowed` types (any type when empty).
    std::optional<size_t> resolve(std::string_view target, const std::vector<std::string>& allowed) const;

    /// A view many pages show alike (the site header for one language and section), made by
    /// `make` the first time `key` is asked for and shared after that. Thread-safe.
    std::shared_ptr<const Value> shared_view(const std::string& key, const std::function<Value()>& make) const;

    /// A view that every use of one part of the config shows alike (the members a field schema's
    /// fields share, a term as a field lists it), made by `make` the first time (`owner`,
    /// `variant`) is asked for and kept while the model lives: it may be shared (Value::shared)
    /// or pointed to (Value::over). `owner` is the part of the config, which outlives the model.
    /// Thread-safe.
    const std::shared_ptr<const Value>& config_view(const void* owner, unsigned variant,
                                                    const std::function<Value()>& make) const;

    /// The views of one page that other pages show alike: its card in listings and related
    /// lists, its entry in backlink lists, its link in the ref fields that name it.
    enum class PageView { card, backlink, link };
    /// The `kind` view of `page`, made by `make` the first time it is asked for and kept while
    /// the model lives (pages show it through Value::borrowed). Thread-safe.
    const Value& shared_page_view(PageView kind, size_t page, const std::function<Value()>& make) const;

private:
    const RenderInput& m_input;
    i18n::Collator m_collator;
    std::vector<size_t> m_listing_order;
    std::vector<size_t> m_listing_rank;
    std::vector<size_t> m_title_rank;
    std::vector<std::string> m_sections;
    std::string m_reference_day;
    struct TermPages {
        std::vector<size_t> pages;
        std::vector<size_t> ranks;          ///< listing_rank() of each page, ascending
    };
    const TermPages& term_pages(std::string_view taxonomy, std::string_view term) const;
    /// A taxonomy and term to look up in m_term_pages without joining them into a string.
    struct TermRef {
        std::string_view taxonomy, term;
    };
    /// Orders "taxonomy/term" keys and TermRefs alike (as the joined string would be ordered).
    struct TermKeyLess {
        using is_transparent = void;
        static int compare(std::string_view key, const TermRef& ref);
        bool operator()(const std::string& a, const std::string& b) const { return a < b; }
        bool operator()(const std::string& a, const TermRef& b) const { return compare(a, b) < 0; }
        bool operator()(const TermRef& a, const std::string& b) const { return compare(b, a) > 0; }
    };
    std::map<std::string, TermPages, TermKeyLess> m_term_pages;  ///< "taxonomy/term" → pages
    mutable std::mutex m_shared_mutex;
    mutable std::map<std::string, std::shared_ptr<const Value>, std::less<>> m_shared_views;
    /// config_view's views by (owner, variant). Under m_shared_mutex.
    mutable std::map<std::pair<const void*, unsigned>, std::shared_ptr<const Value>> m_config_views;
    static constexpr size_t k_page_view_kinds = 3;
    static constexpr uint8_t k_view_missing = 0, k_view_making = 1, k_view_made = 2;
    /// Where each view in m_page_views is: missing, being made, made.
    mutable std::unique_ptr<std::atomic<uint8_t>[]> m_page_view_state;
    /// shared_page_view's views: kind × page, each made once, held in place (no allocation
    /// and no reference count of their own).
    mutable std::vector<Value> m_page_views;
};


}  // namespace stilas::render
