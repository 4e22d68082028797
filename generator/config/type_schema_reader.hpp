// Reading one content/_typer/<type>.yaml into a TypeSchema, fields included (config/ internal).
#pragma once

#include <string>
#include <vector>

#include "config/schema.hpp"
#include "config/value_reader.hpp"
#include "yaml/node.hpp"

namespace stilas::config {

/// What a schema may point at: every declared type (by file stem) and the site's taxonomies.
struct SchemaContext {
    const std::vector<std::string>& type_names;
    const std::vector<Taxonomy>& taxonomies;
};

/// The schema of type `name` from its file's `root`; problems are reported through `reader`.
/// A schema is returned even when parts of it are wrong, so later phases know the type exists.
TypeSchema read_type_schema(std::string name, const yaml::Node& root, const SchemaContext& context,
                            const ValueReader& reader);

/// Whether the fields being read are a type's own (and so must not hide built-in page keys) or
/// the fields of each record in a `records` field.
enum class FieldLevel { type, record };

/// The fields of mapping `fields`, in order; `records` fields recurse.
std::vector<FieldSchema> read_fields(const yaml::Node& fields, FieldLevel level, const SchemaContext& context,
                                     const ValueReader& reader);

}  // namespace stilas::config
