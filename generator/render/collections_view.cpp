#include "render/collections_view.hpp"

#include <cmath>

#include "markdown/markdown.hpp"
#include "render/urls.hpp"
#include "render/view_model.hpp"
#include "util/utf8.hpp"

namespace stilas::render {

namespace {

constexpr double k_pi = 3.14159265358979323846;
constexpr int k_ring_size = 680;
constexpr int k_ring_radius = 240;
constexpr int k_node_radius = 86;
constexpr int k_arrow_gap = 10;             ///< between a node's edge and an arrow's end
constexpr int k_line_height = 26;
constexpr size_t k_line_chars = 14;

std::string number(double value) { return std::to_string(static_cast<long long>(std::lround(value))); }

std::string count_text(size_t n) { return std::to_string(n) + (n == 1 ? " side" : " sider"); }

std::string markdown_html(const std::string& text) {
    return text.empty() ? std::string() : markdown::render_inline_markdown(text);
}

/// Words joined greedily into lines of at most k_line_chars code points (a longer word stands
/// alone).
std::vector<std::string> wrap(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!word.empty()) {
            if (!lines.empty() && util::count_code_points(lines.back()) + 1 + util::count_code_points(word) <= k_line_chars)
                lines.back() += " " + word;
            else
                lines.push_back(word);
        }
        start = end + 1;
    }
    return lines;
}

Value cards_with_event(const SiteModel& model, const std::vector<size_t>& pages) {
    Value cards = Value::list();
    for (size_t i = 0; i < pages.size() && i < k_collection_limit; ++i) cards.push(card_view(model, pages[i]));
    return cards;
}

Value type_view(const SiteModel& model, const config::TypeSchema& type, std::string_view newest_field) {
    const std::vector<size_t> pages = model.pages_in_section(type.name);
    const bool has_event = !model.event_field(type.name).empty();
    std::vector<size_t> upcoming = model.upcoming(type.name);
    const bool past = has_event && upcoming.empty();
    if (past) {
        // Nothing ahead: the most recent ones, so the home page never shows an empty box.
        for (size_t i : model.newest_first(type.name, model.event_field(type.name)))
            if (!model.order_value(i, model.event_field(type.name)).empty()) upcoming.push_back(i);
    }
    const Value latest = cards_with_event(model, model.newest_first(type.name, newest_field));
    Value t;
    t.set("name", type.name)
        .set("title", type.title.empty() ? type.name : type.title)
        .set("singular", type.singular)
        .set("url", section_url(type.name))
        .set("count", std::to_string(pages.size()))
        .set("count_text", count_text(pages.size()))
        .set("description_html", markdown_html(type.description))
        .set("has_latest", Value(latest.truthy()))
        .set("latest", latest)
        .set("has_event", Value(has_event))
        .set("has_upcoming", Value(!upcoming.empty()))
        .set("upcoming_past", Value(past && !upcoming.empty()))
        .set("upcoming", cards_with_event(model, upcoming));
    return t;
}

Value taxonomy_collection(const SiteModel& model, const config::Taxonomy& taxonomy) {
    Value terms = Value::list();
    for (size_t i = 0; i < taxonomy.terms.size(); ++i) {
        const auto& term = taxonomy.terms[i];
        const size_t count = model.pages_with_term(taxonomy.name, term.key).size();
        Value t;
        t.set("key", term.key)
            .set("number", std::to_string(i + 1))
            .set("title", term.title.empty() ? term.key : term.title)
            .set("url", term_url(taxonomy.name, term.key))
            .set("description_html", markdown_html(term.description))
            .set("count", std::to_string(count))
            .set("count_text", count_text(count));
        terms.push(std::move(t));
    }
    Value x;
    x.set("name", taxonomy.name)
        .set("title", taxonomy.title.empty() ? taxonomy.name : taxonomy.title)
        .set("singular", taxonomy.singular)
        .set("url", section_url(taxonomy.name))
        .set("description_html", markdown_html(taxonomy.description))
        .set("count", std::to_string(taxonomy.terms.size()))
        .set("terms", std::move(terms))
        .set("ring", ring_view(taxonomy));
    return x;
}

Value ring_node(const config::Term& term, std::string_view taxonomy, size_t i, double angle) {
    const double center = k_ring_size / 2.0;
    const double cx = center + k_ring_radius * std::cos(angle);
    const double cy = center + k_ring_radius * std::sin(angle);
    const std::string title = term.title.empty() ? term.key : term.title;
    const std::vector<std::string> words = wrap(title);
    Value lines = Value::list();
    for (size_t l = 0; l < words.size(); ++l) {
        const double y = cy + (static_cast<double>(l) - (static_cast<double>(words.size()) - 1) / 2.0) * k_line_height;
        Value line;
        line.set("text", words[l]).set("x", number(cx)).set("y", number(y));
        lines.push(std::move(line));
    }
    Value node;
    node.set("number", std::to_string(i + 1))
        .set("title", title)
        .set("url", term_url(taxonomy, term.key))
        .set("cx", number(cx))
        .set("cy", number(cy))
        .set("r", std::to_string(k_node_radius))
        .set("lines", std::move(lines));
    return node;
}

std::string arc(double from, double to) {
    const double c = k_ring_size / 2.0;
    const double r = k_ring_radius;
    const bool large = to - from > k_pi;
    return "M " + number(c + r * std::cos(from)) + " " + number(c + r * std::sin(from)) + " A " + number(r) + " " +
           number(r) + " 0 " + (large ? "1" : "0") + " 1 " + number(c + r * std::cos(to)) + " " +
           number(c + r * std::sin(to));
}

}  // namespace

Value ring_view(const config::Taxonomy& taxonomy) {
    const size_t n = taxonomy.terms.size();
    const double step = n ? 2 * k_pi / static_cast<double>(n) : 0;
    // Half the angle a node (plus the gap) covers on the ring, so arrows start and end outside it.
    const double half = 2 * std::asin((k_node_radius + k_arrow_gap) / (2.0 * k_ring_radius));
    Value nodes = Value::list();
    Value arrows = Value::list();
    for (size_t i = 0; i < n; ++i) {
        const double angle = -k_pi / 2 + step * static_cast<double>(i);
        nodes.push(ring_node(taxonomy.terms[i], taxonomy.name, i, angle));
        if (n < 2 || step <= 2 * half) continue;
        Value a;
        a.set("d", arc(angle + half, angle + step - half));
        arrows.push(std::move(a));
    }
    Value ring;
    ring.set("size", std::to_string(k_ring_size))
        .set("center", std::to_string(k_ring_size / 2))
        .set("radius", std::to_string(k_ring_radius))
        .set("nodes", std::move(nodes))
        .set("arrows", std::move(arrows));
    return ring;
}

Value collections_view(const SiteModel& model, const std::vector<NewestBy>& newest_by) {
    Value types;
    for (const auto& type : model.config().types) {
        std::string field;
        for (const auto& entry : newest_by)
            if (entry.type == type.name) field = entry.field;
        types.set(type.name, type_view(model, type, field));
    }
    Value taxonomies;
    for (const auto& taxonomy : model.config().taxonomies) taxonomies.set(taxonomy.name, taxonomy_collection(model, taxonomy));
    Value out;
    out.set("types", std::move(types)).set("taxonomies", std::move(taxonomies));
    return out;
}

SharedCollections share_collections(const Value& collections) {
    SharedCollections shared;
    if (const Value* types = collections.find("types")) shared.types = std::make_shared<const Value>(*types);
    if (const Value* taxonomies = collections.find("taxonomies"))
        shared.taxonomies = std::make_shared<const Value>(*taxonomies);
    return shared;
}

void attach_collections(Value& root, const SharedCollections& collections) {
    if (collections.types) root.set("types", Value::shared(collections.types));
    if (collections.taxonomies) root.set("taxonomies", Value::shared(collections.taxonomies));
}

}  // namespace stilas::render
