// The HTML writer (markdown/html_writer.cpp) against cmark-gfm's own renderer on the same trees:
// a corpus of snippets for every node type and extension Stilas parses, and random documents
// built from Markdown's special pieces. Each body is compared with its links rewritten (URLs
// and wikilink labels that need escaping) and as written.
#include <doctest/doctest.h>

#include "support/test_random.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "cmark_reference.hpp"
#include "markdown/html_writer.hpp"
#include "markdown/input_guard.hpp"
#include "markdown/markdown.hpp"

using namespace stilas;
using namespace stilas::markdown;

namespace {

// URLs and labels with every byte HTML or an href escapes; a different one for each link.
bool rewrite_all(size_t index, const Link&, std::string& url_out, std::string& text_out) {
    text_out = index % 3 == 2 ? "" : "Tittel " + std::to_string(index) + " <&>\"' æøå";
    url_out = "/side-" + std::to_string(index) + "/?a=1&b='2'#ø \"x\"<>";
    return true;
}

void check_both_ways(const std::string& body) {
    INFO("body: " << body);
    REQUIRE(check_input_shape(body).empty());
    CHECK(markdown::test::stilas_html(body, rewrite_all) == markdown::test::cmark_reference_html(body, rewrite_all));
    CHECK(markdown::test::stilas_html(body, nullptr) == markdown::test::cmark_reference_html(body, nullptr));
}

const std::vector<std::string> k_corpus = {
    // Empty and blank bodies.
    "",
    "\n",
    "   \n\n  \n",
    // Paragraphs, breaks, text that needs escaping, entities and backslash escapes.
    "Bare tekst.\n",
    "Linje en\nlinje to\n\nNytt avsnitt.\n",
    "Hard  \nbrudd og\\\nbrudd med skråstrek.\n",
    "Tegn: < > & \" ' / og æøå ÆØÅ é ü ß – — … «sitat».\n",
    "Entiteter: &amp; &lt; &gt; &quot; &#39; &#x27; &copy; &aelig; &oslash; &nbsp; &#0; &bogus; &#xD800;\n",
    "Escapes: \\* \\_ \\` \\# \\[ \\] \\( \\) \\! \\< \\> \\& \\\" \\\\ \\| \\~\n",
    "1 < 2 && 3 > 2 \"ja\" 'nei' <x <y> </z> <!-- c --> <?p?> <!D> <![CDATA[x]]>\n",
    "Tab\ther og    mange mellomrom.   \n",
    "Null\xef\xbf\xbd tegn og \x01 kontroll.\n",
    // Headings of every level, setext, inline markup, links and repeated texts.
    "# En\n## To\n### Tre\n#### Fire\n##### Fem\n###### Seks\n",
    "Setext\n======\n\nUnder\n------\n",
    "# Om *oss* og **dem** `kode` ~~borte~~ <b>x</b> &amp;\n",
    "# Lenke [her](a.md \"tittel\") og [[side]] og [[side|tekst]]\n",
    "# Om\n\n# Om\n\n## Om\n\n#\n\n# ###\n",
    "# Bilde ![alt *x*](b.png \"t\")\n",
    "#Ikke overskrift\n\n\\# heller ikke\n",
    // Emphasis, strong, code spans, strikethrough.
    "*em* _em_ **strong** __strong__ ***begge*** *nestet **inni** her*\n",
    "`kode <&>\"'` `` to ` backticks `` ```tre```\n",
    "~~strek~~ ~en~ ~~~tre~~~ ~~*em i strek*~~ *~~strek i em~~*\n",
    "**ulukket *blanding_ av_ *tegn**\n",
    // Links: inline, titles in every quote, reference style, autolinks, nested images.
    "[a](a.md) [b](<b c.md>) [c](c.md \"tittel <&>\\\"'\") [d](d.md 'enkelt \"x\"') [e](e.md (paren))\n",
    "[ref] og [ref][] og [tekst][ref]\n\n[ref]: /ref/ \"Ref-tittel\"\n",
    "<https://eksempel.no/a?b=1&c=2> <mailto:a@b.no> <a@b.no>\n",
    "www.eksempel.no og https://eksempel.no/sti?x=1&y=2. og a@b.no og http://x.no)\n",
    "[lenke med `kode` og *em* og ~~strek~~](x.md)\n",
    "[![bilde](i.png)](l.md) [tom]() [](tom-tekst.md)\n",
    "[utrygg](javascript:alert(1)) [også](JaVaScRiPt:x) ![data](data:text/html,x) ![png](data:image/png;base64,AA)\n",
    "[lenke](<url med mellomrom og æ>) [%](a%20b.md) [q](a.md?x=\"y\"&z='w')\n",
    // Images: alt text is plain text of everything inside.
    "![enkel](a.png)\n",
    "![*em* **st** `kode` ~~strek~~ <b>html</b> &amp; \"q\"](a.png \"tittel <&>\")\n",
    "![alt med [lenke](inni.md) og ![indre](i.png \"it\") bilde](ytre.png)\n",
    "![linje\nbrudd og hard  \nbrudd](a.png)\n",
    "![](tom.png) ![alt]( \"bare tittel\")\n",
    "![bilde med [[wiki]] inni](a.png)\n",
    // Wikilinks in every context.
    "[[side]] [[side|tekst]] [[type/side#anker]] [[ mellomrom | tekst med <&> ]]\n",
    "Før [[a]][[b]] etter [[c|*ikke em*]] [[]] [[|x]] [[[d]]] [[e]\n",
    "[lenke med [[wiki]] inni](x.md)\n",
    "*[[em-wiki]]* **[[st|Sterk]]** ~~[[strek]]~~\n",
    "[[side]]\n\n- [[i-liste]]\n\n> [[i-sitat|Sitat]]\n",
    // Block quotes and lists: tight, loose, nested, ordered starts, empty items, task items.
    "> sitat\n> med to linjer\n>\n> og avsnitt\n",
    "> > > dypt\n> > nestet\n",
    ">\n",
    "- en\n- to\n- tre\n",
    "- en\n\n- to\n- tre\n",
    "* a\n+ b\n- c\n",
    "1. en\n2. to\n\n3) ny liste\n",
    "7. start på sju\n8. åtte\n",
    "0. null\n\n003. tre\n\n123456789. stor\n",
    "-\n- \n-   \n- x\n",
    "1.\n2.\n",
    "- a\n  - b\n    - c\n\n      løs c\n  - d\n- e\n",
    "- a\n\n  fortsettelse\n- b\n",
    "1. a\n   > sitat i liste\n   ```\n   kode i liste\n   ```\n2. b\n",
    "- [ ] ikke gjort\n- [x] gjort\n- [X] Gjort\n- [ ]\n- [x] *em* [lenke](a.md)\n",
    "1. [x] nummerert oppgave\n2. [ ] neste\n\n- [ ] løs\n\n- [x] liste\n",
    "- [ ] a\n  - [x] nestet\n- vanlig\n",
    "- [x]ikke oppgave\n- [y] heller ikke\n- \\[x] escaped\n",
    "> - [ ] i sitat\n",
    // Code blocks: fenced with info strings, indented, empty, unclosed.
    "```\nkode <&>\"'\n```\n",
    "```python\nprint(\"hei\")\n```\n",
    "```c++ ekstra ord {.klasse}\nint x;\n```\n",
    "~~~ ruby\tmed tab\nx\n~~~\n",
    "```a<b&\"c\" d\n```\n",
    "```&amp;x \\*y\nz\n```\n",
    "```\n```\n",
    "```\n\n\n```\n",
    "    innrykket kode\n    <b>\n\n    mer\n",
    "```\nulukket kode\n",
    "````\n```\nfire\n````\n",
    // Raw HTML blocks and inline HTML: never written.
    "<div>\n*blokk*\n</div>\n",
    "<script>alert(1)</script>\n\ntekst\n",
    "<!-- kommentar -->\n\n<?php x ?>\n\n<!DOCTYPE html>\n\n<![CDATA[\nx\n]]>\n",
    "tekst <span class=\"x\">inline</span> og <br/> og <a href=\"javascript:x\">a</a>\n",
    "<table><tr><td>\n\n| a |\n|---|\n| b |\n\n</td></tr></table>\n",
    "<iframe src=x></iframe>\n<style>x</style>\n",
    // Thematic breaks.
    "***\n---\n___\n* * *\n",
    "tekst\n***\nmer\n",
    // Tables: alignments, inline markup, pipes, escapes, short and long rows, header only.
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "| v | m | h | n |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n| 5 | 6 | 7 | 8 |\n",
    "| kun | overskrift |\n|---|:---:|\n",
    "| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 | 5 |\n|  |  |  |\n",
    "| *em* | **st** | `k\\|ode` | ~~s~~ |\n|---|---|---|---|\n| [l](a.md \"t\") | ![b](b.png) | [[w]] | [[w|T]] |\n| \\| pipe | a \\| b | <b>h</b> | &amp; <&> |\n",
    "a | b\n--|--\nc | d\n",
    "| a |\n|---|\n| b |\ntekst etter\n\nnytt avsnitt\n",
    "| a |\n|---|\n\n| c | d |\n|:-|-:|\n| e | f |\n",
    "> | i | sitat |\n> |---|---|\n> | 1 | 2 |\n",
    "- | i | liste |\n  |---|---|\n  | 1 | 2 |\n",
    "| # | Overskrift |\n|---|---|\n| *a* | b |\n\n# Etter tabell\n",
    "| a |\n|---|\n| www.eksempel.no |\n| <https://x.no> |\n",
    // Mixed documents: everything nested together.
    "# Tittel\n\nAvsnitt med [lenke](a.md) og [[wiki]].\n\n> ## Sitat-overskrift\n> - [ ] oppgave med [[wiki|Tekst]]\n>   1. nestet\n>\n>      ```sh\n>      kode\n>      ```\n\n| A | B |\n|:-:|--:|\n| ![x](x.png) | ~~[s](s.md)~~ |\n\n---\n\n# Tittel\n",
    "Tekst  \n<b>\n\n* * *\n[a]: /u\n\n[a]\n",
};

// Pieces whose combinations exercise the parser's ambiguous corners.
const std::vector<std::string> k_pieces = {
    "tekst", " ", "  ", "\n", "\n\n", "æøå", "<", ">", "&", "\"", "'", "&amp;", "&#x27;", "\\", "\\*", "*", "**", "_",
    "`", "``", "~", "~~", "[", "]", "[[", "]]", "|", "(", ")", "](a.md)", "](b.png \"t\")", "![", "[[side]]",
    "[[side|tekst]]", "<b>", "</b>", "<!-- c -->", "# ", "## ", "> ", "- ", "* ", "1. ", "2) ", "- [ ] ", "- [x] ",
    "```", "```js\n", "    ", "---", "***", "| a | b |\n", "|---|:-:|\n", "| c | d |\n", "www.x.no", "<https://x.no>",
    "a@b.no", "[r]", "\n[r]: /r \"T\"\n", "  \n", "\t",
};

// Pieces of a table cell's inline content.
const std::vector<std::string> k_cell_pieces = {
    "a", " ", "æ", "<", "&", "\"", "'", "\\|", "*", "**", "_", "`", "~~", "[", "]", "](a.md)", "![", "](b.png \"t\")",
    "[[w]]", "[[w|T]]", "<b>", "&amp;", "www.x.no", "\\", "  ",
};

}  // namespace

TEST_CASE("the HTML writer matches cmark-gfm's renderer on every construct of the corpus") {
    for (const std::string& body : k_corpus) check_both_ways(body);
}

TEST_CASE("the HTML writer matches cmark-gfm's renderer on the whole corpus as one document") {
    std::string all;
    for (const std::string& body : k_corpus) all += body + "\n";
    check_both_ways(all);
}

TEST_CASE("the HTML writer matches cmark-gfm's renderer on random documents") {
    stilas::test::TestRandom random{20240611};
    for (int round = 0; round < 3000; ++round) {
        std::string body;
        const size_t pieces = 1 + random.below(40);
        for (size_t i = 0; i < pieces; ++i) body += k_pieces[random.below(k_pieces.size())];
        if (!check_input_shape(body).empty()) continue;
        check_both_ways(body);
    }
}

TEST_CASE("the HTML writer matches cmark-gfm's renderer on random tables") {
    static const std::vector<std::string> k_delimiters = {"---", ":--", ":-:", "--:", "-"};
    stilas::test::TestRandom random{7};
    for (int round = 0; round < 500; ++round) {
        auto row = [&](size_t cells) {
            std::string line = random.below(2) == 0 ? "|" : "";
            for (size_t c = 0; c < cells; ++c) {
                if (c > 0) line += "|";
                for (size_t n = random.below(4); n > 0; --n) line += k_cell_pieces[random.below(k_cell_pieces.size())];
            }
            return line + (random.below(2) == 0 ? "|\n" : "\n");
        };
        const size_t columns = 1 + random.below(4);
        std::string body = random.below(3) == 0 ? "> " : "";
        body += row(columns) + "|";
        for (size_t c = 0; c < columns; ++c) body += k_delimiters[random.below(k_delimiters.size())] + "|";
        body += "\n";
        for (size_t rows = random.below(4); rows > 0; --rows) body += row(1 + random.below(columns + 2));
        if (random.below(2) == 0) body += "etter\n\n| ny |\n|---|\n";
        if (!check_input_shape(body).empty()) continue;
        check_both_ways(body);
    }
}

TEST_CASE("nesting far deeper than a page would does not exhaust the stack") {
    std::string quotes(20000, '>');
    quotes += " dypt\n";
    check_both_ways(quotes);
    std::string lists;
    for (int i = 0; i < 300; ++i) lists += std::string(static_cast<size_t>(i) * 2, ' ') + "- x\n";
    check_both_ways(lists);
}

TEST_CASE("a node the writer does not know stops it instead of being left out") {
    diag::Diagnostics diagnostics;
    ParsedBody parsed = build_body("Tekst [lenke](a.md)\n", "a.md", 1, diagnostics);
    cmark_node* paragraph = cmark_node_first_child(parsed.tree.root());
    std::string room;
    std::vector<Splice> splices;
    SUBCASE("an inline node of a type our parse never makes") {
        cmark_node_append_child(paragraph, cmark_node_new(CMARK_NODE_CUSTOM_INLINE));
        CHECK_THROWS_AS(write_gapped_html(parsed, room, splices), std::logic_error);
    }
    SUBCASE("a block node of a type our parse never makes") {
        cmark_node_append_child(parsed.tree.root(), cmark_node_new(CMARK_NODE_CUSTOM_BLOCK));
        CHECK_THROWS_AS(write_gapped_html(parsed, room, splices), std::logic_error);
    }
    SUBCASE("a link without its slot") {
        cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, "b.md");
        cmark_node_append_child(paragraph, link);
        CHECK_THROWS_AS(write_gapped_html(parsed, room, splices), std::logic_error);
    }
    SUBCASE("and the unchanged tree is written") {
        const size_t size = write_gapped_html(parsed, room, splices);
        CHECK(room.substr(0, size) == "<p>Tekst <a href=\"\">lenke</a></p>\n");
        REQUIRE(splices.size() == 1);
        CHECK(splices[0].offset == 18);
        CHECK(splices[0].link == 0);
        CHECK_FALSE(splices[0].label);
    }
}
