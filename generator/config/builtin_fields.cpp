#include "config/builtin_fields.hpp"

namespace stilas::config {

namespace {
FieldSchema builtin(std::string name, FieldKind kind, std::string label, std::vector<std::string> values = {}) {
    FieldSchema field;
    field.name = std::move(name);
    field.kind = kind;
    field.label = std::move(label);
    field.values = std::move(values);
    return field;
}
}  // namespace

const std::vector<FieldSchema>& builtin_page_fields() {
    static const std::vector<FieldSchema> k_fields{
        builtin("title", FieldKind::text, "Tittel"),
        builtin("summary", FieldKind::text, "Sammendrag"),
        builtin("date", FieldKind::date, "Publisert"),
        builtin("updated", FieldKind::date, "Sist oppdatert"),
        builtin("draft", FieldKind::boolean, "Utkast"),
        builtin("lang", FieldKind::enumeration, "Språk", {"nb", "nn"}),
        builtin("example", FieldKind::boolean, "Eksempel"),
        builtin("aliases", FieldKind::list, "Gamle adresser"),
        builtin("weight", FieldKind::number, "Vekt"),
    };
    return k_fields;
}

const FieldSchema* find_builtin_page_field(std::string_view name) {
    for (const auto& field : builtin_page_fields())
        if (field.name == name) return &field;
    return nullptr;
}

}  // namespace stilas::config
