// View models: the root, page, card, backlink and related views built from the SiteModel.
#include "render/view_model.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

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

// Asks the CPU to fetch the texts a card or backlink entry of `doc` shows, for pages that list
// other pages: at 100,000 pages each is two cache misses, which the template, entry by entry,
// would otherwise wait for one at a time. The loads of one page do not wait for another's.
void prefetch_shown(const content::Document& doc) {
    __builtin_prefetch(doc.title.data());
    __builtin_prefetch(doc.url.data());
    __builtin_prefetch(doc.summary.data());
}

Value backlinks_view(const SiteModel& model, size_t page) {
    Value groups = Value::list();
    const auto& graph = model.input().graph;
    if (page >= graph.pages.size()) return groups;
    for (const auto& group : graph.pages[page].backlinks) {
        // By title, equal titles in page order (the sources' order): (rank, page) pairs sorted
        // in a buffer kept per thread, so no sort allocates.
        thread_local std::vector<std::pair<size_t, size_t>> ranked;
        ranked.clear();
        for (size_t s : group.sources)
            if (s < model.page_count()) {
                prefetch_shown(model.page(s));
                ranked.emplace_back(model.title_rank(s), s);
            }
        std::sort(ranked.begin(), ranked.end());
        if (ranked.empty()) continue;
        Value items = Value::list();
        items.reserve(ranked.size());
        for (const auto& [rank, s] : ranked)
            items.push(Value::borrowed(model.shared_page_view(SiteModel::PageView::backlink, s, [&] {
                const auto& doc = model.page(s);
                Value item;
                item.reserve(3);
                item.add("title", Value::ref(doc.title))
                    .add("url", Value::ref(doc.url))
                    .add("type_label", model.type_label(doc.type));
                return item;
            })));
        Value g;
        g.reserve(2);
        g.add("label", Value::ref(group.label)).add("items", std::move(items));
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
    v.reserve(2);
    v.add("text", i18n::format_date(*date, language)).add("iso", i18n::iso_date(*date));
    return v;
}

Value root_view(const SiteModel& model, std::string_view lang, std::string_view heading,
                std::string_view description, std::string_view url, std::string_view section,
                std::optional<size_t> source, std::vector<Crumb> crumbs) {
    const auto& config = model.config();
    std::string title(heading);
    if (title.empty() || title == config.title)
        title = config.title;
    else if (!config.title.empty())
        title += " – " + config.title;
    Value breadcrumbs = Value::list();
    breadcrumbs.reserve(crumbs.size());
    for (size_t i = 0; i < crumbs.size(); ++i) {
        Value crumb;
        crumb.reserve(3);
        crumb.add("title", std::move(crumbs[i].title))
            .add("url", std::move(crumbs[i].url))
            .add("current", Value(i + 1 == crumbs.size()));
        breadcrumbs.push(std::move(crumb));
    }
    std::string edit;
    if (source) edit = edit_url(config.edit_link, model.page(*source).path).value_or("");
    Value root;
    root.reserve(16);  // and what the caller adds: page or listing, types, taxonomies
    const std::string key = "site\n" + std::string(lang) + "\n" + std::string(section);
    root.add("site", Value::shared(model.shared_view(key, [&] { return site_view(model, lang, section); })))
        .add("lang", std::string(lang))
        .add("title", std::move(title))
        .add("heading", std::string(heading))
        .add("description", std::string(description.empty() ? std::string_view(config.description) : description))
        .add("canonical", url.empty() ? std::string() : absolute_url(config.base_url, url))
        .add("og_type", "website")
        .add("og_locale", og_locale(lang))
        .add("edit_url", std::move(edit))
        .add("has_breadcrumbs", Value(!breadcrumbs.items().empty()))
        .add("breadcrumbs", std::move(breadcrumbs));
    return root;
}

Value card_view(const SiteModel& model, size_t page) {
    const auto& doc = model.page(page);
    const std::string lang = model.lang(page);
    const std::string event = model.event_field(doc.type);
    Value card;
    card.reserve(7);
    card.add("title", Value::ref(doc.title))
        .add("url", Value::ref(doc.url))
        .add("summary", Value::ref(doc.summary))
        .add("type_label", model.type_label(doc.type))
        .add("example", Value(doc.example))
        .add("published", date_view(doc.date, lang))
        .add("event_date", event.empty() ? Value("") : date_view(model.order_value(page, event), lang));
    return card;
}

Value cards_view(const SiteModel& model, const std::vector<size_t>& pages) {
    // Each page's card is made once and shared by every list that shows it.
    Value cards = Value::list();
    cards.reserve(pages.size());
    for (size_t i : pages)
        cards.push(Value::borrowed(
            model.shared_page_view(SiteModel::PageView::card, i, [&] { return card_view(model, i); })));
    return cards;
}

std::string body_html(const SiteModel& model, size_t page) {
    if (page >= model.input().bodies.size()) return {};
    const auto& graph = model.input().graph;
    const links::BodyLinks* resolved = page < graph.pages.size() ? &graph.pages[page].body_links : nullptr;
    const std::vector<content::Document>& pages = model.input().pages;
    if (resolved) links::prefetch_body_links(*resolved, pages);
    return model.input().bodies[page].render_html(
        [resolved, &pages](size_t index, const markdown::Link&, std::string& url_out, std::string& text_out) {
            if (!resolved || index >= resolved->size()) return false;
            const links::BodyLink link = (*resolved)[index];
            text_out = links::body_link_text(link, pages);
            return links::body_link_url(link, pages, url_out);
        });
}

PageParts PageParts::read_by(const std::set<std::string, std::less<>>& names) {
    const auto reads = [&](std::string_view name) { return names.count(name) > 0; };
    PageParts parts;
    parts.fields = reads("fields") || reads("has_fields");
    parts.field = reads("field");
    parts.body = reads("body_html");
    parts.backlinks = reads("backlinks") || reads("has_backlinks");
    parts.related = reads("related") || reads("has_related");
    return parts;
}

Value page_view(const SiteModel& model, size_t page, const PageParts& parts) {
    const auto& doc = model.page(page);
    const std::string lang = model.lang(page);
    // Each field once, listed in `fields` and found by name in `field`.
    std::vector<Value> items;
    if (parts.fields || parts.field) items = fields_view(model, page).release_items();
    Value fields = Value::list();
    Value by_name;
    if (parts.fields) fields.reserve(items.size());
    if (parts.field) by_name.reserve(items.size());
    for (Value& field : items) {
        if (!parts.field) {
            fields.push(std::move(field));
            continue;
        }
        auto shared = std::make_shared<const Value>(std::move(field));
        if (const Value* name = shared->find("name")) by_name.set(name->text(), Value::shared(shared));
        if (parts.fields) fields.push(Value::shared(std::move(shared)));
    }
    const bool has_section = !doc.type.empty() && doc.kind == content::PageKind::regular;
    // Front matter wins; otherwise git says when the page was first and last committed.
    const std::string published = !doc.date.empty() ? doc.date : doc.created > 0 ? util::iso_day(doc.created) : "";
    const std::string updated = !doc.updated.empty() ? doc.updated : doc.modified > 0 ? util::iso_day(doc.modified) : "";
    Value backlinks = parts.backlinks ? backlinks_view(model, page) : Value::list();
    const bool has_backlinks = backlinks.truthy();
    const std::vector<size_t> related = parts.related ? related_pages(model, page) : std::vector<size_t>();
    for (size_t i : related) prefetch_shown(model.page(i));
    Value v;
    v.reserve(21);
    v.add("title", Value::ref(doc.title))
        .add("summary", Value::ref(doc.summary))
        .add("url", Value::ref(doc.url))
        .add("canonical", absolute_url(model.config().base_url, doc.url))
        .add("lang", lang)
        .add("type", Value::ref(doc.type))
        .add("type_label", model.type_label(doc.type))
        .add("type_url", has_section ? section_url(doc.type) : std::string())
        .add("example", Value(doc.example))
        .add("draft", Value(doc.draft))
        .add("published", date_view(published, lang))
        .add("updated", date_view(updated == published ? std::string() : updated, lang))
        .add("has_fields", Value(!fields.items().empty()))
        .add("fields", std::move(fields))
        .add("field", std::move(by_name))
        .add("body_html", parts.body ? body_html(model, page) : std::string())
        .add("backlinks", std::move(backlinks))
        .add("has_backlinks", Value(has_backlinks))
        .add("has_related", Value(!related.empty()))
        .add("related", cards_view(model, related));
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
    // Each candidate's shared terms counted in a per-thread table indexed by listing rank
    // (all zero between calls), then, per count, the k_related_limit candidates first in
    // listing order kept: the lists are short (k_related_candidates_per_term), the site large.
    std::vector<std::pair<const size_t*, const size_t*>> heads;
    for (const auto& use : doc.terms) {
        const auto& ranks = model.ranks_with_term(use.taxonomy, use.term);
        heads.emplace_back(ranks.data(), ranks.data() + std::min(ranks.size(), k_related_candidates_per_term));
    }
    // best[count]: ranks of the candidates sharing `count` terms, ascending. Made before the
    // counting, so nothing can throw while the table holds counts.
    struct Kept {
        std::array<size_t, k_related_limit + 1> ranks;
        size_t size = 0;
    };
    std::vector<Kept> best(heads.size() + 1);
    const auto& order = model.listing_order();
    thread_local std::vector<std::uint32_t> shared_by_rank;
    if (shared_by_rank.size() < order.size()) shared_by_rank.resize(order.size(), 0);
    for (const auto& [begin, end] : heads)
        for (const size_t* at = begin; at != end; ++at) ++shared_by_rank[*at];
    for (const auto& [begin, end] : heads)
        for (const size_t* at = begin; at != end; ++at) {
            const size_t rank = *at;
            const std::uint32_t shared = std::exchange(shared_by_rank[rank], 0);
            if (shared == 0) continue;  // met in an earlier list
            Kept& kept = best[shared];
            if (kept.size == k_related_limit && rank > kept.ranks[k_related_limit - 1]) continue;
            if (std::binary_search(linked.begin(), linked.end(), order[rank])) continue;
            size_t i = kept.size;
            for (; i > 0 && kept.ranks[i - 1] > rank; --i) kept.ranks[i] = kept.ranks[i - 1];
            kept.ranks[i] = rank;
            kept.size = std::min(kept.size + 1, k_related_limit);
        }
    std::vector<size_t> out;
    for (size_t shared = best.size(); shared-- > 1 && out.size() < k_related_limit;)
        for (size_t i = 0; i < best[shared].size && out.size() < k_related_limit; ++i)
            out.push_back(order[best[shared].ranks[i]]);
    return out;
}

std::string og_locale(std::string_view lang) { return lang == "nn" ? "nn_NO" : "nb_NO"; }

std::vector<Crumb> page_crumbs(const SiteModel& model, size_t page) {
    const auto& doc = model.page(page);
    std::vector<Crumb> crumbs;
    crumbs.reserve(3);  // one allocation per page, not one per crumb
    crumbs.push_back({"Forside", "/"});
    if (!doc.type.empty()) crumbs.push_back({model.section_title(doc.type), section_url(doc.type)});
    crumbs.push_back({doc.title, doc.url});
    return crumbs;
}

}  // namespace stilas::render
