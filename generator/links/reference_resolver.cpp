#include "links/reference_resolver.hpp"

#include <algorithm>

#include "util/strings.hpp"
#include "util/suggest.hpp"

namespace stilas::links {

namespace {
bool allowed(const content::Reference& r, const std::string& type) {
    const std::vector<std::string>& types = r.allowed_types();
    return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
}

std::string allowed_list(const content::Reference& r) {
    std::vector<std::string> quoted;
    for (const auto& t : r.allowed_types()) quoted.push_back("«" + t + "»");
    return util::join(quoted, " eller ");
}
}  // namespace

std::optional<size_t> resolve_reference(const content::Reference& reference, const std::string& path,
                                        const PageIndex& index, const std::vector<content::Document>& pages,
                                        diag::Diagnostics& diagnostics) {
    const auto [type_part, slug_part] = split_slug_name(reference.target);
    const std::string type(type_part), slug(slug_part);
    const auto candidates = index.by_slug(slug);
    std::vector<size_t> fitting;
    for (const PageIndex::SlugEntry& c : candidates) {
        const std::string& page_type = index.type_name(c.type);
        if ((type.empty() || page_type == type) && allowed(reference, page_type)) fitting.push_back(c.page);
    }
    if (fitting.size() == 1) return fitting.front();
    if (fitting.size() > 1) {
        diagnostics.error(reference.pos.in(path), "REF003",
                          "«" + slug + "» finnes i flere typer (" + pages[fitting[0]].type + ", " +
                              pages[fitting[1]].type + ").",
                          "Skriv «" + pages[fitting[0]].type + "/" + slug + "» for å velge én.");
        return std::nullopt;
    }
    for (const PageIndex::SlugEntry& c : candidates) {
        const size_t i = c.page;
        if (type.empty() || pages[i].type == type) {
            diagnostics.error(reference.pos.in(path), "REF002",
                              "«" + reference.target + "» er en side av typen «" + pages[i].type + "», men feltet «" +
                                  *reference.field + "» skal peke på " + allowed_list(reference) + ".",
                              "Velg en side av riktig type.");
            return std::nullopt;
        }
    }
    const std::vector<std::string>& types = reference.allowed_types();
    std::vector<std::string> near;
    for (const auto& t : types)
        for (auto& s : index.slugs_of_type(t)) near.push_back(s);
    if (types.empty()) near = index.all_slugs();
    std::string where = types.empty() ? "" : " blant " + util::join(types, ", ");
    std::string hint;
    if (auto m = util::closest_match(slug, near)) hint = "Mente du «" + *m + "»?";
    diagnostics.error(reference.pos.in(path), "REF001", "Fant ingen side «" + reference.target + "»" + where + ".",
                      hint);
    return std::nullopt;
}

void prefetch_reference(const content::Reference& reference, const PageIndex& index) {
    index.prefetch(PageIndex::Table::slug, util::StringIndex::hash_of(split_slug_name(reference.target).second));
}

}  // namespace stilas::links
