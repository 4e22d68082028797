// Typed mode: the front-matter mapping of one page checked against built-ins and its type schema.
#pragma once

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "content/field_checker.hpp"
#include "yaml/node.hpp"

namespace stilas::content {

/// Checks every key of `root` (a mapping, or null for a page without front matter): built-in
/// keys fill the document's members, fields of `schema` (nullptr for pages without type, home
/// and section pages) go to `fields` in schema order; unknown keys are FM010, missing required
/// fields (title on regular pages included) FM011 at 1:1. The values are moved into the document.
void check_typed_front_matter(Document& document, yaml::Node&& root, const config::TypeSchema* schema,
                              FieldChecker& checker);

}  // namespace stilas::content
