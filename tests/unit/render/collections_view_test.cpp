#include <doctest/doctest.h>

#include "render/collections_view.hpp"
#include "render/site_renderer.hpp"
#include "render/view_model.hpp"
#include "site_fixture.hpp"
#include "support/printers.hpp"
#include "util/civil_time.hpp"

using namespace stilas;
using namespace stilas::render;
using stilas::render::test::field;
using stilas::render::test::scalar;

namespace {

/// Gatherings with a `start` date and reports with a year, for ordering by time.
class DatedSite {
public:
    DatedSite() {
        m_config.typed = true;
        m_config.title = "Nettsted";
        m_config.base_url = "https://example.no/";
        config::TypeSchema samlinger;
        samlinger.name = "samlinger";
        samlinger.title = "Samlinger";
        samlinger.fields = {field("tidsrom", config::FieldKind::text, "Tidsrom"),
                            field("start", config::FieldKind::datetime, "Fra")};
        config::TypeSchema rapporter;
        rapporter.name = "rapporter";
        rapporter.title = "Rapporter";
        rapporter.fields = {field("ar", config::FieldKind::number, "År")};
        m_config.types = {rapporter, samlinger};
        config::Taxonomy faser;
        faser.name = "faser";
        faser.title = "Faser";
        faser.terms = {{"behov", "Identifisere behov", "Hva *trengs*?"}, {"mal", "Sette mål", ""},
                       {"prove", "Prøve ut løsninger og tiltak", ""}};
        m_config.taxonomies = {faser};
    }

    void gathering(const std::string& slug, const std::string& start) {
        auto& doc = add("samlinger", slug);
        if (!start.empty()) doc.fields = {{&m_config.types[1].fields[1], "start", scalar(start)}};
    }

    content::Document& report(const std::string& slug, const std::string& year) {
        auto& doc = add("rapporter", slug);
        if (!year.empty()) doc.fields = {{&m_config.types[0].fields[0], "ar", scalar(year)}};
        return doc;
    }

    RenderInput input(int64_t reference_time) {
        m_bodies.clear();
        for (const auto& page : m_pages) {
            diag::Diagnostics ignored;
            m_bodies.push_back(markdown::Document::parse(page.body, page.display_path, 1, ignored));
        }
        m_graph.pages.assign(m_pages.size(), {});
        return {m_config, m_pages, m_bodies, m_graph, reference_time};
    }

    std::vector<content::Document>& pages() { return m_pages; }
    links::LinkGraph& graph() { return m_graph; }

private:
    content::Document& add(const std::string& type, const std::string& slug) {
        content::Document d;
        d.type = type;
        d.slug = slug;
        d.path = type + "/" + slug + ".md";
        d.display_path = "content/" + d.path;
        d.url = "/" + type + "/" + slug + "/";
        d.title = slug;
        m_pages.push_back(std::move(d));
        return m_pages.back();
    }

    config::SiteConfig m_config;
    std::vector<content::Document> m_pages;
    std::vector<markdown::Document> m_bodies;
    links::LinkGraph m_graph;
};

std::vector<std::string> titles(const Value* cards) {
    std::vector<std::string> out;
    if (!cards) return out;
    for (const auto& card : cards->items()) out.push_back(card.find("title")->text());
    return out;
}

constexpr int64_t k_2025_03_01 = 1740787200;  // 2025-03-01T00:00:00Z

}  // namespace

TEST_CASE("the reference day is the UTC date of the reference time") {
    CHECK(util::iso_day(0) == "1970-01-01");
    CHECK(util::iso_day(k_2025_03_01) == "2025-03-01");
    CHECK(util::iso_day(k_2025_03_01 - 1) == "2025-02-28");
    CHECK(util::iso_day(951782400) == "2000-02-29");
    CHECK(util::iso_day(-1) == "1969-12-31");
}

TEST_CASE("upcoming lists the pages dated on or after the reference day, soonest first") {
    DatedSite site;
    site.gathering("mai", "2025-05-20");
    site.gathering("i-dag", "2025-03-01T18:00");
    site.gathering("januar", "2025-01-23");
    site.gathering("udatert", "");
    site.gathering("april", "2025-04-29");
    site.gathering("juni", "2025-06-10");
    const auto input = site.input(k_2025_03_01);
    const SiteModel model(input);
    const Value all = collections_view(model, {});
    CHECK(titles(all.at("types.samlinger.upcoming")) == std::vector<std::string>{"i-dag", "april", "mai"});
    CHECK(all.at("types.samlinger.has_upcoming")->truthy());
    CHECK_FALSE(all.at("types.samlinger.upcoming_past")->truthy());
    CHECK(all.at("types.samlinger.has_event")->truthy());
    const Value& first = all.at("types.samlinger.upcoming")->items()[0];
    CHECK(first.at("event_date.text")->text() == "1. mars 2025 kl. 18.00");
    CHECK(first.at("event_date.iso")->text() == "2025-03-01T18:00");
    // Newest first by the event field when the pages have no date.
    CHECK(titles(all.at("types.samlinger.latest")) == std::vector<std::string>{"juni", "mai", "april"});
}

TEST_CASE("when nothing lies ahead, upcoming holds the most recent gatherings and says so") {
    DatedSite site;
    site.gathering("januar", "2025-01-23");
    site.gathering("udatert", "");
    site.gathering("februar", "2025-02-12");
    const auto input = site.input(k_2025_03_01);
    const SiteModel model(input);
    const Value all = collections_view(model, {});
    CHECK(titles(all.at("types.samlinger.upcoming")) == std::vector<std::string>{"februar", "januar"});
    CHECK(all.at("types.samlinger.upcoming_past")->truthy());
    // A type without a date field has no upcoming list at all.
    CHECK_FALSE(all.at("types.rapporter.has_event")->truthy());
    CHECK_FALSE(all.at("types.rapporter.has_upcoming")->truthy());
}

TEST_CASE("latest orders by the theme's newest_by field, numbers by value, undated last") {
    DatedSite site;
    site.report("a-udatert", "");
    site.report("b-2018", "2018");
    site.report("c-987", "987");
    site.report("d-2021", "2021");
    site.report("e-2022", "2022").date = "2020-01-01";
    const auto input = site.input(k_2025_03_01);
    const SiteModel model(input);
    CHECK(titles(collections_view(model, {{"rapporter", "ar", {}}}).at("types.rapporter.latest")) ==
          std::vector<std::string>{"e-2022", "d-2021", "b-2018"});
    CHECK(model.newest_first("rapporter", "ar").size() == 5);
    CHECK(model.newest_first("rapporter", "ar")[3] == 2);  // 987 after 2018
    CHECK(model.newest_first("rapporter", "ar")[4] == 0);  // no year: last
    // Without newest_by, `date` orders first, then listing order.
    CHECK(titles(collections_view(model, {}).at("types.rapporter.latest")) ==
          std::vector<std::string>{"e-2022", "a-udatert", "b-2018"});
}

TEST_CASE("taxonomies expose their terms in declaration order with numbers, links and counts") {
    DatedSite site;
    site.report("r", "2021").terms = {{"faser", "mal"}};
    const auto input = site.input(0);
    const SiteModel model(input);
    const Value all = collections_view(model, {});
    const Value* terms = all.at("taxonomies.faser.terms");
    REQUIRE(terms);
    REQUIRE(terms->items().size() == 3);
    CHECK(titles(terms) == std::vector<std::string>{"Identifisere behov", "Sette mål", "Prøve ut løsninger og tiltak"});
    CHECK(terms->items()[1].find("number")->text() == "2");
    CHECK(terms->items()[1].find("url")->text() == "/faser/mal/");
    CHECK(terms->items()[1].find("count_text")->text() == "1 side");
    CHECK(terms->items()[0].find("description_html")->text().find("<em>trengs</em>") != std::string::npos);
    CHECK(all.at("taxonomies.faser.url")->text() == "/faser/");
}

TEST_CASE("the ring puts the first term at the top and an arrow from every term to the next") {
    config::Taxonomy five;
    five.name = "faser";
    for (const char* key : {"a", "b", "c", "d", "e"}) five.terms.push_back({key, std::string("Fase ") + key, ""});
    five.terms[2].title = "Prøve ut løsninger og tiltak";
    const Value ring = ring_view(five);
    CHECK(ring.find("size")->text() == "680");
    const auto& nodes = ring.find("nodes")->items();
    REQUIRE(nodes.size() == 5);
    CHECK(nodes[0].find("cx")->text() == "340");
    CHECK(nodes[0].find("cy")->text() == "100");
    CHECK(nodes[0].find("url")->text() == "/faser/a/");
    // Lines of at most 14 characters, centred on the node.
    const auto& lines = nodes[2].find("lines")->items();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].find("text")->text() == "Prøve ut");
    CHECK(lines[1].find("text")->text() == "løsninger og");
    CHECK(lines[2].find("text")->text() == "tiltak");
    CHECK(lines[1].find("y")->text() == nodes[2].find("cy")->text());
    const auto& arrows = ring.find("arrows")->items();
    REQUIRE(arrows.size() == 5);
    CHECK(arrows[0].find("d")->text() == "M 434 119 A 240 240 0 0 1 521 182");
}

TEST_CASE("every rendered page carries the collections, and content pages are OpenGraph articles") {
    DatedSite site;
    site.gathering("neste", "2025-04-29");
    site.report("r", "2021");
    std::map<std::string, std::string> files;
    for (const auto name : k_required_templates)
        files["templates/" + std::string(name) + ".mustache"] =
            "{{og_type}} {{og_locale}}|{{#types.samlinger.upcoming}}{{title}} {{event_date.text}}{{/types.samlinger.upcoming}}"
            "|{{#taxonomies.faser.terms}}{{number}}.{{title}};{{/taxonomies.faser.terms}}";
    diag::Diagnostics d;
    const auto theme = Theme::from_files("t", "themes/t", files, d);
    REQUIRE(theme);
    test::Collected out;
    render_site(site.input(k_2025_03_01), *theme, 2, out.emitter(), d);
    CHECK(d.headlines().empty());
    const std::string expected = "|neste 29. april 2025|1.Identifisere behov;2.Sette mål;3.Prøve ut løsninger og tiltak;";
    CHECK(out.files["index.html"] == "website nb_NO" + expected);
    CHECK(out.files["rapporter/r/index.html"] == "article nb_NO" + expected);
}

TEST_CASE("a newest_by entry naming no type or field of the site is a warning") {
    DatedSite site;
    site.report("r", "2021");
    std::map<std::string, std::string> files;
    for (const auto name : k_required_templates) files["templates/" + std::string(name) + ".mustache"] = "x";
    files["theme.yaml"] = "newest_by:\n  rapporter: aar\n  typer: date\n";
    diag::Diagnostics d;
    const auto theme = Theme::from_files("t", "themes/t", files, d);
    REQUIRE(theme);
    test::Collected out;
    render_site(site.input(0), *theme, 1, out.emitter(), d);
    CHECK_FALSE(d.has_errors());
    CHECK(d.headlines() == std::vector<std::string>{
        "themes/t/theme.yaml:2:14: advarsel[TPL009]: Typen «rapporter» har ikke feltet «aar», som temaet sorterer "
        "etter. Rett feltnavnet under «newest_by» i theme.yaml.",
        "themes/t/theme.yaml:3:10: advarsel[TPL009]: Temaet sorterer typen «typer», som ikke finnes. Rett "
        "typenavnet under «newest_by» i theme.yaml."});
}

TEST_CASE("related pages share the most terms and leave out pages already linked") {
    test::SiteFixture site;
    auto& pages = site.pages();
    const size_t aerlig = site.find("aerlig"), alfa = site.find("alfa"), oving = site.find("oving"), apen = site.find("apen");
    const size_t zebra = site.find("zebra");
    pages[site.aksjon()].terms = {{"verdiomrader", "attraktiv-og-relevant"}, {"verdiomrader", "inkluderende"}};
    pages[alfa].terms = {{"verdiomrader", "inkluderende"}};
    pages[aerlig].terms = {{"verdiomrader", "inkluderende"}};
    pages[oving].terms = {{"verdiomrader", "attraktiv-og-relevant"}, {"verdiomrader", "inkluderende"}};
    pages[apen].terms = {{"verdiomrader", "attraktiv-og-relevant"}};
    const auto input = site.input();
    const SiteModel model(input);
    // igp, zebra and alfa link to aksjonslaering (backlinks), so they are not "related"; two
    // shared terms come before one, then listing order (Æ before Å).
    const std::vector<size_t> related = related_pages(model, site.aksjon());
    CHECK(related == std::vector<size_t>{oving, aerlig, apen});
    CHECK(std::find(related.begin(), related.end(), zebra) == related.end());
    CHECK(page_view(model, site.aksjon()).find("has_related")->truthy());
    CHECK(related_pages(model, site.find("viktig-forst")).empty());
}
