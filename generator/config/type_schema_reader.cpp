#include "config/type_schema_reader.hpp"

namespace stilas::config {
namespace {

const std::vector<std::string> k_type_keys{"title", "singular", "description", "fields"};

}  // namespace

TypeSchema read_type_schema(std::string name, const yaml::Node& root, const SchemaContext& context,
                            const ValueReader& reader) {
    TypeSchema schema;
    schema.name = std::move(name);
    schema.title = schema.name;
    schema.pos = reader.pos(root);
    if (!reader.expect_root_mapping(root, reader.path())) return schema;
    std::string where = "typen «" + schema.name + "»";
    reader.check_keys(root, k_type_keys, where);
    reader.check_required(root, {"title"}, where, reader.pos(root));
    reader.read_labels(root, schema.title, schema.singular, schema.description);
    const yaml::Node* fields = root.find("fields");
    if (fields && !fields->is_null() && reader.expect_mapping(*fields, "fields"))
        schema.fields = read_fields(*fields, FieldLevel::type, context, reader);
    return schema;
}

}  // namespace stilas::config
