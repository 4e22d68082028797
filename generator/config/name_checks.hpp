// Checks on names declared in config: slugs (types, taxonomies, terms, theme) and field names
// that would hide a built-in page key (config/ internal).
#pragma once

#include <string_view>

#include "config/value_reader.hpp"

namespace stilas::config {

/// True when `name` is a slug; otherwise CFG008 at `pos`, e.g. "Termnøkkelen «Fase 1» kan bare
/// inneholde …". `hint` may hold "{}" for the slugified name.
bool check_slug(std::string_view name, const diag::SourcePos& pos, std::string_view subject, const ValueReader& reader,
                std::string_view hint = "Skriv «{}» i stedet.");

/// True when `name` is one of the keys every page has (title, summary, date, …).
bool is_builtin_page_key(std::string_view name);

}  // namespace stilas::config
