// The Document members the built-in front-matter keys fill (the keys themselves are listed by
// config/builtin_fields.hpp).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "config/builtin_fields.hpp"
#include "config/schema.hpp"
#include "content/document.hpp"
#include "yaml/node.hpp"

namespace stilas::content {

/// Stores a checked (normalised) built-in value in its Document member, taking its text over.
void apply_builtin_field(Document& document, std::string_view name, yaml::Node&& value,
                         const diag::SourcePos& pos);

/// Generic mode: reads a built-in value leniently (a date may carry a time, as Hugo writes
/// it); nullopt when it cannot be understood, which is then ignored without a diagnostic.
std::optional<yaml::Node> read_builtin_leniently(const config::FieldSchema& field, const yaml::Node& value);

}  // namespace stilas::content
