// The keys every page has whatever its type (title, summary, date …), as field schemas: the one
// list that content/ checks pages against and config/ keeps type schemas from redeclaring.
#pragma once

#include <string_view>
#include <vector>

#include "config/schema.hpp"

namespace stilas::config {

/// The built-in page fields in documentation order (docs/content-format.md, "Front matter").
const std::vector<FieldSchema>& builtin_page_fields();

/// The built-in field called `name`, or nullptr.
const FieldSchema* find_builtin_page_field(std::string_view name);

}  // namespace stilas::config
