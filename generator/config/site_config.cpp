#include "config/site_config.hpp"

#include <algorithm>

#include "config/name_checks.hpp"
#include "config/site_reader.hpp"
#include "config/type_schema_reader.hpp"
#include "util/paths.hpp"
#include "yaml/parse.hpp"

namespace stilas::config {
namespace {

struct TypeFile {
    std::string name;
    const source::SourceFile* file;
};

// Only files directly in _typer/ are schemas; a .yml there is almost certainly meant as one.
std::vector<TypeFile> find_type_files(const std::vector<source::SourceFile>& files, const std::string& display_prefix,
                                      diag::Diagnostics& diagnostics) {
    std::vector<TypeFile> found;
    for (const auto& file : files) {
        if (util::parent_path(file.path) != k_types_folder) continue;
        std::string_view name = util::file_name(file.path);
        std::string stem(util::stem(file.path));
        if (name.ends_with(".yaml"))
            found.push_back({stem, &file});
        else if (name.ends_with(".yml"))
            diagnostics.warning({display_prefix + file.path}, "CFG015",
                                "Filen blir ikke lest: typefiler må slutte på «.yaml».",
                                "Gi filen navnet «" + stem + ".yaml».");
    }
    std::sort(found.begin(), found.end(), [](const TypeFile& a, const TypeFile& b) { return a.name < b.name; });
    return found;
}

std::vector<TypeFile> keep_slug_names(std::vector<TypeFile> type_files, const std::string& display_prefix,
                                      diag::Diagnostics& diagnostics) {
    std::vector<TypeFile> kept;
    for (TypeFile& t : type_files) {
        ValueReader reader(display_prefix + t.file->path, diagnostics);
        if (check_slug(t.name, {reader.path()}, "Typenavnet", reader, "Gi filen navnet «{}.yaml»."))
            kept.push_back(std::move(t));
    }
    return kept;
}

SiteConfig generic_config(const std::vector<TypeFile>& type_files, const std::string& display_prefix,
                          diag::Diagnostics& diagnostics) {
    SiteConfig config;
    config.base_url = "/";
    if (!type_files.empty())
        diagnostics.warning({display_prefix + type_files.front().file->path}, "CFG016",
                            "Typene i «_typer/» brukes ikke fordi «stilas.yaml» mangler.",
                            "Legg til «stilas.yaml» for å slå på typene.");
    return config;
}

TypeSchema load_type(const TypeFile& t, const SchemaContext& context, const std::string& display_prefix,
                     diag::Diagnostics& diagnostics) {
    ValueReader reader(display_prefix + t.file->path, diagnostics);
    if (auto root = yaml::parse(t.file->bytes, {reader.path(), 1}, diagnostics))
        return read_type_schema(t.name, *root, context, reader);
    TypeSchema broken;  // still a type, so its pages are not reported as typeless
    broken.name = t.name;
    broken.title = broken.singular = t.name;
    broken.pos = {reader.path()};
    return broken;
}

}  // namespace

const TypeSchema* SiteConfig::find_type(std::string_view name) const {
    auto it = std::find_if(types.begin(), types.end(), [&](const TypeSchema& t) { return t.name == name; });
    return it == types.end() ? nullptr : &*it;
}

const Taxonomy* SiteConfig::find_taxonomy(std::string_view name) const {
    auto it = std::find_if(taxonomies.begin(), taxonomies.end(), [&](const Taxonomy& t) { return t.name == name; });
    return it == taxonomies.end() ? nullptr : &*it;
}

SiteConfig load_site_config(const std::vector<source::SourceFile>& files, const std::string& display_prefix,
                            diag::Diagnostics& diagnostics) {
    std::vector<TypeFile> type_files = find_type_files(files, display_prefix, diagnostics);
    auto site_file = std::find_if(files.begin(), files.end(),
                                  [](const source::SourceFile& f) { return f.path == k_site_config_file; });
    if (site_file == files.end()) return generic_config(type_files, display_prefix, diagnostics);

    SiteConfig config;
    config.typed = true;
    type_files = keep_slug_names(std::move(type_files), display_prefix, diagnostics);
    std::vector<std::string> type_names;
    for (const TypeFile& t : type_files) type_names.push_back(t.name);

    ValueReader reader(display_prefix + site_file->path, diagnostics);
    if (auto root = yaml::parse(site_file->bytes, {reader.path(), 1}, diagnostics))
        read_site(*root, type_names, reader, config);
    if (config.base_url.empty()) config.base_url = "/";

    SchemaContext context{type_names, config.taxonomies};
    for (const TypeFile& t : type_files) config.types.push_back(load_type(t, context, display_prefix, diagnostics));
    check_outputs(config, diagnostics);
    return config;
}

}  // namespace stilas::config
