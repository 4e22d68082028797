#include "render/listing_view.hpp"

#include <algorithm>

#include "markdown/markdown.hpp"
#include "render/urls.hpp"
#include "render/view_model.hpp"

namespace stilas::render {

namespace {

std::string markdown_html(const std::string& text) {
    return text.empty() ? std::string() : markdown::render_inline_markdown(text);
}

/// Newest first by date (undated last), listing order otherwise; at most `limit`.
std::vector<size_t> latest(const SiteModel& model, std::vector<size_t> pages, size_t limit) {
    std::stable_sort(pages.begin(), pages.end(), [&](size_t a, size_t b) {
        return model.page(a).date > model.page(b).date;
    });
    if (pages.size() > limit) pages.resize(limit);
    return pages;
}

/// "1 side", "3 sider".
std::string count_text(size_t n) { return std::to_string(n) + (n == 1 ? " side" : " sider"); }

/// Root pages (no section) are grouped last under this label.
constexpr const char* k_other_pages = "Sider";

}  // namespace

Value section_listing_view(const SiteModel& model, std::string_view section) {
    const auto index = model.section_index(section);
    const auto* type = model.find_type(section);
    const std::string title = model.section_title(section);
    const std::vector<size_t> pages = model.pages_in_section(section);
    Value listing;
    listing.set("title", title)
        .set("intro_html", index ? body_html(model, *index) : std::string())
        .set("description_html", !index && type ? markdown_html(type->description) : std::string())
        .set("count", std::to_string(pages.size()))
        .set("count_text", count_text(pages.size()))
        .set("has_cards", Value(!pages.empty()))
        .set("cards", cards_view(model, pages));
    const std::string url = section_url(section);
    const std::string lang = index ? model.lang(*index) : model.config().language;
    const std::string description = index ? model.page(*index).summary : std::string();
    Value root = root_view(model, lang, title, description, url, section, index, {{"Forside", "/"}, {title, url}});
    root.set("listing", std::move(listing));
    return root;
}

Value taxonomy_view(const SiteModel& model, const config::Taxonomy& taxonomy) {
    Value terms = Value::list();
    for (const auto& term : taxonomy.terms) {
        const size_t count = model.pages_with_term(taxonomy.name, term.key).size();
        Value t;
        t.set("title", term.title.empty() ? term.key : term.title)
            .set("url", term_url(taxonomy.name, term.key))
            .set("count", std::to_string(count))
            .set("count_text", count_text(count))
            .set("description_html", markdown_html(term.description));
        terms.push(std::move(t));
    }
    const std::string title = taxonomy.title.empty() ? taxonomy.name : taxonomy.title;
    Value view;
    view.set("title", title).set("description_html", markdown_html(taxonomy.description)).set("terms", std::move(terms));
    const std::string url = section_url(taxonomy.name);
    Value root = root_view(model, model.config().language, title, {}, url, taxonomy.name, std::nullopt,
                           {{"Forside", "/"}, {title, url}});
    root.set("taxonomy", std::move(view));
    return root;
}

Value term_view(const SiteModel& model, const config::Taxonomy& taxonomy, const config::Term& term) {
    const std::vector<size_t> pages = model.pages_with_term(taxonomy.name, term.key);
    std::vector<std::string> sections = model.sections();
    sections.emplace_back();  // root pages
    Value groups = Value::list();
    for (const auto& section : sections) {
        std::vector<size_t> in_group;
        for (size_t i : pages)
            if (model.page(i).type == section) in_group.push_back(i);
        if (in_group.empty()) continue;
        Value group;
        group.set("label", section.empty() ? std::string(k_other_pages) : model.section_title(section))
            .set("url", section.empty() ? std::string() : section_url(section))
            .set("count", std::to_string(in_group.size()))
            .set("count_text", count_text(in_group.size()))
            .set("cards", cards_view(model, in_group));
        groups.push(std::move(group));
    }
    const std::string tax_title = taxonomy.title.empty() ? taxonomy.name : taxonomy.title;
    const std::string title = term.title.empty() ? term.key : term.title;
    Value view;
    view.set("title", title)
        .set("taxonomy_title", tax_title)
        .set("taxonomy_singular", taxonomy.singular)
        .set("taxonomy_url", section_url(taxonomy.name))
        .set("description_html", markdown_html(term.description))
        .set("count", std::to_string(pages.size()))
        .set("count_text", count_text(pages.size()))
        .set("has_groups", Value(!groups.items().empty()))
        .set("groups", std::move(groups));
    const std::string url = term_url(taxonomy.name, term.key);
    Value root = root_view(model, model.config().language, title, {}, url, taxonomy.name, std::nullopt,
                           {{"Forside", "/"}, {tax_title, section_url(taxonomy.name)}, {title, url}});
    root.set("term", std::move(view));
    return root;
}

Value home_view(const SiteModel& model) {
    const auto index = model.home_page();
    Value sections = Value::list();
    for (const auto& section : model.sections()) {
        const std::vector<size_t> pages = model.pages_in_section(section);
        const auto* type = model.find_type(section);
        Value s;
        s.set("title", model.section_title(section))
            .set("url", section_url(section))
            .set("count", std::to_string(pages.size()))
            .set("count_text", count_text(pages.size()))
            .set("description_html", type ? markdown_html(type->description) : std::string())
            .set("has_latest", Value(!pages.empty()))
            .set("latest", cards_view(model, latest(model, pages, k_home_latest)));
        sections.push(std::move(s));
    }
    Value home;
    home.set("intro_html", index ? body_html(model, *index) : std::string()).set("sections", std::move(sections));
    const std::string lang = index ? model.lang(*index) : model.config().language;
    const std::string heading = index && !model.page(*index).title.empty() ? model.page(*index).title
                                                                           : model.config().title;
    const std::string description = index ? model.page(*index).summary : std::string();
    Value root = root_view(model, lang, heading, description, "/", {}, index, {});
    root.set("home", std::move(home));
    return root;
}

Value search_view(const SiteModel& model) {
    Value root = root_view(model, model.config().language, "Søk", "Søk i hele kunnskapsbasen.", "/sok/", "sok",
                           std::nullopt, {{"Forside", "/"}, {"Søk", "/sok/"}});
    // Without JavaScript the search form cannot search; the theme links these instead.
    Value sections = Value::list();
    for (const auto& name : model.sections()) {
        Value section;
        section.set("title", model.section_title(name)).set("url", section_url(name));
        sections.push(std::move(section));
    }
    root.set("sections", std::move(sections));
    return root;
}

Value not_found_view(const SiteModel& model) {
    return root_view(model, model.config().language, "Fant ikke siden", {}, {}, {}, std::nullopt,
                     {{"Forside", "/"}, {"Fant ikke siden", ""}});
}

}  // namespace stilas::render
