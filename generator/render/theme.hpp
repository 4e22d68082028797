// Theme: the templates, partials and static files of themes/<name>/, checked when loaded.
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

/// Templates every theme must have (file names without ".mustache").
inline constexpr std::string_view k_required_templates[] = {"page", "list", "taxonomy", "term", "home", "404"};

class Theme {
public:
    /// Reads `<themes_dir>/<name>/`: templates/*.mustache, partials/*.mustache, static/**.
    /// Problems become diagnostics at `<display_dir>/<name>/…`: missing folder or required
    /// template (TPL001), template syntax (TPL002), unknown partial (TPL003), symbolic links
    /// (TPL004), unreadable files (TPL005). nullopt on any error.
    static std::optional<Theme> load(const std::string& themes_dir, const std::string& name,
                                     const std::string& display_dir, diag::Diagnostics& diagnostics);

    /// The same checks over files given in memory (paths relative to the theme folder, e.g.
    /// "templates/page.mustache", "static/css/x.css"); `display_root` is the theme folder as
    /// shown in diagnostics ("themes/standard").
    static std::optional<Theme> from_files(const std::string& name, const std::string& display_root,
                                           const std::map<std::string, std::string>& files,
                                           diag::Diagnostics& diagnostics);

    const std::string& name() const { return m_name; }
    /// Template text by name ("page", "verktoy", "list"), or nullptr.
    const std::string* find_template(std::string_view name) const;
    /// "themes/standard/templates/page.mustache": for diagnostics.
    std::string template_display_path(std::string_view name) const;
    const PartialMap& partials() const { return m_partials; }
    /// Sorted by path.
    const std::vector<StaticFile>& static_files() const { return m_static; }

private:
    std::string m_name;
    std::string m_display_root;
    std::map<std::string, std::string, std::less<>> m_templates;
    PartialMap m_partials;
    std::vector<StaticFile> m_static;
};

}  // namespace stilas::render
