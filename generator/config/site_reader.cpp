#include "config/site_reader.hpp"

#include <algorithm>
#include <cctype>

#include "config/name_checks.hpp"
#include "util/strings.hpp"
#include "util/suggest.hpp"

namespace stilas::config {
namespace {

const std::vector<std::string> k_site_keys{
    "title",     "description", "base_url", "language",  "theme", "accessibility_statement",
    "edit_link", "contact",     "menu",     "taxonomies", "feed", "calendar"};
const std::vector<std::string> k_site_required{"title", "base_url", "language", "theme"};
const std::vector<std::string> k_taxonomy_keys{"title", "singular", "description", "terms"};
const std::vector<std::string> k_term_keys{"title", "description"};
const std::vector<std::string> k_feed_keys{"type", "title", "path"};
const std::vector<std::string> k_calendar_keys{"type", "title", "path", "start", "end", "location"};

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

// A file below the site root: segments of letters, digits, '.', '_' and '-', none of them "." or
// "..", ending with `extension`. Nothing else can be written safely on every web server.
bool is_output_path(std::string_view path, std::string_view extension) {
    if (!path.ends_with(extension) || path.size() == extension.size()) return false;
    size_t start = 0;
    while (start <= path.size()) {
        size_t slash = std::min(path.find('/', start), path.size());
        std::string_view segment = path.substr(start, slash - start);
        if (segment.empty() || segment == "." || segment == "..") return false;
        for (char c : segment)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-') return false;
        start = slash + 1;
    }
    return path != "sitemap.xml";
}

// The mapping under `key` (feed, calendar) with its keys checked, or nullptr when absent or wrong.
const yaml::Node* output_mapping(const yaml::Node& root, std::string_view key, const std::vector<std::string>& allowed,
                                 const std::vector<std::string>& required, const ValueReader& reader) {
    for (const auto& [name, value] : root.entries) {
        if (name.scalar != key) continue;
        if (value.is_null() || !reader.expect_mapping(value, key)) return nullptr;
        reader.check_keys(value, allowed, quoted(key));
        reader.check_required(value, required, quoted(key), reader.pos(name));
        return &value;
    }
    return nullptr;
}

// The `type` of an output; false (CFG005) when no such type is declared.
bool read_output_type(const yaml::Node& map, const std::vector<std::string>& type_names, const ValueReader& reader,
                      std::string& type, diag::SourcePos& pos) {
    auto name = reader.text(map, "type");
    if (!name) return false;
    if (std::find(type_names.begin(), type_names.end(), name->text) == type_names.end()) {
        reader.diagnostics().error(name->pos, "CFG005", "Innholdstypen " + quoted(name->text) + " finnes ikke.",
                                   suggestion(name->text, type_names, "Innholdstypene er: "));
        return false;
    }
    type = name->text;
    pos = name->pos;
    return true;
}

// `path` of an output, or `fallback` when absent; CFG031 when it is not a safe file name.
std::string read_output_path(const yaml::Node& map, const std::string& fallback, std::string_view extension,
                             const ValueReader& reader) {
    auto path = reader.text(map, "path");
    if (!path) return fallback;
    if (is_output_path(path->text, extension)) return path->text;
    reader.diagnostics().error(path->pos, "CFG031",
                               quoted(path->text) + " kan ikke brukes som filnavn i nettstedet.",
                               "Skriv en sti uten «/» foran, med bokstavene a–z, tall, «-», «_» og «.», som slutter "
                               "på «" + std::string(extension) + "», f.eks. " + quoted(fallback) + ".");
    return fallback;
}

void read_feed(const yaml::Node& root, const std::vector<std::string>& type_names, const ValueReader& reader,
               SiteConfig& config) {
    const yaml::Node* map = output_mapping(root, "feed", k_feed_keys, {"type"}, reader);
    FeedConfig feed;
    if (!map || !read_output_type(*map, type_names, reader, feed.type, feed.type_pos)) return;
    reader.read_text(*map, "title", feed.title);
    feed.path = read_output_path(*map, feed.type + "/atom.xml", ".xml", reader);
    config.feed = std::move(feed);
}

void read_field_name(const yaml::Node& map, std::string_view key, const ValueReader& reader, std::string& name,
                     diag::SourcePos& pos) {
    if (auto text = reader.text(map, key)) {
        name = std::move(text->text);
        pos = text->pos;
    }
}

void read_calendar(const yaml::Node& root, const std::vector<std::string>& type_names, const ValueReader& reader,
                   SiteConfig& config) {
    const yaml::Node* map = output_mapping(root, "calendar", k_calendar_keys, {"type", "start"}, reader);
    CalendarConfig calendar;
    if (!map || !read_output_type(*map, type_names, reader, calendar.type, calendar.type_pos)) return;
    reader.read_text(*map, "title", calendar.title);
    calendar.path = read_output_path(*map, calendar.type + "/kalender.ics", ".ics", reader);
    read_field_name(*map, "start", reader, calendar.start, calendar.start_pos);
    read_field_name(*map, "end", reader, calendar.end, calendar.end_pos);
    read_field_name(*map, "location", reader, calendar.location, calendar.location_pos);
    if (!calendar.start.empty()) config.calendar = std::move(calendar);
}

std::string kinds_text(const std::vector<FieldKind>& kinds) {
    std::string out;
    for (size_t i = 0; i < kinds.size(); ++i) {
        if (i > 0) out += i + 1 == kinds.size() ? " eller " : ", ";
        out += quoted(kind_name(kinds[i]));
    }
    return out;
}

// True when `type` has a field `name` of one of `kinds`; CFG030 at `pos` otherwise.
bool check_field(const TypeSchema& type, const std::string& name, const diag::SourcePos& pos, std::string_view key,
                 const std::vector<FieldKind>& kinds, diag::Diagnostics& diagnostics) {
    std::vector<std::string> fitting;
    for (const FieldSchema& field : type.fields)
        if (std::find(kinds.begin(), kinds.end(), field.kind) != kinds.end()) fitting.push_back(field.name);
    const std::string hint = fitting.empty() ? "Innholdstypen " + quoted(type.name) + " har ingen felt av felttypen " +
                                                   kinds_text(kinds) + "."
                                             : "Felt som passer: " + util::join(fitting, ", ") + ".";
    const FieldSchema* field = type.find(name);
    if (!field) {
        auto close = util::closest_match(name, fitting);
        diagnostics.error(pos, "CFG030",
                          "Feltet " + quoted(name) + " finnes ikke i innholdstypen " + quoted(type.name) + ".",
                          close ? "Mente du " + quoted(*close) + "?" : hint);
        return false;
    }
    if (std::find(kinds.begin(), kinds.end(), field->kind) != kinds.end()) return true;
    diagnostics.error(pos, "CFG030",
                      "Feltet " + quoted(name) + " i innholdstypen " + quoted(type.name) + " er av felttypen " +
                          quoted(kind_name(field->kind)) + ", men " + quoted(key) + " må være et felt av felttypen " +
                          kinds_text(kinds) + ".",
                      hint);
    return false;
}

void check_calendar(SiteConfig& config, diag::Diagnostics& diagnostics) {
    CalendarConfig& calendar = *config.calendar;
    const TypeSchema* type = config.find_type(calendar.type);
    if (!type) return;
    if (calendar.title.empty()) calendar.title = type->title;
    const std::vector<FieldKind> dates{FieldKind::date, FieldKind::datetime};
    bool ok = check_field(*type, calendar.start, calendar.start_pos, "start", dates, diagnostics);
    if (!calendar.end.empty())
        ok = check_field(*type, calendar.end, calendar.end_pos, "end", dates, diagnostics) && ok;
    if (!calendar.location.empty())
        ok = check_field(*type, calendar.location, calendar.location_pos, "location", {FieldKind::text}, diagnostics) &&
             ok;
    if (!ok) config.calendar.reset();
}

}  // namespace

void check_outputs(SiteConfig& config, diag::Diagnostics& diagnostics) {
    if (config.feed)
        if (const TypeSchema* type = config.find_type(config.feed->type); type && config.feed->title.empty())
            config.feed->title = type->title;
    if (config.calendar) check_calendar(config, diagnostics);
}

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
    read_feed(root, type_names, reader, config);
    read_calendar(root, type_names, reader, config);
}

}  // namespace stilas::config
