#include "render/field_view.hpp"

#include <optional>
#include <string_view>
#include <vector>

#include "markdown/markdown.hpp"
#include "render/chart_model.hpp"
#include "render/chart_view.hpp"
#include "render/urls.hpp"
#include "render/view_model.hpp"
#include "util/slug.hpp"

namespace stilas::render {

namespace {

using config::FieldKind;

/// The value keys of a field object, by kind of value, and their is_<key> flags.
enum class ValueKey { text, html, date, link, items, links, terms, records, data, none };
constexpr const char* k_value_keys[] = {"text", "html", "date", "link", "items", "links", "terms", "records", "data"};
constexpr size_t k_value_key_count = std::size(k_value_keys);

// The schema's spelling of each kind, for themes that style fields by kind: config's names, held
// once, for every field object to point to.
const std::string& kind_label(FieldKind kind) { return config::kind_names()[static_cast<size_t>(kind)]; }

/// The is_<key> flag of each value key, in k_value_keys' order.
const std::vector<std::string>& flag_keys() {
    static const std::vector<std::string> flags = [] {
        std::vector<std::string> out;
        for (const char* k : k_value_keys) out.push_back(std::string("is_") + k);
        return out;
    }();
    return flags;
}

/// Scalars of a sequence, or the scalar itself (a single value where a list was expected):
/// the node's own strings, not copied.
std::vector<std::string_view> scalars(const yaml::Node& node) {
    std::vector<std::string_view> out;
    if (node.is_scalar()) out.push_back(node.scalar);
    for (const auto& item : node.items)
        if (item.is_scalar()) out.push_back(item.scalar);
    return out;
}

Value link_list(const SiteModel& model, const std::vector<size_t>& targets) {
    Value links = Value::list();
    for (size_t t : targets) {
        if (t >= model.page_count()) continue;
        // The same wherever the page is referred to: made once, then shared.
        links.push(Value::borrowed(model.shared_page_view(SiteModel::PageView::link, t, [&] {
            Value link;
            link.reserve(2);
            link.add("title", Value::ref(model.page(t).title)).add("url", Value::ref(model.page(t).url));
            return link;
        })));
    }
    return links;
}

/// Top-level refs come resolved from the link graph; refs inside records are looked up here
/// (the graph keeps them per records field, not per record).
std::vector<size_t> ref_targets(const SiteModel& model, size_t page, const config::FieldSchema& schema,
                                const yaml::Node& value, bool top_level) {
    const auto& graph = model.input().graph;
    if (top_level && page < graph.pages.size())
        for (const auto& [field, targets] : graph.pages[page].references)
            if (field == schema.name) return targets;
    std::vector<size_t> out;
    for (const auto& target : scalars(value))
        if (auto i = model.resolve(target, schema.to)) out.push_back(*i);
    return out;
}

/// A term of `taxonomy` as a field lists it: {title, url}.
Value term_link(std::string_view taxonomy, const config::Term& term) {
    Value t;
    t.reserve(2);
    t.add("title", Value::ref(term.title.empty() ? term.key : term.title)).add("url", term_url(taxonomy, term.key));
    return t;
}

Value terms_list(const SiteModel& model, const config::FieldSchema& schema, const yaml::Node& value) {
    Value terms = Value::list();
    for (const auto& key : scalars(value)) {
        const config::Term* term = model.find_term(schema.taxonomy, key);
        if (!term) continue;
        // The same for every page that names the term: made once, then shared.
        terms.push(Value::shared(model.config_view(term, 0, [&] { return term_link(schema.taxonomy, *term); })));
    }
    return terms;
}

Value field_view(const SiteModel& model, size_t page, const config::FieldSchema& schema, const yaml::Node& value,
                 bool top_level);

Value records_list(const SiteModel& model, size_t page, const config::FieldSchema& schema, const yaml::Node& value) {
    Value records = Value::list();
    for (const auto& item : value.items) {
        if (!item.is_mapping()) continue;
        Value fields = Value::list();
        for (const auto& sub : schema.fields)
            if (const yaml::Node* v = item.find(sub.name); v && !v->is_null())
                fields.push(field_view(model, page, sub, *v, false));
        Value record;
        record.set("fields", std::move(fields));
        records.push(std::move(record));
    }
    return records;
}

Value link_value(const std::string& text) {
    const auto href = safe_href(text);
    if (!href) return Value(false);
    Value link;
    link.set("href", *href).set("text", text);
    return link;
}

/// Every field object's value keys and their is_<key> flags, and `chart`, all false.
const Value& field_defaults() {
    static const Value defaults = [] {
        Value v;
        for (size_t i = 0; i < k_value_key_count; ++i) v.add(k_value_keys[i], Value(false)).add(flag_keys()[i], Value(false));
        return v.add("chart", Value(false));
    }();
    return defaults;
}

/// Sets a field's {name, label, kind} on `v` and, when `key` names a value, its is_<key> flag
/// true. `name`, `label` and `kind` are pointed to, not copied: they belong to the schema or the
/// page.
void set_identity(Value& v, const std::string& name, const std::string& label, const std::string& kind,
                  ValueKey key) {
    v.set("name", Value::ref(name)).set("label", Value::ref(label.empty() ? name : label)).set("kind", Value::ref(kind));
    const auto index = static_cast<size_t>(key);
    if (index < k_value_key_count) v.set(flag_keys()[index], Value(true));
}

/// What every field of `schema` whose value is under `key` shows alike: field_defaults() with the
/// field's identity set, all in one object (made once per schema and key, see field_object).
Value schema_prototype(const config::FieldSchema& schema, ValueKey key) {
    Value v = field_defaults();
    set_identity(v, schema.name, schema.label, kind_label(schema.kind), key);
    return v;
}

/// A field's object: {name, label, kind}, every value key with its is_<key> flag, false but for
/// `key` (which holds `value`), and `chart` (false unless given). `base` holds all but the value
/// and the chart: for a field of a schema, an object over the schema's prototype, so a field
/// adds one or two members of its own (a page shows many); otherwise one over field_defaults()
/// with the identity set (identity_over_defaults).
Value field_object(Value base, ValueKey key, Value value, std::optional<Value> chart = std::nullopt) {
    const auto index = static_cast<size_t>(key);
    if (index < k_value_key_count) base.add(k_value_keys[index], std::move(value));
    if (chart) base.add("chart", std::move(*chart));
    return base;
}

/// The base of a field object without a schema (see field_object).
Value identity_over_defaults(const std::string& name, const std::string& label, const std::string& kind, ValueKey key) {
    Value v = Value::over(field_defaults());
    v.reserve(6);
    set_identity(v, name, label, kind, key);
    return v;
}

Value field_view(const SiteModel& model, size_t page, const config::FieldSchema& schema, const yaml::Node& value,
                 bool top_level) {
    const auto field = [&](ValueKey key, Value filled, std::optional<Value> chart = std::nullopt) {
        const Value& prototype = *model.config_view(&schema, static_cast<unsigned>(key),
                                                    [&] { return schema_prototype(schema, key); });
        return field_object(Value::over(prototype), key, std::move(filled), std::move(chart));
    };
    switch (schema.kind) {
    case FieldKind::text:
    case FieldKind::enumeration:
    case FieldKind::number: return field(ValueKey::text, Value::ref(value.scalar));
    case FieldKind::boolean: return field(ValueKey::text, value.scalar == "true" ? "Ja" : "Nei");
    case FieldKind::markdown: return field(ValueKey::html, markdown::render_inline_markdown(value.scalar));
    case FieldKind::date:
    case FieldKind::datetime: return field(ValueKey::date, date_view(value.scalar, model.lang(page)));
    case FieldKind::url: {
        Value link = link_value(value.scalar);
        return link.truthy() ? field(ValueKey::link, std::move(link)) : field(ValueKey::text, Value::ref(value.scalar));
    }
    case FieldKind::list: {
        // The page's own strings, pointed to (as scalars() would list them).
        Value items = Value::list();
        if (value.is_scalar()) items.push(Value::ref(value.scalar));
        for (const auto& item : value.items)
            if (item.is_scalar()) items.push(Value::ref(item.scalar));
        return field(ValueKey::items, std::move(items));
    }
    case FieldKind::ref:
    case FieldKind::refs: return field(ValueKey::links, link_list(model, ref_targets(model, page, schema, value, top_level)));
    case FieldKind::term:
    case FieldKind::terms: return field(ValueKey::terms, terms_list(model, schema, value));
    case FieldKind::records: {
        Value records = records_list(model, page, schema, value);
        const auto figures = chart_figures(schema, value);
        if (figures.empty()) return field(ValueKey::records, std::move(records));
        return field(ValueKey::records, std::move(records), chart_view(figures, "diagram-" + util::slugify(schema.name)));
    }
    case FieldKind::data: return field(ValueKey::data, data_view(value));
    }
    return field(ValueKey::none, Value(false));
}

}  // namespace

Value data_view(const yaml::Node& node) {
    Value v;
    v.set("text", Value(false)).set("items", Value(false)).set("entries", Value(false));
    v.set("is_list", Value(node.is_sequence())).set("is_map", Value(node.is_mapping()));
    if (node.is_scalar()) v.set("text", node.scalar);
    if (node.is_sequence()) {
        Value items = Value::list();
        for (const auto& item : node.items) items.push(data_view(item));
        v.set("items", std::move(items));
    }
    if (node.is_mapping()) {
        Value entries = Value::list();
        for (const auto& [key, value] : node.entries) {
            Value entry;
            entry.set("key", key.scalar).set("value", data_view(value));
            entries.push(std::move(entry));
        }
        v.set("entries", std::move(entries));
    }
    return v;
}

Value fields_view(const SiteModel& model, size_t page) {
    Value fields = Value::list();
    for (const auto& field : model.page(page).fields) {
        if (field.value.is_null()) continue;
        if (field.schema) {
            fields.push(field_view(model, page, *field.schema, field.value, true));
            continue;
        }
        const std::string& kind = kind_label(FieldKind::data);
        fields.push(field_object(identity_over_defaults(field.name, field.name, kind, ValueKey::data), ValueKey::data,
                                 data_view(field.value)));
    }
    return fields;
}

}  // namespace stilas::render
