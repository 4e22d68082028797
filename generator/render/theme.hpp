// Theme: the templates, partials and static files of themes/<name>/, checked when loaded, and
// what its optional theme.yaml declares (files from outside the theme, listing order hints).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"
#include "render/template_engine.hpp"

namespace stilas::render {

/// A file from the theme's static/ folder, published at the site root as it is.
struct StaticFile {
    std::string path;                       ///< relative to static/, e.g. "css/stilas.css"
    std::string bytes;
};

/// One `assets:` entry of theme.yaml: a file outside the theme (installed from npm or generated
/// at set-up), `from` relative to the repository root (the themes folder's parent), published
/// at `to` below the site root.
struct AssetSpec {
    std::string from;
    std::string to;
    diag::SourcePos pos;                    ///< the `from` value in theme.yaml
};

/// One `newest_by:` entry of theme.yaml: the field that orders a type newest first.
struct NewestBy {
    std::string type;
    std::string field;
    diag::SourcePos pos;
};

/// Templates every theme must have (file names without ".mustache").
inline constexpr std::string_view k_required_templates[] = {"page", "list", "taxonomy", "term", "home", "404"};

class Theme {
public:
    /// Reads `<themes_dir>/<name>/`: templates/*.mustache, partials/*.mustache, static/**, and
    /// the assets theme.yaml names, read from below the parent of `themes_dir`.
    /// Problems become diagnostics at `<display_dir>/<name>/…`: missing folder or required
    /// template (TPL001), template syntax (TPL002), unknown partial (TPL003), symbolic links
    /// (TPL004, also on an asset's path), unreadable files (TPL005), theme.yaml content
    /// (TPL007), a missing asset (TPL008: run scripts/setup.sh). nullopt on any error.
    static std::optional<Theme> load(const std::string& themes_dir, const std::string& name,
                                     const std::string& display_dir, diag::Diagnostics& diagnostics);

    /// The same checks over files given in memory (paths relative to the theme folder, e.g.
    /// "templates/page.mustache", "static/css/x.css", "theme.yaml"); `display_root` is the theme
    /// folder as shown in diagnostics ("themes/standard"). Assets are parsed but not read:
    /// asset_specs() lists them and static_files() does not hold them.
    static std::optional<Theme> from_files(const std::string& name, const std::string& display_root,
                                           const std::map<std::string, std::string>& files,
                                           diag::Diagnostics& diagnostics);

    const std::string& name() const { return m_name; }
    /// Template text by name ("page", "verktoy", "list"), or nullptr.
    const std::string* find_template(std::string_view name) const;
    /// Every template's text by name.
    const std::map<std::string, std::string, std::less<>>& templates() const { return m_templates; }
    /// "themes/standard/templates/page.mustache": for diagnostics.
    std::string template_display_path(std::string_view name) const;
    const PartialMap& partials() const { return m_partials; }
    /// Sorted by path; with load(), the external assets are among them.
    const std::vector<StaticFile>& static_files() const { return m_static; }
    /// The assets theme.yaml declares, in declaration order.
    const std::vector<AssetSpec>& asset_specs() const { return m_assets; }
    /// The `newest_by:` entries of theme.yaml, in declaration order.
    const std::vector<NewestBy>& newest_by() const { return m_newest_by; }

private:
    std::string m_name;
    std::string m_display_root;
    std::map<std::string, std::string, std::less<>> m_templates;
    PartialMap m_partials;
    std::vector<StaticFile> m_static;
    std::vector<AssetSpec> m_assets;
    std::vector<NewestBy> m_newest_by;
};

}  // namespace stilas::render
