// Test fixture for content/: a hand-built typed site config and a parse helper.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/parse.hpp"
#include "diag/diagnostics.hpp"
#include "util/strings.hpp"

namespace stilas::content::testing {

inline config::FieldSchema field(std::string name, config::FieldKind kind, std::string label = {}) {
    config::FieldSchema f;
    f.name = std::move(name);
    f.kind = kind;
    f.label = label.empty() ? f.name : std::move(label);
    return f;
}

inline config::FieldSchema with_to(config::FieldSchema f, std::vector<std::string> to, std::string backlink = {}) {
    f.to = std::move(to);
    f.backlink = std::move(backlink);
    return f;
}

inline config::FieldSchema with_taxonomy(config::FieldSchema f, std::string taxonomy) {
    f.taxonomy = std::move(taxonomy);
    return f;
}

inline config::FieldSchema required(config::FieldSchema f) {
    f.required = true;
    return f;
}

/// Types verktoy (every kind), metoder and rapporter; taxonomies faser and temaer.
inline config::SiteConfig make_typed_config() {
    using K = config::FieldKind;
    config::SiteConfig site;
    site.typed = true;
    site.title = "Fremtidens kulturskole";

    config::TypeSchema verktoy;
    verktoy.name = "verktoy";
    verktoy.title = "Verktøy";
    verktoy.singular = "Verktøy";
    auto status = required(field("status", K::enumeration, "Status"));
    status.values = {"planlagt", "pågår", "avsluttet"};
    auto funn = field("funn", K::records, "Hovedfunn");
    funn.fields = {required(field("tittel", K::text, "Tittel")), field("tekst", K::markdown),
                   with_to(field("kilde", K::ref), {"rapporter"}, "Sitert i")};
    verktoy.fields = {
        with_taxonomy(field("faser", K::terms, "Faser"), "faser"),
        with_to(field("metoder", K::refs, "Arbeidsmåter"), {"metoder"}, "Brukt i"),
        field("varighet", K::text, "Tidsbruk"),
        field("roller", K::list, "Hvem deltar"),
        status,
        field("start", K::date, "Start"),
        field("moete", K::datetime, "Møte"),
        field("nettside", K::url, "Nettside"),
        field("aktiv", K::boolean, "Aktiv"),
        field("antall", K::number, "Antall"),
        with_to(field("hovedmetode", K::ref, "Hovedmetode"), {"metoder", "verktoy"}),
        with_taxonomy(field("tema", K::term, "Tema"), "temaer"),
        field("beskrivelse", K::markdown, "Beskrivelse"),
        funn,
        field("ekstra", K::data),
    };

    config::TypeSchema metoder;
    metoder.name = "metoder";
    metoder.title = "Metoder";
    config::TypeSchema rapporter;
    rapporter.name = "rapporter";
    rapporter.title = "Rapporter";
    site.types = {metoder, rapporter, verktoy};

    config::Taxonomy faser;
    faser.name = "faser";
    faser.title = "Faser";
    faser.terms = {{"planlegging", "Planlegging", ""}, {"gjennomforing", "Gjennomføring", ""}};
    config::Taxonomy temaer;
    temaer.name = "temaer";
    temaer.title = "Temaer";
    temaer.terms = {{"samskaping", "Samskaping", ""}, {"medvirkning", "Medvirkning", ""}};
    site.taxonomies = {faser, temaer};
    return site;
}

/// One config for all tests: Documents point into its schemas, so it must outlive them.
inline const config::SiteConfig& typed_config() {
    static const config::SiteConfig k_config = make_typed_config();
    return k_config;
}

inline const config::SiteConfig& generic_config() {
    static const config::SiteConfig k_config{};
    return k_config;
}

struct Parsed {
    std::optional<Document> document;
    std::vector<std::string> headlines;
    size_t errors = 0;
};

inline Parsed parse(const std::string& path, const std::string& text, const config::SiteConfig& config) {
    source::SourceFile file;
    file.path = path;
    file.bytes = text;
    file.blob_id = "abc123";
    diag::Diagnostics diagnostics;
    Parsed out;
    out.document = parse_document(file, config, "content/", diagnostics);
    out.headlines = diagnostics.headlines();
    out.errors = diagnostics.error_count();
    return out;
}

/// A verktoy page with the required fields and `extra` front-matter lines after them.
inline std::string verktoy_page(const std::string& extra = {}) {
    return "---\ntitle: IGP\nstatus: pågår\n" + extra + "---\nTekst.\n";
}

}  // namespace stilas::content::testing
