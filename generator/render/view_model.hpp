// View models: the typed model (config, documents, link graph) turned into neutral Values for
// the templates. All decisions (labels, order, dates, which URL is safe) are made here.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "render/site_model.hpp"
#include "render/view_value.hpp"

namespace stilas::render {

// Every template gets one root object:
//   site:        {title, description, base_url, lang, home_url, menu: [{title, url, current}],
//                 accessibility_url, contact: {text, href}}
//   lang, title (for <title>), heading (for <h1>), description, canonical, edit_url,
//   og_type ("website"; "article" for content pages), og_locale ("nb_NO"/"nn_NO"),
//   breadcrumbs: [{title, url, current}],
//   types, taxonomies (collections_view.hpp)
// and, by page kind: page (page_view), listing, taxonomy, term or home (listing_view.hpp).
// Absent values are "" or false, so {{#x}}…{{/x}} hides them.
// Views point to the documents' own strings (Value::ref) and share per-page parts through the
// SiteModel: use them while the model and its RenderInput live.

/// One step of the breadcrumb trail.
struct Crumb {
    std::string title;
    std::string url;
};

/// The root object shared by every template. `section` marks the current menu entry ("" for
/// none); `source` is the page whose edit link to show (nullopt: none); the last crumb is the
/// current page.
Value root_view(const SiteModel& model, std::string_view lang, std::string_view heading,
                std::string_view description, std::string_view url, std::string_view section,
                std::optional<size_t> source, std::vector<Crumb> crumbs);

/// How many pages `related` holds at most.
inline constexpr size_t k_related_limit = 4;
/// Per taxonomy term, only its first pages in listing order are candidates for `related`, so
/// the work per page stays bounded however many pages share a common term.
inline constexpr size_t k_related_candidates_per_term = 100;

/// {title, url, summary, type_label, example, published, event_date} for listing cards;
/// event_date is the type's first date/datetime field ({text, iso} or "").
Value card_view(const SiteModel& model, size_t page);

/// A list of cards.
Value cards_view(const SiteModel& model, const std::vector<size_t>& pages);

/// Which of the page object's costlier members page_view builds. A part the theme's templates
/// never look up is left empty (the keys stay, so the object has the same shape).
struct PageParts {
    bool fields = true;     ///< fields, has_fields
    bool field = true;      ///< field (the fields by name)
    bool body = true;       ///< body_html
    bool backlinks = true;  ///< backlinks, has_backlinks
    bool related = true;    ///< related, has_related
    /// The parts that templates looking up `names` (TemplateEngine::names_read) can read.
    static PageParts read_by(const std::set<std::string, std::less<>>& names);
};

/// The page object: title, summary, url, canonical, lang, type, type_label, type_url,
/// example, draft, published/updated ({text, iso}), fields (field_view.hpp) and field (the same
/// by name), body_html, backlinks: [{label, items: [{title, url, type_label}]}], has_related
/// and related: cards of the pages sharing the most taxonomy terms with it (not those it
/// refers to or that refer to it; ties in listing order; at most k_related_limit; from the
/// first k_related_candidates_per_term pages of each term). Only the `parts` asked for are
/// filled; the others are empty.
Value page_view(const SiteModel& model, size_t page, const PageParts& parts = {});

/// The page body as HTML with its links rewritten from the link graph.
std::string body_html(const SiteModel& model, size_t page);

/// A date value ("2023-01-16") as {text: "16. januar 2023", iso}; "" when empty or invalid.
Value date_view(std::string_view value, std::string_view lang);

/// The pages for `related` (see page_view).
std::vector<size_t> related_pages(const SiteModel& model, size_t page);

/// "nb_NO" or "nn_NO" for OpenGraph.
std::string og_locale(std::string_view lang);

/// Forside › Section › Page for a page.
std::vector<Crumb> page_crumbs(const SiteModel& model, size_t page);

}  // namespace stilas::render
