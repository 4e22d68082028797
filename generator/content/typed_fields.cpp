#include "content/typed_fields.hpp"

#include <algorithm>
#include <optional>

#include "content/builtin_fields.hpp"
#include "util/strings.hpp"

namespace stilas::content {

namespace {

std::pair<yaml::Node, yaml::Node>* find_entry(yaml::Node& root, std::string_view name) {
    for (auto& entry : root.entries)
        if (entry.first.scalar == name) return &entry;
    return nullptr;
}

std::vector<std::string> builtin_names() {
    std::vector<std::string> names;
    for (const auto& field : config::builtin_page_fields()) names.push_back(field.name);
    return names;
}

void report_unknown_key(const Document& document, const yaml::Node& key, const config::TypeSchema* schema,
                        FieldChecker& checker) {
    std::vector<std::string> known;
    if (schema)
        for (const auto& field : schema->fields) known.push_back(field.name);
    for (auto& name : builtin_names()) known.push_back(std::move(name));

    std::string field = "«" + key.scalar + "»";
    if (schema) {
        checker.report_unknown(key, "Typen «" + schema->name + "» har ikke feltet " + field + ".", known,
                               "Feltene typen har, står i _typer/" + schema->name + ".yaml.");
        return;
    }
    std::string message = document.kind == PageKind::home            ? "Forsiden har ikke feltet " + field + "."
                          : document.kind == PageKind::section_index ? "Oversiktssiden for «" + document.type +
                                                                           "» har ikke feltet " + field + "."
                                                                     : "Sider uten type har ikke feltet " + field + ".";
    checker.report_unknown(key, message, known, "Tillatte felt: " + util::join(builtin_names(), ", ") + ".");
}

}  // namespace

void check_typed_front_matter(Document& document, yaml::Node&& root, const config::TypeSchema* schema,
                              FieldChecker& checker) {
    bool title_required = document.kind == PageKind::regular;
    // A built-in value is taken over by the document; the keys stay for the lookups below, and
    // schema fields never share a built-in's name (a built-in wins).
    for (auto& [key, value] : root.entries) {
        const config::FieldSchema* builtin = config::find_builtin_page_field(key.scalar);
        if (!builtin) {
            if (!schema || !schema->find(key.scalar)) report_unknown_key(document, key, schema, checker);
            continue;  // schema fields are checked below, in schema order
        }
        // Only a regular page's title is required: the schema is copied only to say otherwise.
        const bool required = builtin->name == "title" && title_required;
        std::optional<config::FieldSchema> adjusted;
        if (builtin->required != required) {
            adjusted = *builtin;
            adjusted->required = required;
        }
        const config::FieldSchema& field = adjusted ? *adjusted : *builtin;
        if (checker.check_blank(field, key, value)) continue;
        if (auto checked = checker.check(field, std::move(value), field.name)) {
            const diag::SourcePos pos = checker.pos_of(*checked);  // a checked value keeps its position
            apply_builtin_field(document, field.name, std::move(*checked), pos);
        }
    }
    diag::SourcePos opening{document.display_path, 1, 1};
    if (title_required && !find_entry(root, "title")) checker.report_missing(*config::find_builtin_page_field("title"), opening);
    if (!schema) return;

    document.fields.reserve(std::min(schema->fields.size(), root.entries.size()));  // at most one field a key
    for (const auto& field : schema->fields) {
        if (config::find_builtin_page_field(field.name)) continue;  // a built-in wins; config warns of the clash
        auto* entry = find_entry(root, field.name);
        if (!entry) {
            if (field.required) checker.report_missing(field, opening);
            continue;
        }
        if (checker.check_blank(field, entry->first, entry->second)) continue;
        if (auto checked = checker.check(field, std::move(entry->second), field.name))
            document.fields.push_back({&field, field.name, std::move(*checked)});
    }
}

}  // namespace stilas::content
