#include "render/theme_assets.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include "util/paths.hpp"
#include "util/suggest.hpp"
#include "yaml/parse.hpp"

namespace stilas::render {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> k_top_keys = {"assets", "newest_by"};
const std::vector<std::string> k_asset_keys = {"from", "to"};

class ConfigReader {
public:
    ConfigReader(const std::string& path, diag::Diagnostics& diagnostics) : m_path(path), m_diagnostics(diagnostics) {}

    void error(const yaml::Node& at, std::string message, std::string hint) {
        m_diagnostics.error({m_path, at.line, at.col}, "TPL007", std::move(message), std::move(hint));
    }

    void unknown_key(const yaml::Node& key, const std::vector<std::string>& known, std::string_view where) {
        const auto close = util::closest_match(key.scalar, known);
        std::string allowed;
        for (const auto& k : known) allowed += (allowed.empty() ? "«" : ", «") + k + "»";
        error(key, "Ukjent nøkkel «" + key.scalar + "» " + std::string(where) + ".",
              close ? "Mente du «" + *close + "»?" : "Tillatt her: " + allowed + ".");
    }

    /// A scalar value that is a safe relative path, or "" after a diagnostic.
    std::string path_value(const yaml::Node& value, std::string_view key) {
        if (!value.is_scalar() || value.scalar.empty()) {
            error(value, "«" + std::string(key) + "» må være en sti.", "Skriv en relativ sti, for eksempel css/tema.css.");
            return {};
        }
        if (!util::is_safe_relative_path(value.scalar)) {
            error(value, "Stien «" + value.scalar + "» må være relativ og holde seg inne i depotet.",
                  "Fjern «..», «/» først og tomme ledd i stien.");
            return {};
        }
        return value.scalar;
    }

    std::optional<AssetSpec> asset(const yaml::Node& item) {
        if (!item.is_mapping()) {
            error(item, "Hver ressurs i «assets» må ha «from» og «to».", "Skriv for eksempel «- {from: node_modules/x.css, to: css/x.css}».");
            return std::nullopt;
        }
        AssetSpec spec;
        for (const auto& [key, value] : item.entries) {
            if (key.scalar == "from") {
                spec.from = path_value(value, "from");
                spec.pos = {m_path, value.line, value.col};
            } else if (key.scalar == "to") {
                spec.to = path_value(value, "to");
            } else {
                unknown_key(key, k_asset_keys, "i en ressurs");
            }
        }
        for (const char* key : {"from", "to"})
            if (!item.find(key)) error(item, "Ressursen mangler «" + std::string(key) + "».", "Hver ressurs trenger både «from» og «to».");
        if (spec.from.empty() || spec.to.empty()) return std::nullopt;
        return spec;
    }

    void assets(const yaml::Node& list, ThemeConfig& out) {
        if (!list.is_sequence()) {
            error(list, "«assets» må være en liste.", "Skriv én ressurs per linje: «- {from: …, to: …}».");
            return;
        }
        std::set<std::string> targets;
        for (const auto& item : list.items) {
            auto spec = asset(item);
            if (!spec) continue;
            if (!targets.insert(spec->to).second) {
                error(*item.find("to"), "To ressurser skal publiseres som «" + spec->to + "».", "Gi hver ressurs sin egen «to».");
                continue;
            }
            out.assets.push_back(std::move(*spec));
        }
    }

    void newest_by(const yaml::Node& map, ThemeConfig& out) {
        if (!map.is_mapping()) {
            error(map, "«newest_by» må være en tabell fra type til felt.", "Skriv for eksempel «newest_by: {rapporter: ar}».");
            return;
        }
        for (const auto& [key, value] : map.entries) {
            if (!value.is_scalar() || value.scalar.empty()) {
                error(value, "Typen «" + key.scalar + "» må ha ett feltnavn.", "Skriv for eksempel «rapporter: ar».");
                continue;
            }
            out.newest_by.push_back({key.scalar, value.scalar, {m_path, value.line, value.col}});
        }
    }

private:
    const std::string& m_path;
    diag::Diagnostics& m_diagnostics;
};


/// The first component of `relative` below `root` that is a symbolic link ("" for none), and
/// whether the whole path exists.
std::string first_link(const fs::path& root, const std::string& relative, bool& exists) {
    fs::path walk = root;
    std::string shown;
    exists = true;
    for (const auto& part : fs::path(relative)) {
        walk /= part;
        shown += (shown.empty() ? "" : "/") + part.string();
        std::error_code ec;
        const auto status = fs::symlink_status(walk, ec);
        if (ec || !fs::exists(status)) {
            exists = false;
            return {};
        }
        if (fs::is_symlink(status)) return shown;
    }
    return {};
}

bool inside(const fs::path& root, const fs::path& path) {
    std::error_code ec;
    const fs::path r = fs::canonical(root, ec);
    if (ec) return false;
    const fs::path p = fs::canonical(path, ec);
    if (ec) return false;
    const auto rel = p.lexically_relative(r);
    return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

ThemeConfig parse_theme_config(const std::string& text, const std::string& display_path,
                               diag::Diagnostics& diagnostics) {
    ThemeConfig out;
    const auto root = yaml::parse(text, {display_path, 1}, diagnostics);
    if (!root || root->is_null()) return out;
    ConfigReader reader(display_path, diagnostics);
    if (!root->is_mapping()) {
        reader.error(*root, "theme.yaml må være en tabell med nøklene «assets» og «newest_by».", "Se themes/kulturskole/theme.yaml for et eksempel.");
        return out;
    }
    for (const auto& [key, value] : root->entries) {
        if (key.scalar == "assets")
            reader.assets(value, out);
        else if (key.scalar == "newest_by")
            reader.newest_by(value, out);
        else
            reader.unknown_key(key, k_top_keys, "i theme.yaml");
    }
    return out;
}

std::vector<StaticFile> read_assets(const std::vector<AssetSpec>& assets, const fs::path& repo_root,
                                    const std::string& theme_name, diag::Diagnostics& diagnostics) {
    std::vector<StaticFile> out;
    for (const auto& asset : assets) {
        bool exists = false;
        const std::string link = first_link(repo_root, asset.from, exists);
        if (!link.empty()) {
            diagnostics.error(asset.pos, "TPL004", "«" + link + "», som temaet henter «" + asset.from + "» gjennom, er en symbolsk lenke.",
                              "Temaet leser bare vanlige filer inne i depotet. Installer pakkene på nytt med scripts/setup.sh.");
            continue;
        }
        if (!exists) {
            diagnostics.error(asset.pos, "TPL008",
                              "Fant ikke «" + asset.from + "», som temaet «" + theme_name + "» trenger.",
                              "Kjør scripts/setup.sh: den installerer npm-pakkene og lager temafilene. Bygg så på nytt.");
            continue;
        }
        const fs::path full = repo_root / asset.from;
        std::error_code ec;
        std::string bytes;
        if (!fs::is_regular_file(full, ec) || !inside(repo_root, full) || !util::read_whole_file(full.string(), bytes)) {
            diagnostics.error(asset.pos, "TPL005", "Kunne ikke lese «" + asset.from + "» som en fil inne i depotet.",
                              "Sjekk at stien peker på en vanlig fil som kan leses.");
            continue;
        }
        out.push_back({asset.to, std::move(bytes)});
    }
    return out;
}

}  // namespace stilas::render
