// The one walk that builds a page body: where wikilinks, unsafe links, images inside links and
// headings meet, the links come in document order with their positions, and the link texts,
// heading texts and plain text are those of the finished tree.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "markdown/markdown.hpp"

using namespace stilas;
using namespace stilas::markdown;

namespace {

const std::string k_path = "content/b.md";

std::string describe(const Link& link) {
    return link.target + "|" + link.text + "@" + std::to_string(link.pos.line) + ":" + std::to_string(link.pos.col);
}

std::vector<std::string> described(const Document& doc) {
    std::vector<std::string> out;
    for (const Link& link : doc.links()) out.push_back(describe(link));
    return out;
}

}  // namespace

TEST_CASE("wikilinks in a heading give their labels to its text, its id and the plain text") {
    diag::Diagnostics d;
    const Document doc = Document::parse("# Om [[a|Alfa]] og [[b]]\n\n## Om Alfa og b\n\nTekst.\n", k_path, 1, d);
    REQUIRE(doc.headings().size() == 2);
    CHECK(doc.headings()[0].text == "Om Alfa og b");
    CHECK(doc.headings()[0].id == "om-alfa-og-b");
    CHECK(doc.headings()[1].id == "om-alfa-og-b-1");
    CHECK(described(doc) == std::vector<std::string>{"a|Alfa@1:8", "b|@1:22"});
    CHECK(doc.plain_text() == "Om Alfa og b\nOm Alfa og b\nTekst.");
    CHECK(d.headlines().empty());
}

TEST_CASE("a link holding an image comes before it; an unsafe link leaves its text and a warning") {
    diag::Diagnostics d;
    const Document doc =
        Document::parse("Tekst [x](javascript:y) og [![bilde](b.png)](c.md).\n\n## [*Del*](d.md) [[e]]\n", k_path, 3, d);
    CHECK(described(doc) == std::vector<std::string>{"c.md|bilde@3:46", "b.png|bilde@3:38", "d.md|Del@5:12", "e|@5:20"});
    CHECK(doc.plain_text() == "Tekst x og bilde.\nDel e");
    REQUIRE(d.headlines().size() == 1);
    CHECK(d.headlines()[0].starts_with("content/b.md:3:11: advarsel[MD001]"));
    const std::string html = doc.render_html(nullptr);
    CHECK(html.find("javascript") == std::string::npos);
    CHECK(html.find("<a href=\"c.md\"><img src=\"b.png\" alt=\"bilde\" /></a>") != std::string::npos);
}

TEST_CASE("text split by cmark is joined, outside links and inside them") {
    diag::Diagnostics d;
    const Document doc = Document::parse("a [[x]] b [c [[y]] d](z.md) [[[w]]]\n", k_path, 1, d);
    CHECK(described(doc) == std::vector<std::string>{"x|@1:5", "z.md|c [[y]] d@1:23", "w|@1:32"});
    CHECK(doc.plain_text() == "a x b c [[y]] d [w]");
}

TEST_CASE("heading ids stay unique past the first few headings") {
    // Expected: the slug, or else the slug with the smallest free "-n".
    const std::string titles[] = {"A", "A 1", "B"};
    const std::string slugs[] = {"a", "a-1", "b"};
    std::string body;
    std::vector<std::string> expected;
    std::set<std::string> used;
    for (int i = 0; i < 40; ++i) {
        body += "## " + titles[i % 3] + "\n\n";
        std::string id = slugs[i % 3];
        for (int n = 1; used.contains(id); ++n) id = slugs[i % 3] + "-" + std::to_string(n);
        used.insert(id);
        expected.push_back(id);
    }
    diag::Diagnostics d;
    const Document doc = Document::parse(body, k_path, 1, d);
    std::vector<std::string> ids;
    for (const Heading& heading : doc.headings()) ids.push_back(heading.id);
    CHECK(ids == expected);
}
