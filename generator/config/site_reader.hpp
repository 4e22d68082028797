// Reading the root of content/stilas.yaml: site keys, taxonomies with their terms, the menu,
// the feed and the calendar (config/ internal).
#pragma once

#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "config/value_reader.hpp"
#include "yaml/node.hpp"

namespace stilas::config {

/// Fills `config` from `root`. `type_names` are the types declared in _typer/ (for the menu and
/// name clashes with taxonomies). Every problem is reported through `reader`.
void read_site(const yaml::Node& root, const std::vector<std::string>& type_names, const ValueReader& reader,
               SiteConfig& config);

/// Once the type schemas are read: checks the fields `calendar:` names against its type
/// (CFG030 when missing or of the wrong kind; the calendar is then dropped) and gives the feed
/// and the calendar the type's title when they have none.
void check_outputs(SiteConfig& config, diag::Diagnostics& diagnostics);

}  // namespace stilas::config
