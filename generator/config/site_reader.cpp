#include "config/site_reader.hpp"

#include <algorithm>

#include "config/name_checks.hpp"

namespace stilas::config {
namespace {

const std::vector<std::string> k_site_keys{
    "title",     "description", "base_url", "language",  "theme", "accessibility_statement",
    "edit_link", "contact",     "menu",     "taxonomies"};
const std::vector<std::string> k_site_required{"title", "base_url", "language", "theme"};
const std::vector<std::string> k_taxonomy_keys{"title", "singular", "description", "terms"};
const std::vector<std::string> k_term_keys{"title", "description"};

std::string quoted(std::string_view s) { return "«" + std::string(s) + "»"; }

void read_base_url(const yaml::Node& root, const ValueReader& reader, SiteConfig& config) {
    auto url = reader.text(root, "base_url");
    if (!url) return;
    config.base_url = url->text;
    if (!config.base_url.starts_with("https://") && !config.base_url.starts_with("http://"))
        reader.diagnostics().error(url->pos, "CFG014",
                                   "«base_url» må være en full adresse, ikke " + quoted(url->text) + ".",
                                   "Skriv adressen med «https://» foran, f.eks. «https://kulturskole.example.no/».");
    if (!config.base_url.ends_with('/')) config.base_url += '/';
}

void read_language(const yaml::Node& root, const ValueReader& reader, SiteConfig& config) {
    auto language = reader.text(root, "language");
    if (!language) return;
    if (language->text == "nb" || language->text == "nn") {
        config.language = language->text;
        return;
    }
    reader.diagnostics().error(language->pos, "CFG009", "Språket " + quoted(language->text) + " støttes ikke.",
                               "Skriv «nb» (bokmål) eller «nn» (nynorsk).");
}

void read_theme(const yaml::Node& root, const ValueReader& reader, SiteConfig& config) {
    auto theme = reader.text(root, "theme");
    // The theme names a folder under themes/: a slug can never climb out of it.
    if (theme && check_slug(theme->text, theme->pos, "Temanavnet", reader)) config.theme = theme->text;
}

Term read_term(const yaml::Node& key, const yaml::Node& value, const ValueReader& reader) {
    Term term;
    term.key = key.scalar;
    check_slug(term.key, reader.pos(key), "Termnøkkelen", reader);
    if (!reader.expect_mapping(value, term.key)) return term;
    std::string where = "termen " + quoted(term.key);
    reader.check_keys(value, k_term_keys, where);
    reader.check_required(value, {"title"}, where, reader.pos(key));
    reader.read_text(value, "title", term.title);
    reader.read_text(value, "description", term.description);
    return term;
}

Taxonomy read_taxonomy(const yaml::Node& key, const yaml::Node& value, const std::vector<std::string>& type_names,
                       const ValueReader& reader) {
    Taxonomy taxonomy;
    taxonomy.name = key.scalar;
    check_slug(taxonomy.name, reader.pos(key), "Taksonominavnet", reader);
    if (std::find(type_names.begin(), type_names.end(), taxonomy.name) != type_names.end())
        reader.diagnostics().error(reader.pos(key), "CFG013",
                                   quoted(taxonomy.name) +
                                       " er både en taksonomi og en innholdstype, og de ville fått "
                                       "samme adresse.",
                                   "Gi taksonomien et annet navn.");
    if (!reader.expect_mapping(value, taxonomy.name)) return taxonomy;
    std::string where = "taksonomien " + quoted(taxonomy.name);
    reader.check_keys(value, k_taxonomy_keys, where);
    reader.check_required(value, {"title"}, where, reader.pos(key));
    reader.read_labels(value, taxonomy.title, taxonomy.singular, taxonomy.description);
    const yaml::Node* terms = value.find("terms");
    if (terms && !terms->is_null() && reader.expect_mapping(*terms, "terms"))
        for (const auto& [term_key, term_value] : terms->entries)
            taxonomy.terms.push_back(read_term(term_key, term_value, reader));
    return taxonomy;
}

void read_taxonomies(const yaml::Node& root, const std::vector<std::string>& type_names, const ValueReader& reader,
                     SiteConfig& config) {
    const yaml::Node* taxonomies = root.find("taxonomies");
    if (!taxonomies || taxonomies->is_null() || !reader.expect_mapping(*taxonomies, "taxonomies")) return;
    for (const auto& [key, value] : taxonomies->entries)
        config.taxonomies.push_back(read_taxonomy(key, value, type_names, reader));
}

void read_menu(const yaml::Node& root, const std::vector<std::string>& type_names, const ValueReader& reader,
               SiteConfig& config) {
    std::vector<std::string> known = type_names;
    for (const Taxonomy& taxonomy : config.taxonomies) known.push_back(taxonomy.name);
    for (PositionedText& entry : reader.text_list(root, "menu", ListForm::list_only)) {
        if (std::find(known.begin(), known.end(), entry.text) == known.end()) {
            reader.diagnostics().error(entry.pos, "CFG010",
                                       quoted(entry.text) + " i menyen er verken en innholdstype eller en taksonomi.",
                                       suggestion(entry.text, known, "Disse finnes: "));
            continue;
        }
        config.menu.push_back(std::move(entry.text));
    }
}

}  // namespace

void read_site(const yaml::Node& root, const std::vector<std::string>& type_names, const ValueReader& reader,
               SiteConfig& config) {
    if (!reader.expect_root_mapping(root, k_site_config_file)) return;
    reader.check_keys(root, k_site_keys, k_site_config_file);
    reader.check_required(root, k_site_required, k_site_config_file, reader.pos(root));
    reader.read_text(root, "title", config.title);
    reader.read_text(root, "description", config.description);
    read_base_url(root, reader, config);
    read_language(root, reader, config);
    read_theme(root, reader, config);
    reader.read_text(root, "accessibility_statement", config.accessibility_statement);
    reader.read_text(root, "edit_link", config.edit_link);
    reader.read_text(root, "contact", config.contact);
    read_taxonomies(root, type_names, reader, config);
    read_menu(root, type_names, reader, config);
}

}  // namespace stilas::config
