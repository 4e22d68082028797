// The front-matter keys every page has (title, summary, date, …) and the Document members they fill.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "config/schema.hpp"
#include "content/document.hpp"
#include "yaml/node.hpp"

namespace stilas::content {

/// The built-in keys as field schemas (kinds and labels as in docs/content-format.md).
const std::vector<config::FieldSchema>& builtin_fields();

/// The built-in field called `name`, or nullptr.
const config::FieldSchema* find_builtin_field(std::string_view name);

/// Stores a checked (normalised) built-in value in its Document member.
void apply_builtin_field(Document& document, std::string_view name, const yaml::Node& value,
                         const diag::SourcePos& pos);

/// Generic mode: reads a built-in value leniently (a date may carry a time, as Hugo writes
/// it); nullopt when it cannot be understood, which is then ignored without a diagnostic.
std::optional<yaml::Node> read_builtin_leniently(const config::FieldSchema& field, const yaml::Node& value);

}  // namespace stilas::content
