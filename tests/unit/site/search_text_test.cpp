#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

#include "site/search_step.hpp"
#include "site/search_text.hpp"

using namespace stilas;

namespace {

yaml::Node scalar(std::string text) {
    yaml::Node n;
    n.kind = yaml::Node::Kind::scalar;
    n.scalar = std::move(text);
    return n;
}

}  // namespace

TEST_CASE("a page's search text has wikilinks as readers see them and Markdown fields without destinations") {
    config::FieldSchema about;
    about.name = "om";
    about.kind = config::FieldKind::markdown;
    config::FieldSchema count;
    count.name = "antall";
    count.kind = config::FieldKind::number;
    content::Document page;
    page.title = "Tittel";
    page.summary = "Ingress";
    page.fields.push_back(content::Field{&about, "om",
                                         scalar("Se [veilederen](https://example.org/v) og [[metoder/x|aksjonslæring]] "
                                                "og [[igp]], [halv](lenke og [[ingen slutt")});
    page.fields.push_back(content::Field{&count, "antall", scalar("12")});   // no text
    diag::Diagnostics d;
    markdown::Document body = markdown::Document::parse("Tekst om [[igp]] og [[igp|planen]].\n", "a.md", 1, d);
    REQUIRE(d.sorted().empty());
    const search::PageText text = site::page_text(page, body);
    CHECK(text.title == "Tittel");
    CHECK(text.summary == "Ingress");
    // The body's wikilink without text leaves a space where its slug was; the field's are
    // dropped; link destinations go, their texts stay; an unclosed bracket is text. Each field
    // starts a line, and each scalar ends one.
    CHECK(text.body == "Tekst om   og planen.");
    CHECK(text.fields == "\nSe [veilederen] og aksjonslæring og , [halv](lenke og [[ingen slutt\n\n");
    CHECK(body.plain_text().empty());   // taken: nothing reads it after the search step
}

TEST_CASE("the search step keeps analyses only for the pages it was told to expect") {
    config::SiteConfig config;
    site::SearchIndexBuilder search(config, "");
    search.expect_pages(1);
    content::Document page;
    page.title = "Tittel";
    page.path = "a.md";
    diag::Diagnostics d;
    markdown::Document body = markdown::Document::parse("Tekst.\n", "a.md", 1, d);
    CHECK_NOTHROW(search.add_page(0, page, body));
    // A page past the expected ones is a mistake of the caller: told, not written past the end.
    CHECK_THROWS_AS(search.add_page(1, page, body), std::logic_error);
}

TEST_CASE("a page's cache key is its blob id and a hash of its type's fields, title, summary and kind") {
    config::TypeSchema tool;
    tool.name = "verktoy";
    config::FieldSchema about;
    about.name = "om";
    about.kind = config::FieldKind::markdown;
    tool.fields.push_back(about);
    config::TypeSchema changed = tool;
    changed.fields[0].kind = config::FieldKind::text;
    const std::unordered_map<std::string_view, uint64_t> types{{"verktoy", site::type_hash(tool)}};
    const std::unordered_map<std::string_view, uint64_t> changed_types{{"verktoy", site::type_hash(changed)}};
    CHECK(site::type_hash(tool) != site::type_hash(changed));

    content::Document page;
    page.type = "verktoy";
    page.title = "IGP";
    page.summary = "Om planen";
    page.blob_id = std::string(40, 'a');
    const std::string key = site::cache_key(page, types);
    CHECK(key.size() == 48);   // what a util::StringIndex slot holds
    CHECK(key.starts_with(page.blob_id));
    CHECK(site::cache_key(page, types) == key);
    CHECK(site::cache_key(page, changed_types) != key);
    // The title and summary each count, and where one ends and the other starts.
    content::Document other = page;
    other.title = "IGP Om";
    other.summary = "planen";
    CHECK(site::cache_key(other, types) != key);
    other = page;
    other.kind = content::PageKind::section_index;
    CHECK(site::cache_key(other, types) != key);
    other = page;
    other.blob_id = std::string(40, 'b');
    CHECK(site::cache_key(other, types).substr(40) == key.substr(40));
    other.blob_id.clear();
    CHECK(site::cache_key(other, types).empty());
}
