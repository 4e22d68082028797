#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "markdown/markdown.hpp"

using namespace stilas;
using namespace stilas::markdown;

namespace {

const std::string k_path = "content/metoder/a.md";

// The body starts on line 4 of the file (after three lines of front matter).
Document parse(std::string_view body, diag::Diagnostics& d) { return Document::parse(body, k_path, 4, d); }

// A link's or heading's line and column (their path is the page's: k_path).
diag::LineCol at(int line, int col) { return diag::LineCol{line, col}; }

struct Seen {
    std::string target;
    diag::LineCol pos;
    friend bool operator==(const Seen&, const Seen&) = default;
};

std::vector<Seen> seen(const Document& doc) {
    std::vector<Seen> out;
    for (const Link& link : doc.links()) out.push_back({link.target, link.pos});
    return out;
}

}  // namespace

namespace doctest {
template <>
struct StringMaker<std::vector<Seen>> {
    static String convert(const std::vector<Seen>& v) {
        std::string out;
        for (const Seen& s : v) out += s.target + "@" + std::to_string(s.pos.line) + ":" + std::to_string(s.pos.col) + " ";
        return out.c_str();
    }
};
}  // namespace doctest

TEST_CASE("links on the first and later lines of a paragraph get their exact positions") {
    diag::Diagnostics d;
    const Document doc = parse("Hei [a](x.md) og\nmer [b](y.md) og [c](<z.md>)\n  ærø [d](w.md)\n", d);
    CHECK(seen(doc) == std::vector<Seen>{{"x.md", at(4, 9)}, {"y.md", at(5, 9)}, {"z.md", at(5, 23)}, {"w.md", at(6, 11)}});
    CHECK(d.headlines().empty());
}

TEST_CASE("columns count code points, not bytes, after Norwegian letters") {
    diag::Diagnostics d;
    const Document doc = parse("Æøå æøå [lenke](../metoder/å.md#ø)\n", d);
    REQUIRE(doc.links().size() == 1);
    CHECK(doc.links()[0].target == "../metoder/å.md#ø");
    CHECK(doc.links()[0].text == "lenke");
    CHECK(doc.links()[0].pos == at(4, 17));
}

TEST_CASE("the same URL twice on a line gets two positions") {
    diag::Diagnostics d;
    const Document doc = parse("[a](x.md) og [b](x.md)\n", d);
    CHECK(seen(doc) == std::vector<Seen>{{"x.md", at(4, 5)}, {"x.md", at(4, 18)}});
}

TEST_CASE("links in lists, block quotes, lazy lines and tables get exact positions") {
    diag::Diagnostics d;
    const std::string body =
        "- punkt [a](a.md)\n"
        "  fortsatt [b](b.md)\n"
        "\n"
        "> sitat\n"
        "lat [c](c.md)\n"
        "\n"
        "| x | y |\n"
        "|---|---|\n"
        "| [d](d.md) | æ [e](e.md) |\n";
    const Document doc = parse(body, d);
    CHECK(seen(doc) == std::vector<Seen>{{"a.md", at(4, 13)},
                                         {"b.md", at(5, 16)},
                                         {"c.md", at(8, 9)},
                                         {"d.md", at(12, 7)},
                                         {"e.md", at(12, 21)}});
}

TEST_CASE("a link whose text spans lines is placed at its destination") {
    diag::Diagnostics d;
    const Document doc = parse("Tekst [lang\ntekst](m.md) og [s](\n  t.md)\n", d);
    CHECK(seen(doc) == std::vector<Seen>{{"m.md", at(5, 8)}, {"t.md", at(6, 3)}});
}

TEST_CASE("an image inside a link: both in document order, each at its own destination") {
    diag::Diagnostics d;
    const Document doc = parse("[![bilde](a.png)](b.md)\n", d);
    REQUIRE(doc.links().size() == 2);
    CHECK(doc.links()[0].kind == LinkKind::inline_link);
    CHECK(doc.links()[0].target == "b.md");
    CHECK(doc.links()[0].pos == at(4, 19));
    CHECK(doc.links()[1].kind == LinkKind::image);
    CHECK(doc.links()[1].target == "a.png");
    CHECK(doc.links()[1].text == "bilde");
    CHECK(doc.links()[1].pos == at(4, 11));
}

TEST_CASE("reference-style links point at the destination in their definition") {
    diag::Diagnostics d;
    const Document doc = parse("Se [her][r] og [r].\n\n[r]: ../ref.md\n", d);
    CHECK(seen(doc) == std::vector<Seen>{{"../ref.md", at(6, 6)}, {"../ref.md", at(6, 6)}});
}

TEST_CASE("autolinks and bare URLs are links at the URL's first character") {
    diag::Diagnostics d;
    const Document doc = parse("Se <https://a.no> og\nhttps://b.no, www.c.no og post@d.no\n", d);
    CHECK(seen(doc) == std::vector<Seen>{{"https://a.no", at(4, 5)},
                                         {"https://b.no", at(5, 1)},
                                         {"http://www.c.no", at(5, 15)},
                                         {"mailto:post@d.no", at(5, 27)}});
}

TEST_CASE("escaped characters in a destination do not lose its position") {
    diag::Diagnostics d;
    const Document doc = parse("Først\nså [a](x\\_y.md)\n", d);
    CHECK(seen(doc) == std::vector<Seen>{{"x_y.md", at(5, 8)}});
}

TEST_CASE("wikilinks in all forms become links with target, text and position") {
    diag::Diagnostics d;
    const Document doc = parse("Se [[aksjonslaering]] og\nså [[metoder/x#fire-rom]], [[y|annen tekst]].\n", d);
    REQUIRE(doc.links().size() == 3);
    CHECK(doc.links()[0].kind == LinkKind::wikilink);
    CHECK(doc.links()[0].target == "aksjonslaering");
    CHECK(doc.links()[0].text == "");
    CHECK(doc.links()[0].pos == at(4, 6));
    CHECK(doc.links()[1].target == "metoder/x#fire-rom");
    CHECK(doc.links()[1].pos == at(5, 6));
    CHECK(doc.links()[2].target == "y");
    CHECK(doc.links()[2].text == "annen tekst");
    CHECK(doc.links()[2].pos == at(5, 30));
    CHECK(doc.render_html(nullptr) ==
          "<p>Se <a href=\"aksjonslaering\">aksjonslaering</a> og\nså <a href=\"metoder/x#fire-rom\">metoder/x#fire-rom</a>, "
          "<a href=\"y\">annen tekst</a>.</p>\n");
}

TEST_CASE("wikilinks in code spans and code blocks stay text") {
    diag::Diagnostics d;
    const Document doc = parse("`[[nei]]` [[ja]]\n\n```\n[[nei]]\n```\n\n    [[nei]]\n", d);
    REQUIRE(doc.links().size() == 1);
    CHECK(doc.links()[0].target == "ja");
    CHECK(doc.links()[0].pos == at(4, 13));
    CHECK(doc.render_html(nullptr).find("<code>[[nei]]</code>") != std::string::npos);
}

TEST_CASE("wikilinks next to each other, in emphasis and after brackets are all found") {
    diag::Diagnostics d;
    const Document doc = parse("[[a]][[b]] *[[c]]* [[[d]]] [[]] [[ | x]]\n", d);
    CHECK(seen(doc) == std::vector<Seen>{{"a", at(4, 3)}, {"b", at(4, 8)}, {"c", at(4, 15)}, {"d", at(4, 23)}});
}

TEST_CASE("headings get slug ids, unique on repeats, with Norwegian letters") {
    diag::Diagnostics d;
    const Document doc = parse("# Fire læringsrom\n\n## Øving *på* scenen\n\n## Fire læringsrom\n\nTittel\n---\n\n"
                               "## Fire læringsrom\n\n## !!!\n\n## Fire læringsrom-1\n",
                               d);
    std::vector<std::string> ids;
    for (const Heading& h : doc.headings()) ids.push_back(h.id);
    CHECK(ids == std::vector<std::string>{"fire-laeringsrom", "oving-pa-scenen", "fire-laeringsrom-1", "tittel",
                                          "fire-laeringsrom-2", "seksjon", "fire-laeringsrom-1-1"});
    REQUIRE(doc.headings().size() == 7);
    CHECK(doc.headings()[1].text == "Øving på scenen");
    CHECK(doc.headings()[1].level == 2);
    CHECK(doc.headings()[1].pos == at(6, 1));
    CHECK(doc.headings()[3].level == 2);
    CHECK(doc.headings()[3].pos == at(10, 1));
    const std::string html = doc.render_html(nullptr);
    CHECK(html.find("<h1 id=\"fire-laeringsrom\">Fire læringsrom</h1>\n") == 0);
    CHECK(html.find("<h2 id=\"oving-pa-scenen\">Øving <em>på</em> scenen</h2>") != std::string::npos);
    CHECK(html.find("<h2 id=\"fire-laeringsrom-2\">") != std::string::npos);
}

TEST_CASE("the rewriter sees every link in order and its URLs end up in the HTML") {
    diag::Diagnostics d;
    const Document doc = parse("[a](../metoder/x.md#a) ![b](bilde.png) [[slug]] [[slug2|egen]]\n", d);
    std::vector<size_t> indexes;
    const LinkRewriter rewrite = [&](size_t index, const Link& link, std::string& url_out, std::string& text_out) {
        indexes.push_back(index);
        if (link.kind == LinkKind::image) return false;
        if (link.kind == LinkKind::wikilink) text_out = "Tittel på " + link.target;
        url_out = "/sider/" + std::to_string(index) + "/";
        return true;
    };
    const std::string html = doc.render_html(rewrite);
    CHECK(indexes == std::vector<size_t>{0, 1, 2, 3});
    CHECK(html ==
          "<p><a href=\"/sider/0/\">a</a> <img src=\"bilde.png\" alt=\"b\" /> <a href=\"/sider/2/\">Tittel på slug</a> "
          "<a href=\"/sider/3/\">egen</a></p>\n");
    CHECK(doc.render_html(rewrite) == html);
    CHECK(doc.render_html(nullptr) ==
          "<p><a href=\"../metoder/x.md#a\">a</a> <img src=\"bilde.png\" alt=\"b\" /> <a href=\"slug\">slug</a> "
          "<a href=\"slug2\">egen</a></p>\n");
}

TEST_CASE("the links' URLs as written stay for the HTML once the links are released") {
    diag::Diagnostics d;
    Document doc = parse("[a](../metoder/x.md#a) ![b](bilde.png) [[slug]] [[slug2|egen]] <https://ks.no/>\n", d);
    // Keeps the image's and the autolink's URLs, rewrites the rest (the released links come
    // empty: the index tells them apart).
    const LinkRewriter rewrite = [](size_t index, const Link&, std::string& url_out, std::string&) {
        if (index == 1 || index == 4) return false;
        url_out = "/sider/" + std::to_string(index) + "/";
        return true;
    };
    const std::string kept = doc.render_html(nullptr), rewritten = doc.render_html(rewrite);
    doc.release_links();
    CHECK(doc.links().empty());
    CHECK(doc.render_html(nullptr) == kept);
    CHECK(doc.render_html(rewrite) == rewritten);
    CHECK(rewritten ==
          "<p><a href=\"/sider/0/\">a</a> <img src=\"bilde.png\" alt=\"b\" /> <a href=\"/sider/2/\">slug</a> "
          "<a href=\"/sider/3/\">egen</a> <a href=\"https://ks.no/\">https://ks.no/</a></p>\n");
}

TEST_CASE("CRLF line endings give the same HTML, links and headings as LF") {
    diag::Diagnostics d;
    const std::string lf = "# Tittel\n\nTekst [a](a.md)\nog [b](b.md)\n\n| x |\n|---|\n| [[c]] |\n";
    std::string crlf;
    for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const Document a = parse(lf, d);
    const Document b = parse(crlf, d);
    CHECK(a.render_html(nullptr) == b.render_html(nullptr));
    CHECK(seen(a) == seen(b));
    CHECK(seen(b) == std::vector<Seen>{{"a.md", at(6, 11)}, {"b.md", at(7, 8)}, {"c", at(11, 5)}});
    CHECK(b.headings()[0].pos == a.headings()[0].pos);
}

TEST_CASE("GFM tables, strikethrough, autolinks and task lists render") {
    diag::Diagnostics d;
    const Document doc = parse("| a | b |\n|---|:-:|\n| 1 | 2 |\n\n~~borte~~ www.x.no\n\n- [ ] gjøre\n- [x] gjort\n", d);
    CHECK(doc.render_html(nullptr) ==
          "<table>\n<thead>\n<tr>\n<th>a</th>\n<th align=\"center\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
          "<td>1</td>\n<td align=\"center\">2</td>\n</tr>\n</tbody>\n</table>\n"
          "<p><del>borte</del> <a href=\"http://www.x.no\">www.x.no</a></p>\n"
          "<ul>\n<li><input type=\"checkbox\" disabled=\"\" /> gjøre</li>\n"
          "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> gjort</li>\n</ul>\n");
}

TEST_CASE("plain text has no markup and one line per paragraph") {
    diag::Diagnostics d;
    const Document doc = parse("# Tittel\n\nEn *fin*\n[lenke](a.md) og [[slug]] og [[s|tekst]].\n\n- punkt `kode`\n\n"
                               "| a | b |\n|---|---|\n| 1 | 2 |\n\n<b>rå</b>\n",
                               d);
    CHECK(doc.plain_text() == "Tittel\nEn fin lenke og slug og tekst.\npunkt kode\na b\n1 2\nrå");
}

TEST_CASE("render_inline_markdown renders short text without link checks") {
    CHECK(render_inline_markdown("*Viktig* [lenke](https://x.no)") ==
          "<p><em>Viktig</em> <a href=\"https://x.no\">lenke</a></p>\n");
    CHECK(render_inline_markdown("") == "");
}

TEST_CASE("links in headings and in lists inside quotes get exact positions") {
    diag::Diagnostics d;
    const Document doc = parse("## Om [metoden](m.md)\n\n> - punkt\n>   med [[wiki]] og [a](a.md)\n", d);
    CHECK(seen(doc) == std::vector<Seen>{{"m.md", at(4, 17)}, {"wiki", at(7, 11)}, {"a.md", at(7, 25)}});
    REQUIRE(doc.headings().size() == 1);
    CHECK(doc.headings()[0].text == "Om metoden");
    CHECK(doc.headings()[0].id == "om-metoden");
}

TEST_CASE("an empty body has no links, headings or HTML") {
    diag::Diagnostics d;
    const Document doc = parse("", d);
    CHECK(doc.links().empty());
    CHECK(doc.headings().empty());
    CHECK(doc.render_html(nullptr).empty());
    CHECK(doc.plain_text().empty());
}
