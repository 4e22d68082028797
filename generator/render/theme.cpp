#include "render/theme.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/theme_assets.hpp"
#include "util/paths.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

namespace stilas::render {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_extension = ".mustache";

/// "templates/page.mustache" → "page" when the file sits directly in `folder`.
std::optional<std::string> template_name(std::string_view path, std::string_view folder) {
    if (!path.starts_with(folder) || path.size() <= folder.size() || path[folder.size()] != '/') return std::nullopt;
    const std::string_view rest = path.substr(folder.size() + 1);
    if (rest.find('/') != std::string_view::npos || !rest.ends_with(k_extension)) return std::nullopt;
    const std::string_view name = rest.substr(0, rest.size() - k_extension.size());
    if (name.empty()) return std::nullopt;
    return std::string(name);
}

void check_syntax(const std::string& display_path, const std::string& text, diag::Diagnostics& diagnostics) {
    const auto error = check_template(text);
    if (!error) return;
    diag::SourcePos pos{display_path, 0, 0};
    if (error->offset && *error->offset <= text.size()) {
        const util::LineCol lc = util::line_col_at(text, *error->offset);
        pos.line = lc.line;
        pos.col = lc.col;
    }
    diagnostics.error(pos, "TPL002", "Malen har en syntaksfeil: " + error->message + ".",
                      "Sjekk at hver {{#navn}} har en {{/navn}} og at alle tagger slutter med «}}».");
}

void check_partials(const std::string& display_path, const std::string& text, const PartialMap& partials,
                    diag::Diagnostics& diagnostics) {
    for (const auto& use : partial_uses(text)) {
        if (partials.count(use.name)) continue;
        const util::LineCol lc = util::line_col_at(text, use.offset);
        std::vector<std::string> known;
        for (const auto& [name, partial] : partials) known.push_back(name);
        const auto close = util::closest_match(use.name, known);
        diagnostics.error({display_path, lc.line, lc.col}, "TPL003",
                          "Malen bruker delmalen «" + use.name + "», som ikke finnes.",
                          close ? "Mente du «" + *close + "»?"
                                : "Legg til partials/" + use.name + ".mustache i temaet, eller rett navnet.");
    }
}

/// True when any component of `path` starts with '.' (.DS_Store, .gitkeep): never published.
bool is_hidden(std::string_view path) {
    for (size_t start = 0; start < path.size();) {
        if (path[start] == '.') return true;
        const size_t slash = path.find('/', start);
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return false;
}


}  // namespace

std::optional<Theme> Theme::from_files(const std::string& name, const std::string& display_root,
                                       const std::map<std::string, std::string>& files,
                                       diag::Diagnostics& diagnostics) {
    diag::Diagnostics local;
    Theme theme;
    theme.m_name = name;
    theme.m_display_root = display_root;
    for (const auto& [path, text] : files) {
        if (auto t = template_name(path, "templates"))
            theme.m_templates.emplace(*t, text);
        else if (auto p = template_name(path, "partials"))
            theme.m_partials.emplace(*p, text);
        else if (path.starts_with("static/") && !is_hidden(path.substr(7)) &&
                 util::is_safe_relative_path(path.substr(7)))
            theme.m_static.push_back({path.substr(7), text});
    }
    if (const auto it = files.find(k_theme_config_file); it != files.end()) {
        ThemeConfig config = parse_theme_config(it->second, display_root + "/" + k_theme_config_file, local);
        for (auto& asset : config.assets) {
            const bool taken = std::any_of(theme.m_static.begin(), theme.m_static.end(),
                                           [&](const StaticFile& f) { return f.path == asset.to; });
            if (taken) {
                local.error(asset.pos, "TPL007", "Ressursen «" + asset.to + "» finnes også i static/ i temaet.",
                            "Gi ressursen en annen «to», eller fjern filen fra static/.");
                continue;
            }
            theme.m_assets.push_back(std::move(asset));
        }
        theme.m_newest_by = std::move(config.newest_by);
    }
    for (const auto required : k_required_templates) {
        if (theme.m_templates.count(required)) continue;
        local.error({display_root + "/templates", 0, 0}, "TPL001",
                    "Temaet «" + name + "» mangler malen «" + std::string(required) + ".mustache».",
                    "Legg til " + display_root + "/templates/" + std::string(required) + ".mustache.");
    }
    for (const auto& [t, text] : theme.m_templates) {
        check_syntax(theme.template_display_path(t), text, local);
        check_partials(theme.template_display_path(t), text, theme.m_partials, local);
    }
    for (const auto& [p, text] : theme.m_partials) {
        const std::string shown = display_root + "/partials/" + p + std::string(k_extension);
        check_syntax(shown, text, local);
        check_partials(shown, text, theme.m_partials, local);
    }
    const bool failed = local.has_errors();
    diagnostics.merge(local);
    if (failed) return std::nullopt;
    return theme;
}

std::optional<Theme> Theme::load(const std::string& themes_dir, const std::string& name,
                                 const std::string& display_dir, diag::Diagnostics& diagnostics) {
    const std::string display_root = display_dir + "/" + name;
    const fs::path root = fs::path(themes_dir) / name;
    std::error_code ec;
    if (name.empty() || !util::is_safe_relative_path(name) || !fs::is_directory(root, ec)) {
        diagnostics.error({display_root, 0, 0}, "TPL001", "Fant ikke temaet «" + name + "».",
                          "Sjekk «theme:» i stilas.yaml, eller legg temaet i mappen " + display_root + "/.");
        return std::nullopt;
    }
    std::map<std::string, std::string> files;
    bool unreadable = false;
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const std::string relative = it->path().lexically_relative(root).generic_string();
        const std::string shown = display_root + "/" + relative;
        if (it->is_symlink(ec)) {
            // Never follow links out of the theme (the symlink escapes other generators had).
            diagnostics.error({shown, 0, 0}, "TPL004", "«" + relative + "» i temaet er en symbolsk lenke.",
                              "Erstatt lenken med en vanlig fil eller mappe.");
            unreadable = true;
            continue;
        }
        if (!it->is_regular_file(ec)) continue;
        std::string bytes;
        if (!util::read_whole_file(it->path().string(), bytes)) {
            diagnostics.error({shown, 0, 0}, "TPL005", "Kunne ikke lese «" + relative + "» i temaet.",
                              "Sjekk at filen finnes og kan leses.");
            unreadable = true;
            continue;
        }
        files.emplace(relative, std::move(bytes));
    }
    if (ec) {
        diagnostics.error({display_root, 0, 0}, "TPL005", "Kunne ikke lese temamappen «" + display_root + "».",
                          "Sjekk at mappen finnes og kan leses.");
        return std::nullopt;
    }
    auto theme = from_files(name, display_root, files, diagnostics);
    if (unreadable || !theme) return std::nullopt;
    // Assets live outside the theme (node_modules, generated files): paths in theme.yaml are
    // relative to the folder that holds themes/, the repository root.
    fs::path themes = fs::absolute(fs::path(themes_dir), ec).lexically_normal();
    if (!themes.has_filename()) themes = themes.parent_path();  // "themes/"
    const fs::path repo_root = themes.parent_path();
    diag::Diagnostics local;
    auto assets = read_assets(theme->m_assets, repo_root, name, local);
    const bool failed = local.has_errors();
    diagnostics.merge(local);
    if (failed) return std::nullopt;
    for (auto& asset : assets) theme->m_static.push_back(std::move(asset));
    std::sort(theme->m_static.begin(), theme->m_static.end(),
              [](const StaticFile& a, const StaticFile& b) { return a.path < b.path; });
    return theme;
}

const std::string* Theme::find_template(std::string_view name) const {
    const auto it = m_templates.find(name);
    return it == m_templates.end() ? nullptr : &it->second;
}

std::string Theme::template_display_path(std::string_view name) const {
    return m_display_root + "/templates/" + std::string(name) + std::string(k_extension);
}

}  // namespace stilas::render
