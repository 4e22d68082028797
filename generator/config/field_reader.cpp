// read_fields (declared in type_schema_reader.hpp): one field declaration and what its kind needs.
#include <algorithm>

#include "config/name_checks.hpp"
#include "config/type_schema_reader.hpp"

namespace stilas::config {
namespace {

const std::vector<std::string> k_field_keys{"kind", "label",    "required", "help",   "values",
                                            "to",   "taxonomy", "backlink", "fields", "chart"};
const std::vector<std::string> k_chart_keys{"group", "title", "series", "values", "unit"};

std::string quoted(std::string_view s) { return "«" + std::string(s) + "»"; }

std::vector<std::string> taxonomy_names(const std::vector<Taxonomy>& taxonomies) {
    std::vector<std::string> names;
    for (const Taxonomy& t : taxonomies) names.push_back(t.name);
    return names;
}

// The keys that only some kinds take, with the kinds and what to write when one is missing.
struct KindKey {
    std::string_view key;
    std::vector<FieldKind> kinds;
    std::string_view needed_hint;  // empty: optional for those kinds
};

const std::vector<KindKey>& kind_keys() {
    static const std::vector<KindKey> keys{
        {"values", {FieldKind::enumeration}, "Legg til «values: [a, b]» med verdiene som er lov."},
        {"to", {FieldKind::ref, FieldKind::refs}, "Legg til «to: <type>» med typen som feltet viser til."},
        {"backlink", {FieldKind::ref, FieldKind::refs}, ""},
        {"taxonomy", {FieldKind::term, FieldKind::terms}, "Legg til «taxonomy: <navn>» fra stilas.yaml."},
        {"fields", {FieldKind::records}, "Legg til «fields:» med feltene hver post har."},
        {"chart", {FieldKind::records}, ""},
    };
    return keys;
}

bool has_value(const yaml::Node& map, std::string_view key) {
    const yaml::Node* value = map.find(key);
    return value && !value->is_null() && !(value->is_sequence() && value->items.empty()) &&
           !(value->is_mapping() && value->entries.empty());
}

void check_kind_keys(const yaml::Node& name, const yaml::Node& decl, FieldKind kind, const ValueReader& reader) {
    for (const KindKey& k : kind_keys()) {
        bool applies = std::find(k.kinds.begin(), k.kinds.end(), kind) != k.kinds.end();
        if (!applies) {
            for (const auto& [key, value] : decl.entries)
                if (key.scalar == k.key)
                    reader.diagnostics().error(
                        reader.pos(key), "CFG012",
                        quoted(k.key) + " hører ikke til felttypen " + quoted(kind_name(kind)) + ".",
                        "Fjern " + quoted(k.key) + ", eller velg en annen «kind».");
        } else if (!k.needed_hint.empty() && !has_value(decl, k.key)) {
            reader.diagnostics().error(reader.pos(name), "CFG007",
                                       "Feltet " + quoted(name.scalar) + " har typen " + quoted(kind_name(kind)) +
                                           " og trenger " + quoted(k.key) + ".",
                                       std::string(k.needed_hint));
        }
    }
}

// Editors often write the kind in Norwegian; these are too far from the English names for an
// edit-distance match.
std::optional<std::string_view> kind_for_norwegian(std::string_view word) {
    static const std::vector<std::pair<std::string_view, std::string_view>> k_aliases{
        {"tekst", "text"},      {"dato", "date"},    {"tidspunkt", "datetime"}, {"lenke", "url"},  {"adresse", "url"},
        {"valg", "enum"},       {"boolsk", "bool"},  {"tall", "number"},        {"liste", "list"}, {"referanse", "ref"},
        {"referanser", "refs"}, {"termer", "terms"}, {"poster", "records"},     {"data", "data"}};
    for (const auto& [alias, kind] : k_aliases)
        if (alias == word) return kind;
    return std::nullopt;
}

std::optional<FieldKind> read_kind(const yaml::Node& decl, const ValueReader& reader) {
    auto written = reader.text(decl, "kind");
    if (!written) return std::nullopt;
    auto kind = kind_from_name(written->text);
    if (kind) return kind;
    auto alias = kind_for_norwegian(written->text);
    reader.diagnostics().error(
        written->pos, "CFG004", "Ukjent felttype " + quoted(written->text) + ".",
        alias ? "Mente du " + quoted(*alias) + "?" : suggestion(written->text, kind_names(), "Gyldige felttyper: "));
    return std::nullopt;
}

void read_targets(const yaml::Node& decl, const SchemaContext& context, const ValueReader& reader, FieldSchema& field) {
    for (PositionedText& target : reader.text_list(decl, "to", ListForm::scalar_or_list)) {
        const auto& types = context.type_names;
        if (std::find(types.begin(), types.end(), target.text) == types.end())
            reader.diagnostics().error(target.pos, "CFG005", "Innholdstypen " + quoted(target.text) + " finnes ikke.",
                                       suggestion(target.text, types, "Innholdstypene er: "));
        field.to.push_back(std::move(target.text));
    }
}

void read_taxonomy(const yaml::Node& decl, const SchemaContext& context, const ValueReader& reader,
                   FieldSchema& field) {
    auto taxonomy = reader.text(decl, "taxonomy");
    if (!taxonomy) return;
    field.taxonomy = taxonomy->text;
    auto names = taxonomy_names(context.taxonomies);
    if (std::find(names.begin(), names.end(), field.taxonomy) == names.end())
        reader.diagnostics().error(taxonomy->pos, "CFG006", "Taksonomien " + quoted(field.taxonomy) + " finnes ikke.",
                                   suggestion(field.taxonomy, names, "Taksonomiene i stilas.yaml er: "));
}

// The kinds whose value reads as one short label: a figure's title, group or series name.
bool is_label_kind(FieldKind kind) {
    return kind == FieldKind::text || kind == FieldKind::enumeration || kind == FieldKind::number ||
           kind == FieldKind::date || kind == FieldKind::datetime;
}

std::vector<std::string> field_names(const std::vector<FieldSchema>& fields) {
    std::vector<std::string> names;
    for (const FieldSchema& f : fields) names.push_back(f.name);
    return names;
}

// A sub-field named in `chart:` (as `role`); false after reporting it when it does not exist or
// cannot play that role.
bool check_chart_field(const PositionedText& name, std::string_view role, const FieldSchema& records,
                       const ValueReader& reader) {
    const FieldSchema* sub = records.find(name.text);
    if (!sub) {
        reader.diagnostics().error(name.pos, "CFG020",
                                   "Diagrammet viser til " + quoted(name.text) + ", som ikke er et felt i " +
                                       quoted(records.name) + ".",
                                   suggestion(name.text, field_names(records.fields),
                                              "Feltene i " + quoted(records.name) + " er: "));
        return false;
    }
    if (role == "values" && sub->kind != FieldKind::number) {
        reader.diagnostics().error(name.pos, "CFG021",
                                   "Diagrammet kan bare vise tall, men " + quoted(name.text) + " har typen " +
                                       quoted(kind_name(sub->kind)) + ".",
                                   "Velg felt med «kind: number» i «values».");
        return false;
    }
    if (role != "values" && !is_label_kind(sub->kind)) {
        reader.diagnostics().error(name.pos, "CFG022",
                                   quoted(name.text) + " har typen " + quoted(kind_name(sub->kind)) +
                                       " og kan ikke brukes som " + quoted(role) + " i diagrammet.",
                                   "Velg et felt med typen «text», «enum», «number», «date» eller «datetime».");
        return false;
    }
    return true;
}

// The optional label sub-field `role` of `chart`; false when it is named but wrong.
bool read_chart_label(const yaml::Node& chart, std::string_view role, const FieldSchema& records,
                      const ValueReader& reader, std::string& target) {
    auto name = reader.text(chart, role);
    if (!name) return !chart.find(role) || chart.find(role)->is_null();
    target = name->text;
    return check_chart_field(*name, role, records, reader);
}

// `chart:` of records field `field`: kept only when every part of it holds, so the renderer
// never meets a chart that names a missing or non-number field.
void read_chart(const yaml::Node& decl, const ValueReader& reader, FieldSchema& field) {
    const yaml::Node* chart = decl.find("chart");
    if (!chart || chart->is_null() || !reader.expect_mapping(*chart, "chart")) return;
    ChartSpec spec;
    for (const auto& [key, value] : decl.entries)
        if (key.scalar == "chart") spec.pos = reader.pos(key);
    std::string where = "diagrammet til feltet " + quoted(field.name);
    reader.check_keys(*chart, k_chart_keys, where);
    reader.check_required(*chart, {"title", "values"}, where, spec.pos);
    if (field.fields.empty()) return;  // CFG007 or the fields' own errors say why
    bool ok = chart->find("title") && chart->find("values");
    ok = read_chart_label(*chart, "title", field, reader, spec.title) && ok;
    ok = read_chart_label(*chart, "group", field, reader, spec.group) && ok;
    ok = read_chart_label(*chart, "series", field, reader, spec.series) && ok;
    for (PositionedText& value : reader.text_list(*chart, "values", ListForm::list_only)) {
        ok = check_chart_field(value, "values", field, reader) && ok;
        spec.values.push_back(std::move(value.text));
    }
    if (auto unit = reader.text(*chart, "unit")) spec.unit = unit->text;
    if (ok && !spec.values.empty() && !spec.title.empty()) field.chart = std::move(spec);
}

void read_kind_parts(const yaml::Node& decl, const SchemaContext& context, const ValueReader& reader,
                     FieldSchema& field) {
    if (field.kind == FieldKind::enumeration)
        for (PositionedText& value : reader.text_list(decl, "values", ListForm::list_only))
            field.values.push_back(std::move(value.text));
    if (field.kind == FieldKind::ref || field.kind == FieldKind::refs) {
        read_targets(decl, context, reader, field);
        if (auto backlink = reader.text(decl, "backlink")) field.backlink = backlink->text;
    }
    if (field.kind == FieldKind::term || field.kind == FieldKind::terms) read_taxonomy(decl, context, reader, field);
    const yaml::Node* nested = decl.find("fields");
    if (field.kind == FieldKind::records && nested && !nested->is_null() && reader.expect_mapping(*nested, "fields"))
        field.fields = read_fields(*nested, FieldLevel::record, context, reader);
    if (field.kind == FieldKind::records) read_chart(decl, reader, field);
}

// A field that cannot be understood is kept as `data` (accepted unchecked), so that one mistake
// in a schema does not become an error on every page that uses the field.
FieldSchema read_field(const yaml::Node& name, const yaml::Node& decl, FieldLevel level, const SchemaContext& context,
                       const ValueReader& reader) {
    FieldSchema field;
    field.name = name.scalar;
    field.label = field.name;
    field.kind = FieldKind::data;
    field.pos = reader.pos(name);
    if (level == FieldLevel::type && is_builtin_page_key(field.name))
        reader.diagnostics().error(field.pos, "CFG011",
                                   "Feltet " + quoted(field.name) +
                                       " finnes allerede på alle sider og kan ikke "
                                       "deklareres på nytt.",
                                   "Gi feltet et annet navn.");
    if (!decl.is_mapping()) {
        reader.wrong_shape(decl, field.name, "en tabell",
                           "Skriv feltet som " + quoted(field.name + ": { kind: text }") + ".");
        return field;
    }
    std::string where = "feltet " + quoted(field.name);
    reader.check_keys(decl, k_field_keys, where);
    reader.check_required(decl, {"kind"}, where, field.pos);
    if (auto label = reader.text(decl, "label")) field.label = label->text;
    field.required = reader.boolean(decl, "required").value_or(false);
    if (auto help = reader.text(decl, "help")) field.help = help->text;
    auto kind = read_kind(decl, reader);
    if (!kind) return field;
    field.kind = *kind;
    check_kind_keys(name, decl, field.kind, reader);
    read_kind_parts(decl, context, reader, field);
    return field;
}

}  // namespace

std::vector<FieldSchema> read_fields(const yaml::Node& fields, FieldLevel level, const SchemaContext& context,
                                     const ValueReader& reader) {
    std::vector<FieldSchema> out;
    for (const auto& [name, decl] : fields.entries) out.push_back(read_field(name, decl, level, context, reader));
    return out;
}

}  // namespace stilas::config
