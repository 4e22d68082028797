// A small typed site built by hand for the render tests: config, pages, bodies and link graph.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "links/link_graph.hpp"
#include "markdown/markdown.hpp"
#include "render/render_input.hpp"
#include "render/site_renderer.hpp"

namespace stilas::render::test {

inline config::FieldSchema field(std::string name, config::FieldKind kind, std::string label) {
    config::FieldSchema f;
    f.name = std::move(name);
    f.kind = kind;
    f.label = std::move(label);
    return f;
}

inline yaml::Node scalar(std::string text) {
    yaml::Node n;
    n.kind = yaml::Node::Kind::scalar;
    n.scalar = std::move(text);
    return n;
}

inline yaml::Node sequence(const std::vector<std::string>& items) {
    yaml::Node n;
    n.kind = yaml::Node::Kind::sequence;
    for (const auto& item : items) n.items.push_back(scalar(item));
    return n;
}

inline yaml::Node mapping(const std::vector<std::pair<std::string, yaml::Node>>& entries) {
    yaml::Node n;
    n.kind = yaml::Node::Kind::mapping;
    for (const auto& [k, v] : entries) n.entries.emplace_back(scalar(k), v);
    return n;
}

/// The site: types metoder and verktoy, taxonomy verdiomrader, a home page, a section index
/// and regular pages whose titles test Norwegian order and escaping.
class SiteFixture {
public:
    SiteFixture(const SiteFixture&) = delete;  // fields point into m_config
    SiteFixture& operator=(const SiteFixture&) = delete;

    SiteFixture() {
        m_config.typed = true;
        m_config.title = "Fremtidens kulturskole";
        m_config.description = "Verktøy og metoder.";
        m_config.base_url = "https://kulturskole.example.no/";
        m_config.accessibility_statement = "https://uustatus.no/nb/erklaringer/publisert/1";
        m_config.edit_link = "https://git.example.no/stilas/edit/main/content/{path}";
        m_config.contact = "post@example.no";
        m_config.menu = {"verktoy", "metoder", "verdiomrader"};

        config::TypeSchema metoder;
        metoder.name = "metoder";
        metoder.title = "Metoder";
        metoder.singular = "Metode";
        config::TypeSchema verktoy;
        verktoy.name = "verktoy";
        verktoy.title = "Verktøy";
        verktoy.singular = "Verktøy";
        verktoy.description = "Alle *verktøyene*.";
        verktoy.fields.push_back(field("verdiomrader", config::FieldKind::terms, "Verdiområder"));
        verktoy.fields.back().taxonomy = "verdiomrader";
        verktoy.fields.push_back(field("metoder", config::FieldKind::refs, "Arbeidsmåter"));
        verktoy.fields.back().to = {"metoder"};
        verktoy.fields.push_back(field("varighet", config::FieldKind::text, "Tidsbruk"));
        verktoy.fields.push_back(field("roller", config::FieldKind::list, "Hvem deltar"));
        verktoy.fields.push_back(field("lenke", config::FieldKind::url, "Les mer"));
        verktoy.fields.push_back(field("oppstart", config::FieldKind::date, "Oppstart"));
        verktoy.fields.push_back(field("funn", config::FieldKind::records, "Hovedfunn"));
        verktoy.fields.back().fields = {field("tittel", config::FieldKind::text, "Tittel"),
                                        field("tekst", config::FieldKind::markdown, "Tekst")};
        verktoy.fields.push_back(field("ekstra", config::FieldKind::data, "Ekstra"));
        m_config.types = {metoder, verktoy};

        config::Taxonomy verdi;
        verdi.name = "verdiomrader";
        verdi.title = "Verdiområder";
        verdi.singular = "Verdiområde";
        verdi.terms = {{"attraktiv-og-relevant", "Attraktiv og relevant", "Skolen er *relevant*."},
                       {"inkluderende", "Inkluderende", ""}};
        m_config.taxonomies = {verdi};

        add("_index.md", content::PageKind::home, "", "", "Velkommen", "Om **kulturskolen**.");
        add("metoder/_index.md", content::PageKind::section_index, "metoder", "", "Metoder", "Slik *jobber* vi.");
        m_aksjon = add("metoder/aksjonslaering.md", content::PageKind::regular, "metoder", "aksjonslaering",
                       "Aksjonslæring", "Om aksjonslæring.");
        m_igp = add("verktoy/igp.md", content::PageKind::regular, "verktoy", "igp", "IGP <script>alert(1)</script>",
                    "Se [[aksjonslaering]] og [ekstern](javascript:alert(1)).");
        for (const char* title : {"Zebra", "Ærlig", "Øving", "Åpen", "Aasen", "Alfa", "Viktig først"})
            add("verktoy/" + slug_of(title) + ".md", content::PageKind::regular, "verktoy", slug_of(title), title, "");
        add("om.md", content::PageKind::regular, "", "om", "Om nettstedet", "Tekst.");

        auto& igp = m_pages[m_igp];
        igp.summary = "Et \"verktøy\" for <b>alle</b> & noen.";
        igp.date = "2023-01-16";
        igp.updated = "2024-03-14";
        igp.example = true;
        igp.aliases = {"/gammel-igp/"};
        const auto& vf = m_config.types[1].fields;
        igp.fields = {{&vf[0], "verdiomrader", sequence({"attraktiv-og-relevant"})},
                      {&vf[1], "metoder", sequence({"aksjonslaering"})},
                      {&vf[2], "varighet", scalar("2 timer <ca.>")},
                      {&vf[3], "roller", sequence({"Lærer", "Elev"})},
                      {&vf[4], "lenke", scalar("javascript:alert(document.cookie)")},
                      {&vf[5], "oppstart", scalar("2023-08-01")},
                      {&vf[6], "funn", yaml::Node{}},
                      {&vf[7], "ekstra", mapping({{"farge", scalar("blå")}})}};
        igp.fields[6].value.kind = yaml::Node::Kind::sequence;
        igp.fields[6].value.items = {mapping({{"tittel", scalar("Funn én")}, {"tekst", scalar("Det *virker*.")}})};
        igp.terms = {{"verdiomrader", "attraktiv-og-relevant"}};
        const size_t zebra = find("zebra"), alfa = find("alfa");
        m_pages[zebra].terms = {{"verdiomrader", "attraktiv-og-relevant"}};
        m_pages[zebra].date = "2024-05-01";
        m_pages[find("viktig-forst")].weight = -1;
        m_pages[find("aasen")].lang = "nn";
        m_pages[find("aasen")].date = "2022-02-02";

        for (const auto& page : m_pages) {
            diag::Diagnostics ignored;
            m_bodies.push_back(markdown::Document::parse(page.body, page.display_path, page.body_first_line, ignored));
        }
        m_graph.pages.resize(m_pages.size());
        m_graph.pages[m_igp].references = {{"metoder", {m_aksjon}}};
        for (size_t k = 0; k < m_bodies[m_igp].links().size(); ++k)
            m_graph.pages[m_igp].body_links.push_back(
                k == 0 ? links::BodyLink{static_cast<uint32_t>(m_aksjon), true, ""} : links::BodyLink{});
        m_graph.pages[m_aksjon].backlinks = {{"Verktøy", {zebra, m_igp}}, {links::k_mentioned_in, {alfa, m_igp}}};
    }

    RenderInput input() const { return {m_config, m_pages, m_bodies, m_graph}; }
    config::SiteConfig& config() { return m_config; }
    std::vector<content::Document>& pages() { return m_pages; }
    std::vector<markdown::Document>& bodies() { return m_bodies; }
    size_t igp() const { return m_igp; }
    size_t aksjon() const { return m_aksjon; }

    size_t find(const std::string& slug) const {
        for (size_t i = 0; i < m_pages.size(); ++i)
            if (m_pages[i].slug == slug) return i;
        return m_pages.size();
    }

private:
    static std::string slug_of(const std::string& title) {
        static const std::map<std::string, std::string> k_slugs = {
            {"Zebra", "zebra"}, {"Ærlig", "aerlig"}, {"Øving", "oving"},       {"Åpen", "apen"},
            {"Aasen", "aasen"}, {"Alfa", "alfa"},    {"Viktig først", "viktig-forst"}};
        return k_slugs.at(title);
    }

    size_t add(const std::string& path, content::PageKind kind, const std::string& type, const std::string& slug,
               const std::string& title, const std::string& body) {
        content::Document d;
        d.path = path;
        d.display_path = "content/" + path;
        d.kind = kind;
        d.type = type;
        d.slug = slug;
        d.url = kind == content::PageKind::home            ? "/"
                : kind == content::PageKind::section_index ? "/" + type + "/"
                : type.empty()                             ? "/" + slug + "/"
                                                           : "/" + type + "/" + slug + "/";
        d.title = title;
        d.body = body;
        m_pages.push_back(std::move(d));
        return m_pages.size() - 1;
    }

    config::SiteConfig m_config;
    std::vector<content::Document> m_pages;
    std::vector<markdown::Document> m_bodies;
    links::LinkGraph m_graph;
    size_t m_igp = 0, m_aksjon = 0;
};

/// Every emitted file by path (emit is called from several threads).
struct Collected {
    std::mutex mutex;
    std::map<std::string, std::string> files;
    size_t duplicates = 0;

    EmitFile emitter() {
        return [this](const std::string& path, std::string_view bytes) {
            std::lock_guard lock(mutex);
            if (!files.emplace(path, std::string(bytes)).second) ++duplicates;
        };
    }
};

}  // namespace stilas::render::test
