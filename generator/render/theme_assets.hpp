// theme.yaml: the optional theme config (external assets, newest_by) parsed and checked, and the
// external assets read from the repository, refusing links and paths that would leave it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "render/theme.hpp"

namespace stilas::render {

/// The theme config file, directly in the theme folder.
inline constexpr const char* k_theme_config_file = "theme.yaml";

/// What theme.yaml declares.
struct ThemeConfig {
    std::vector<AssetSpec> assets;
    std::vector<NewestBy> newest_by;
};

/// Parses theme.yaml (shown as `display_path`). YAML errors give YAML0xx; wrong content gives
/// TPL007 at its position: an unknown key, an entry without `from`/`to`, a path that is not
/// relative or climbs out with "..", two assets published at the same `to`.
ThemeConfig parse_theme_config(const std::string& text, const std::string& display_path,
                               diag::Diagnostics& diagnostics);

/// Reads every asset from `repo_root / from`, at the asset's position on failure: missing
/// (TPL008, with "run scripts/setup.sh"), a symbolic link anywhere below `repo_root` (TPL004),
/// not a regular file or unreadable (TPL005). Returns the assets that could be read.
std::vector<StaticFile> read_assets(const std::vector<AssetSpec>& assets, const std::filesystem::path& repo_root,
                                    const std::string& theme_name, diag::Diagnostics& diagnostics);

}  // namespace stilas::render
