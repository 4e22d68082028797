// View models: page, field, backlink and breadcrumb views from the fixture site.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "render/field_view.hpp"
#include "render/listing_view.hpp"
#include "render/view_model.hpp"
#include "site_fixture.hpp"

using namespace stilas;
using namespace stilas::render;
using stilas::render::test::SiteFixture;

namespace {

std::vector<std::string> names(const Value& list, const char* key) {
    std::vector<std::string> out;
    for (const auto& item : list.items()) out.push_back(item.find(key)->text());
    return out;
}

}  // namespace

TEST_CASE("a page's fields come in schema order, one value key filled per kind") {
    SiteFixture site;
    const auto input = site.input();
    const SiteModel model(input);
    const Value page = page_view(model, site.igp());
    CHECK(names(*page.find("fields"), "name") ==
          std::vector<std::string>{"verdiomrader", "metoder", "varighet", "roller", "lenke", "oppstart", "funn", "ekstra"});
    const Value* refs = page.at("field.metoder");
    REQUIRE(refs);
    CHECK(refs->find("is_links")->truthy());
    CHECK_FALSE(refs->find("is_text")->truthy());
    CHECK_FALSE(refs->find("text")->truthy());
    CHECK(names(*refs->find("links"), "url") == std::vector<std::string>{"/metoder/aksjonslaering/"});
    const Value* link = page.at("field.lenke");
    CHECK_FALSE(link->find("is_link")->truthy());
    CHECK(link->find("text")->text() == "javascript:alert(document.cookie)");
    CHECK(page.at("published.iso")->text() == "2023-01-16");
    CHECK(page.at("type_label")->text() == "Verktøy");
}

TEST_CASE("a field of a schema holds only its value; what its schema's fields share is made once") {
    SiteFixture site;
    const auto input = site.input();
    const SiteModel model(input);
    const Value first = page_view(model, site.igp());
    const Value again = page_view(model, site.igp());
    const Value* field = first.at("field.varighet");
    REQUIRE(field);
    REQUIRE(field->members().size() == 1);  // the value; name, label, kind and flags are shared
    CHECK(field->members()[0].first == "text");
    CHECK(field->find("name")->text() == "varighet");
    CHECK(field->find("is_text")->truthy());
    CHECK_FALSE(field->find("is_links")->truthy());
    CHECK_FALSE(field->find("chart")->truthy());
    // Both pages' objects read the name from one prototype.
    CHECK(field->find("name") == again.at("field.varighet")->find("name"));
    // A term a field lists is one object, however many pages list it.
    const Value& term = first.at("field.verdiomrader.terms")->items().at(0).resolved();
    CHECK(&term == &again.at("field.verdiomrader.terms")->items().at(0).resolved());
    CHECK(term.find("url")->text().starts_with("/verdiomrader/"));
    int made = 0;
    const auto once = model.config_view(&made, 0, [&] { ++made; return Value("x"); });
    CHECK(model.config_view(&made, 0, [&] { ++made; return Value("y"); }) == once);
    CHECK(made == 1);
    CHECK(model.config_view(&made, 1, [&] { ++made; return Value("z"); })->text() == "z");
}

TEST_CASE("a URL field with a safe address becomes a link") {
    SiteFixture site;
    site.pages()[site.igp()].fields[4].value.scalar = "https://example.no/igp";
    const auto input = site.input();
    const SiteModel model(input);
    const Value page = page_view(model, site.igp());
    CHECK(page.at("field.lenke.link.href")->text() == "https://example.no/igp");
    CHECK(page.at("field.lenke.is_link")->truthy());
}

TEST_CASE("in generic mode every front-matter key is shown as data") {
    SiteFixture site;
    content::Field extra;
    extra.name = "forfatter";
    extra.value = test::sequence({"Kari", "Ola"});
    site.pages()[site.aksjon()].fields = {extra};
    const auto input = site.input();
    const SiteModel model(input);
    const Value fields = fields_view(model, site.aksjon());
    REQUIRE(fields.items().size() == 1);
    CHECK(fields.items()[0].find("label")->text() == "forfatter");
    CHECK(fields.items()[0].at("data.is_list")->truthy());
    CHECK(names(*fields.items()[0].at("data.items"), "text") == std::vector<std::string>{"Kari", "Ola"});
}

TEST_CASE("backlinks keep the graph's group order and sort their pages by title") {
    SiteFixture site;
    const auto input = site.input();
    const SiteModel model(input);
    const Value page = page_view(model, site.aksjon());
    CHECK(names(*page.find("backlinks"), "label") == std::vector<std::string>{"Verktøy", "Nevnt i"});
    CHECK(names(*page.find("backlinks")->items()[0].find("items"), "title") ==
          std::vector<std::string>{"IGP <script>alert(1)</script>", "Zebra"});
    CHECK(page.find("has_backlinks")->truthy());
}

TEST_CASE("a nynorsk page gets its language and dates from its own lang") {
    SiteFixture site;
    const auto input = site.input();
    const SiteModel model(input);
    const size_t aasen = site.find("aasen");
    CHECK(model.lang(aasen) == "nn");
    CHECK(page_view(model, aasen).at("published.text")->text() == "2. februar 2022");
    CHECK(model.lang(site.igp()) == "nb");
}

TEST_CASE("breadcrumbs run from the home page through the section to the page") {
    SiteFixture site;
    const auto input = site.input();
    const SiteModel model(input);
    const auto crumbs = page_crumbs(model, site.igp());
    REQUIRE(crumbs.size() == 3);
    CHECK(crumbs[0].title == "Forside");
    CHECK(crumbs[1].title == "Verktøy");
    CHECK(crumbs[1].url == "/verktoy/");
    CHECK(crumbs[2].url == "/verktoy/igp/");
    const Value term = term_view(model, model.config().taxonomies[0], model.config().taxonomies[0].terms[0]);
    CHECK(names(*term.find("breadcrumbs"), "title") ==
          std::vector<std::string>{"Forside", "Verdiområder", "Attraktiv og relevant"});
}

TEST_CASE("the page object's parts a theme never looks up are left empty, with the same keys") {
    SiteFixture site;
    const auto input = site.input();
    const SiteModel model(input);
    const std::set<std::string, std::less<>> reads_all = {"fields", "field", "body_html", "backlinks", "related"};
    const PageParts all = PageParts::read_by(reads_all);
    CHECK((all.fields && all.field && all.body && all.backlinks && all.related));
    const PageParts flags = PageParts::read_by({"has_fields", "has_backlinks", "has_related"});
    CHECK((flags.fields && !flags.field && !flags.body && flags.backlinks && flags.related));
    const PageParts none = PageParts::read_by({"title", "page"});
    CHECK_FALSE((none.fields || none.field || none.body || none.backlinks || none.related));

    const Value full = page_view(model, site.aksjon());
    const Value bare = page_view(model, site.aksjon(), none);
    std::vector<std::string> full_keys, bare_keys;
    for (const auto& [key, value] : full.members()) full_keys.push_back(key);
    for (const auto& [key, value] : bare.members()) bare_keys.push_back(key);
    CHECK(bare_keys == full_keys);
    CHECK(full.find("has_backlinks")->truthy());
    CHECK_FALSE(bare.find("has_backlinks")->truthy());
    CHECK(bare.find("backlinks")->items().empty());
    CHECK(bare.find("fields")->items().empty());
    CHECK(bare.find("field")->members().empty());
    CHECK(bare.find("body_html")->text().empty());
    CHECK(bare.find("related")->items().empty());
    CHECK(bare.find("title")->text() == full.find("title")->text());

    // Only the list of fields, or only the fields by name.
    const Value list_only = page_view(model, site.igp(), PageParts::read_by({"fields"}));
    CHECK(names(*list_only.find("fields"), "name") == names(*page_view(model, site.igp()).find("fields"), "name"));
    CHECK(list_only.find("field")->members().empty());
    const Value by_name_only = page_view(model, site.igp(), PageParts::read_by({"field"}));
    CHECK(by_name_only.find("fields")->items().empty());
    CHECK(by_name_only.at("field.metoder.is_links")->truthy());
}
