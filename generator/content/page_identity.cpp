#include "content/page_identity.hpp"

#include "content/parse.hpp"
#include "util/paths.hpp"
#include "util/slug.hpp"
#include "util/strings.hpp"
#include "util/suggest.hpp"

namespace stilas::content {

namespace {

constexpr std::string_view k_index_file = "_index.md";

bool is_index_name(std::string_view name, const config::SiteConfig& config) {
    return name == k_index_file || (!config.typed && name == "index.md");
}

std::optional<std::string> slug_of(std::string_view name, const std::string& display_path,
                                   diag::Diagnostics& diagnostics) {
    std::string slug = util::slugify(name);
    if (!slug.empty()) return slug;
    diagnostics.error({display_path, 0, 0}, "TYPE003",
                      "Navnet «" + std::string(name) + "» gir en tom adresse: det har ingen bokstaver eller tall.",
                      "Gi det et navn med bokstaver eller tall, f.eks. «min-side».");
    return std::nullopt;
}

void report_unknown_type(const std::string& folder, const config::SiteConfig& config,
                         const std::string& display_path, diag::Diagnostics& diagnostics) {
    std::vector<std::string> names;
    for (const auto& type : config.types) names.push_back(type.name);
    std::string hint;
    if (auto close = util::closest_match(folder, names)) hint = "Mente du «" + *close + "»?";
    else if (!names.empty()) hint = "Typene er: " + util::join(names, ", ") + ".";
    else hint = "Lag typen i _typer/" + folder + ".yaml, eller flytt filen.";
    diagnostics.error({display_path, 0, 0}, "TYPE001", "Mappen «" + folder + "» er ikke en innholdstype.", hint);
}

std::optional<PageIdentity> typed_identity(const std::vector<std::string_view>& parts,
                                           const config::SiteConfig& config, const std::string& display_path,
                                           diag::Diagnostics& diagnostics) {
    std::string_view name = parts.back();
    if (parts.size() == 1) {
        if (name == k_index_file) return PageIdentity{PageKind::home, "", "", "/"};
        auto slug = slug_of(util::stem(name), display_path, diagnostics);
        if (!slug) return std::nullopt;
        return PageIdentity{PageKind::regular, "", *slug, "/" + *slug + "/"};
    }
    std::string folder(parts.front());
    if (parts.size() > 2) {
        diagnostics.error({display_path, 0, 0}, "TYPE002",
                          "Filen ligger for dypt: en side ligger rett i mappen til typen sin.",
                          "Flytt den til «" + folder + "/" + std::string(name) + "».");
        return std::nullopt;
    }
    if (!config.find_type(folder)) {
        report_unknown_type(folder, config, display_path, diagnostics);
        return std::nullopt;
    }
    if (name == k_index_file) return PageIdentity{PageKind::section_index, folder, "", "/" + folder + "/"};
    auto slug = slug_of(util::stem(name), display_path, diagnostics);
    if (!slug) return std::nullopt;
    return PageIdentity{PageKind::regular, folder, *slug, "/" + folder + "/" + *slug + "/"};
}

std::optional<PageIdentity> generic_identity(const std::vector<std::string_view>& parts,
                                             const config::SiteConfig& config, const std::string& display_path,
                                             diag::Diagnostics& diagnostics) {
    std::string url = "/";
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        auto slug = slug_of(parts[i], display_path, diagnostics);
        if (!slug) return std::nullopt;
        url += *slug + "/";
    }
    std::string type = parts.size() > 1 ? std::string(parts.front()) : std::string();
    if (is_index_name(parts.back(), config))
        return PageIdentity{parts.size() == 1 ? PageKind::home : PageKind::section_index, type, "", url};
    auto slug = slug_of(util::stem(parts.back()), display_path, diagnostics);
    if (!slug) return std::nullopt;
    return PageIdentity{PageKind::regular, type, *slug, url + *slug + "/"};
}

}  // namespace

bool is_page_path(const std::string& path) {
    if (!path.ends_with(".md")) return false;
    auto parts = util::split(path, '/');
    for (size_t i = 0; i < parts.size(); ++i) {
        std::string_view part = parts[i];
        if (part.empty()) return false;
        bool last = i + 1 == parts.size();
        if (last && part == k_index_file) return true;
        if (util::is_private_name(part)) return false;
    }
    return true;
}

std::optional<PageIdentity> derive_identity(const std::string& path, const config::SiteConfig& config,
                                            const std::string& display_path, diag::Diagnostics& diagnostics) {
    auto parts = util::split(path, '/');
    if (config.typed) return typed_identity(parts, config, display_path, diagnostics);
    return generic_identity(parts, config, display_path, diagnostics);
}

}  // namespace stilas::content
