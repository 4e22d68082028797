#include "render/site_model.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace stilas::render {

SiteModel::SiteModel(const RenderInput& input) : m_input(input), m_collator("nb") {
    std::vector<std::string> keys(input.pages.size());
    for (size_t i = 0; i < input.pages.size(); ++i) {
        if (input.pages[i].kind != content::PageKind::regular) continue;
        keys[i] = m_collator.sort_key(input.pages[i].title);
        m_listing_order.push_back(i);
    }
    std::sort(m_listing_order.begin(), m_listing_order.end(), [&](size_t a, size_t b) {
        const auto& pa = input.pages[a];
        const auto& pb = input.pages[b];
        return std::tie(pa.weight, keys[a], pa.url) < std::tie(pb.weight, keys[b], pb.url);
    });
    if (input.config.typed) {
        for (const auto& type : input.config.types) m_sections.push_back(type.name);
        std::sort(m_sections.begin(), m_sections.end());
    } else {
        std::set<std::string> folders;
        for (const auto& page : input.pages)
            if (!page.type.empty()) folders.insert(page.type);
        m_sections.assign(folders.begin(), folders.end());
    }
}

const config::TypeSchema* SiteModel::find_type(std::string_view name) const {
    for (const auto& type : config().types)
        if (type.name == name) return &type;
    return nullptr;
}

const config::Taxonomy* SiteModel::find_taxonomy(std::string_view name) const {
    for (const auto& taxonomy : config().taxonomies)
        if (taxonomy.name == name) return &taxonomy;
    return nullptr;
}

const config::Term* SiteModel::find_term(std::string_view taxonomy, std::string_view term) const {
    const config::Taxonomy* tax = find_taxonomy(taxonomy);
    if (!tax) return nullptr;
    for (const auto& t : tax->terms)
        if (t.key == term) return &t;
    return nullptr;
}

std::vector<size_t> SiteModel::pages_in_section(std::string_view section) const {
    std::vector<size_t> out;
    for (size_t i : m_listing_order)
        if (page(i).type == section) out.push_back(i);
    return out;
}

std::vector<size_t> SiteModel::pages_with_term(std::string_view taxonomy, std::string_view term) const {
    std::vector<size_t> out;
    for (size_t i : m_listing_order)
        for (const auto& use : page(i).terms)
            if (use.taxonomy == taxonomy && use.term == term) {
                out.push_back(i);
                break;
            }
    return out;
}

std::string SiteModel::section_title(std::string_view section) const {
    if (const auto* type = find_type(section); type && !type->title.empty()) return type->title;
    if (const auto index = section_index(section); index && !page(*index).title.empty()) return page(*index).title;
    return std::string(section);
}

std::string SiteModel::type_label(std::string_view type) const {
    const auto* schema = find_type(type);
    return schema ? schema->singular : std::string();
}

std::optional<size_t> SiteModel::home_page() const {
    for (size_t i = 0; i < page_count(); ++i)
        if (page(i).kind == content::PageKind::home) return i;
    return std::nullopt;
}

std::optional<size_t> SiteModel::section_index(std::string_view section) const {
    for (size_t i = 0; i < page_count(); ++i)
        if (page(i).kind == content::PageKind::section_index && page(i).type == section) return i;
    return std::nullopt;
}

std::string SiteModel::lang(size_t i) const {
    return page(i).lang.empty() ? config().language : page(i).lang;
}

std::optional<size_t> SiteModel::resolve(std::string_view target, const std::vector<std::string>& allowed) const {
    std::string_view type, slug = target;
    if (const size_t slash = target.find('/'); slash != std::string_view::npos) {
        type = target.substr(0, slash);
        slug = target.substr(slash + 1);
    }
    for (size_t i : m_listing_order) {
        const auto& p = page(i);
        if (p.slug != slug || (!type.empty() && p.type != type)) continue;
        if (allowed.empty() || std::find(allowed.begin(), allowed.end(), p.type) != allowed.end()) return i;
    }
    return std::nullopt;
}

}  // namespace stilas::render
