// SiteConfig: everything read from content/stilas.yaml and content/_typer/*.yaml.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/schema.hpp"
#include "diag/diagnostics.hpp"
#include "source/source_file.hpp"

namespace stilas::config {

/// `feed:` in stilas.yaml: an Atom feed of the pages of one type.
struct FeedConfig {
    std::string type;                       ///< whose pages are the entries
    std::string title;                      ///< default: the type's title
    std::string path;                       ///< output file, e.g. "rapporter/atom.xml"
    diag::SourcePos type_pos;               ///< where `type` is written

    /// The site URL of the feed, e.g. "/rapporter/atom.xml".
    std::string url() const { return "/" + path; }
};

/// `calendar:` in stilas.yaml: an ICS calendar with one event per page of one type that has a
/// start. Field names are checked against the type once its schema is read.
struct CalendarConfig {
    std::string type;
    std::string title;                      ///< default: the type's title
    std::string path;                       ///< output file, e.g. "samlinger/kalender.ics"
    std::string start;                      ///< field of kind date or datetime
    std::string end;                        ///< "" or a field of kind date or datetime
    std::string location;                   ///< "" or a field of kind text
    diag::SourcePos type_pos, start_pos, end_pos, location_pos;

    /// The site URL of the calendar, e.g. "/samlinger/kalender.ics".
    std::string url() const { return "/" + path; }
};

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
    std::optional<FeedConfig> feed;         ///< typed mode only; absent when not configured
    std::optional<CalendarConfig> calendar; ///< typed mode only; absent when not configured

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
