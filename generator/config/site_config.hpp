// SiteConfig: everything read from content/stilas.yaml and content/_typer/*.yaml.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/schema.hpp"
#include "diag/diagnostics.hpp"
#include "source/source_file.hpp"

namespace stilas::config {

struct SiteConfig {
    /// False in generic mode (no stilas.yaml): every Markdown file is a page, no schemas.
    bool typed = false;
    std::string title;
    std::string description;
    std::string base_url;                   ///< always ends with '/'
    std::string language = "nb";
    std::string theme = "standard";
    std::string accessibility_statement;
    std::string edit_link;                  ///< with "{path}"
    std::string contact;
    std::vector<std::string> menu;          ///< type or taxonomy names
    std::vector<TypeSchema> types;          ///< sorted by name
    std::vector<Taxonomy> taxonomies;       ///< in declaration order

    const TypeSchema* find_type(std::string_view name) const;
    const Taxonomy* find_taxonomy(std::string_view name) const;
};

/// Names of the files that hold configuration (never pages).
inline constexpr const char* k_site_config_file = "stilas.yaml";
inline constexpr const char* k_types_folder = "_typer";

/// Reads the site config and type schemas from `files` (content-relative paths). Without
/// stilas.yaml returns a generic-mode config. Every problem becomes a diagnostic (CFG…) at its
/// position; `display_prefix` is prepended to paths in diagnostics.
SiteConfig load_site_config(const std::vector<source::SourceFile>& files, const std::string& display_prefix,
                            diag::Diagnostics& diagnostics);

}  // namespace stilas::config
