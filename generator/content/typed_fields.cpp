#include "content/typed_fields.hpp"

#include "content/builtin_fields.hpp"
#include "util/strings.hpp"

namespace stilas::content {

namespace {

const std::pair<yaml::Node, yaml::Node>* find_entry(const yaml::Node& root, std::string_view name) {
    for (const auto& entry : root.entries)
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

void check_typed_front_matter(Document& document, const yaml::Node& root, const config::TypeSchema* schema,
                              FieldChecker& checker) {
    bool title_required = document.kind == PageKind::regular;
    for (const auto& [key, value] : root.entries) {
        const config::FieldSchema* builtin = config::find_builtin_page_field(key.scalar);
        if (!builtin) {
            if (!schema || !schema->find(key.scalar)) report_unknown_key(document, key, schema, checker);
            continue;  // schema fields are checked below, in schema order
        }
        config::FieldSchema field = *builtin;
        field.required = field.name == "title" && title_required;
        if (checker.check_blank(field, key, value)) continue;
        if (auto checked = checker.check(field, value, field.name))
            apply_builtin_field(document, field.name, *checked, checker.pos_of(value));
    }
    diag::SourcePos opening{document.display_path, 1, 1};
    if (title_required && !find_entry(root, "title")) checker.report_missing(*config::find_builtin_page_field("title"), opening);
    if (!schema) return;

    for (const auto& field : schema->fields) {
        if (config::find_builtin_page_field(field.name)) continue;  // a built-in wins; config warns of the clash
        const auto* entry = find_entry(root, field.name);
        if (!entry) {
            if (field.required) checker.report_missing(field, opening);
            continue;
        }
        if (checker.check_blank(field, entry->first, entry->second)) continue;
        if (auto checked = checker.check(field, entry->second, field.name))
            document.fields.push_back({&field, field.name, std::move(*checked)});
    }
}

}  // namespace stilas::content
