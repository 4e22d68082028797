// Reading the root of content/stilas.yaml: site keys, taxonomies with their terms, the menu
// (config/ internal).
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

}  // namespace stilas::config
