#include "render/view_model.hpp"

#include <algorithm>

#include "i18n/dates.hpp"
#include "render/field_view.hpp"
#include "render/urls.hpp"
#include "util/civil_time.hpp"

namespace stilas::render {

namespace {

bool menu_entry(const SiteModel& model, const std::string& name, Value& entry) {
    std::string title;
    if (const auto* type = model.find_type(name))
        title = type->title;
    else if (const auto* taxonomy = model.find_taxonomy(name))
        title = taxonomy->title;
    else if (!model.config().typed)
        title = model.section_title(name);
    else
        return false;
    entry.set("title", title.empty() ? name : title).set("url", section_url(name));
    return true;
}

Value site_view(const SiteModel& model, std::string_view lang, std::string_view section) {
    const auto& config = model.config();
    Value menu = Value::list();
    // Generic sites rarely name a menu; their folders are the natural one.
    const auto& names = config.menu.empty() && !config.typed ? model.sections() : config.menu;
    for (const auto& name : names) {
        Value entry;
        if (!menu_entry(model, name, entry)) continue;
        entry.set("current", Value(name == section));
        menu.push(std::move(entry));
    }
    Value contact = Value(false);
    if (!config.contact.empty()) {
        contact = Value();
        contact.set("text", config.contact).set("href", contact_href(config.contact).value_or(""));
    }
    // Subscriptions: site paths, so they work on any host; the head links them as alternates.
    auto subscription = [](const std::string& url, const std::string& title) {
        Value v;
        v.set("url", url).set("title", title);
        return v;
    };
    Value feed = config.feed ? subscription(config.feed->url(), config.feed->title) : Value(false);
    Value calendar = config.calendar ? subscription(config.calendar->url(), config.calendar->title) : Value(false);
    Value site;
    site.set("title", config.title)
        .set("description", config.description)
        .set("base_url", config.base_url)
        .set("lang", std::string(lang))
        .set("home_url", "/")
        .set("has_menu", Value(!menu.items().empty()))
        .set("menu", std::move(menu))
        .set("accessibility_url", safe_href(config.accessibility_statement).value_or(""))
        .set("contact", std::move(contact))
        .set("feed", std::move(feed))
        .set("calendar", std::move(calendar));
    return site;
}

Value backlinks_view(const SiteModel& model, size_t page) {
    Value groups = Value::list();
    const auto& graph = model.input().graph;
    if (page >= graph.pages.size()) return groups;
    for (const auto& group : graph.pages[page].backlinks) {
        std::vector<size_t> sources;
        for (size_t s : group.sources)
            if (s < model.page_count()) sources.push_back(s);
        std::stable_sort(sources.begin(), sources.end(),
                         [&](size_t a, size_t b) { return model.title_rank(a) < model.title_rank(b); });
        Value items = Value::list();
        for (size_t s : sources) {
            Value item;
            item.set("title", model.page(s).title)
                .set("url", model.page(s).url)
                .set("type_label", model.type_label(model.page(s).type));
            items.push(std::move(item));
        }
        if (items.items().empty()) continue;
        Value g;
        g.set("label", group.label).set("items", std::move(items));
        groups.push(std::move(g));
    }
    return groups;
}

}  // namespace

Value date_view(std::string_view value, std::string_view lang) {
    const auto date = i18n::parse_date(value);
    if (!date) return Value("");
    const auto language = i18n::parse_language(lang).value_or(i18n::Language::nb);
    Value v;
    v.set("text", i18n::format_date(*date, language)).set("iso", i18n::iso_date(*date));
    return v;
}

Value root_view(const SiteModel& model, std::string_view lang, std::string_view heading,
                std::string_view description, std::string_view url, std::string_view section,
                std::optional<size_t> source, const std::vector<Crumb>& crumbs) {
    const auto& config = model.config();
    std::string title(heading);
    if (title.empty() || title == config.title)
        title = config.title;
    else if (!config.title.empty())
        title += " – " + config.title;
    Value breadcrumbs = Value::list();
    for (size_t i = 0; i < crumbs.size(); ++i) {
        Value crumb;
        crumb.set("title", crumbs[i].title).set("url", crumbs[i].url).set("current", Value(i + 1 == crumbs.size()));
        breadcrumbs.push(std::move(crumb));
    }
    std::string edit;
    if (source) edit = edit_url(config.edit_link, model.page(*source).path).value_or("");
    Value root;
    const std::string key = "site\n" + std::string(lang) + "\n" + std::string(section);
    root.set("site", Value::shared(model.shared_view(key, [&] { return site_view(model, lang, section); })))
        .set("lang", std::string(lang))
        .set("title", title)
        .set("heading", std::string(heading))
        .set("description", std::string(description.empty() ? std::string_view(config.description) : description))
        .set("canonical", url.empty() ? std::string() : absolute_url(config.base_url, url))
        .set("og_type", "website")
        .set("og_locale", og_locale(lang))
        .set("edit_url", edit)
        .set("has_breadcrumbs", Value(!breadcrumbs.items().empty()))
        .set("breadcrumbs", std::move(breadcrumbs));
    return root;
}

Value card_view(const SiteModel& model, size_t page) {
    const auto& doc = model.page(page);
    Value card;
    card.set("title", doc.title)
        .set("url", doc.url)
        .set("summary", doc.summary)
        .set("type_label", model.type_label(doc.type))
        .set("example", Value(doc.example))
        .set("published", date_view(doc.date, model.lang(page)));
    const std::string event = model.event_field(doc.type);
    card.set("event_date", event.empty() ? Value("") : date_view(model.order_value(page, event), model.lang(page)));
    return card;
}

Value cards_view(const SiteModel& model, const std::vector<size_t>& pages) {
    Value cards = Value::list();
    for (size_t i : pages) cards.push(card_view(model, i));
    return cards;
}

std::string body_html(const SiteModel& model, size_t page) {
    if (page >= model.input().bodies.size()) return {};
    const auto& graph = model.input().graph;
    const std::vector<links::BodyLink>* resolved = page < graph.pages.size() ? &graph.pages[page].body_links : nullptr;
    return model.input().bodies[page].render_html(
        [resolved](size_t index, const markdown::Link&, std::string& text_out) -> std::optional<std::string> {
            if (!resolved || index >= resolved->size()) return std::nullopt;
            const auto& link = (*resolved)[index];
            text_out = link.text;
            return link.url;
        });
}

Value page_view(const SiteModel& model, size_t page) {
    const auto& doc = model.page(page);
    const std::string lang = model.lang(page);
    // Each field once, listed in `fields` and found by name in `field`.
    Value fields = Value::list();
    Value by_name;
    for (Value& field : fields_view(model, page).release_items()) {
        auto shared = std::make_shared<const Value>(std::move(field));
        if (const Value* name = shared->find("name")) by_name.set(name->text(), Value::shared(shared));
        fields.push(Value::shared(std::move(shared)));
    }
    const bool has_section = !doc.type.empty() && doc.kind == content::PageKind::regular;
    // Front matter wins; otherwise git says when the page was first and last committed.
    const std::string published = !doc.date.empty() ? doc.date : doc.created > 0 ? util::iso_day(doc.created) : "";
    const std::string updated = !doc.updated.empty() ? doc.updated : doc.modified > 0 ? util::iso_day(doc.modified) : "";
    Value v;
    v.set("title", doc.title)
        .set("summary", doc.summary)
        .set("url", doc.url)
        .set("canonical", absolute_url(model.config().base_url, doc.url))
        .set("lang", lang)
        .set("type", doc.type)
        .set("type_label", model.type_label(doc.type))
        .set("type_url", has_section ? section_url(doc.type) : std::string())
        .set("example", Value(doc.example))
        .set("draft", Value(doc.draft))
        .set("published", date_view(published, lang))
        .set("updated", date_view(updated == published ? std::string() : updated, lang))
        .set("has_fields", Value(!fields.items().empty()))
        .set("fields", std::move(fields))
        .set("field", std::move(by_name))
        .set("body_html", body_html(model, page))
        .set("backlinks", backlinks_view(model, page));
    v.set("has_backlinks", Value(v.find("backlinks")->truthy()));
    const std::vector<size_t> related = related_pages(model, page);
    v.set("has_related", Value(!related.empty())).set("related", cards_view(model, related));
    return v;
}

std::vector<size_t> related_pages(const SiteModel& model, size_t page) {
    const auto& doc = model.page(page);
    if (doc.terms.empty()) return {};
    std::vector<size_t> linked{page};
    const auto& graph = model.input().graph;
    if (page < graph.pages.size()) {
        for (const auto& [field, targets] : graph.pages[page].references) linked.insert(linked.end(), targets.begin(), targets.end());
        for (const auto& group : graph.pages[page].backlinks) linked.insert(linked.end(), group.sources.begin(), group.sources.end());
    }
    std::sort(linked.begin(), linked.end());
    // The terms' page lists are in listing order, so merging them visits candidates by rank and
    // meets all of a page's hits at once: the first pages seen for each count are the best.
    std::vector<std::pair<const size_t*, const size_t*>> heads;
    for (const auto& use : doc.terms) {
        const auto& pages = model.pages_with_term(use.taxonomy, use.term);
        const size_t n = std::min(pages.size(), k_related_candidates_per_term);
        if (n > 0) heads.emplace_back(pages.data(), pages.data() + n);
    }
    std::vector<std::vector<size_t>> best(heads.size() + 1);
    for (;;) {
        size_t next = SIZE_MAX, next_rank = SIZE_MAX;
        for (const auto& [at, end] : heads)
            if (at != end && model.listing_rank(*at) < next_rank) next_rank = model.listing_rank(next = *at);
        if (next == SIZE_MAX) break;
        size_t shared = 0;
        for (auto& [at, end] : heads)
            if (at != end && *at == next) ++at, ++shared;
        if (!std::binary_search(linked.begin(), linked.end(), next) && best[shared].size() < k_related_limit)
            best[shared].push_back(next);
    }
    std::vector<size_t> out;
    for (size_t shared = best.size(); shared-- > 1 && out.size() < k_related_limit;)
        for (size_t page_index : best[shared])
            if (out.size() < k_related_limit) out.push_back(page_index);
    return out;
}

std::string og_locale(std::string_view lang) { return lang == "nn" ? "nn_NO" : "nb_NO"; }

std::vector<Crumb> page_crumbs(const SiteModel& model, size_t page) {
    const auto& doc = model.page(page);
    std::vector<Crumb> crumbs{{"Forside", "/"}};
    if (!doc.type.empty()) crumbs.push_back({model.section_title(doc.type), section_url(doc.type)});
    crumbs.push_back({doc.title, doc.url});
    return crumbs;
}

}  // namespace stilas::render
