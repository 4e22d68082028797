#include <doctest/doctest.h>

#include <string>

#include "markdown/markdown.hpp"

using namespace stilas;
using namespace stilas::markdown;

namespace {

// The marker the pre-renderer uses; a body that contains it is rendered from its tree instead,
// which is how these tests compare the two ways of rendering.
constexpr const char* k_marker_text = "zqStilasLenke";

std::string render_with(const std::string& body, const std::string& url, const std::string& label) {
    diag::Diagnostics d;
    const Document doc = Document::parse(body, "a.md", 1, d);
    return doc.render_html([&](size_t, const Link&, std::string& text_out) -> std::optional<std::string> {
        text_out = label;
        return url;
    });
}

// The same body twice: once as it is (pre-rendered), once with the marker appended as a last
// paragraph (rendered from the tree); the tree's output minus that paragraph must be identical.
void check_same(const std::string& body, const std::string& url, const std::string& label) {
    const std::string spliced = render_with(body, url, label);
    std::string from_tree = render_with(body + "\n\n" + k_marker_text + "\n", url, label);
    const std::string tail = std::string("<p>") + k_marker_text + "</p>\n";
    REQUIRE(from_tree.size() > tail.size());
    CHECK(from_tree.substr(from_tree.size() - tail.size()) == tail);
    from_tree.resize(from_tree.size() - tail.size());
    CHECK(spliced == from_tree);
}

}  // namespace

TEST_CASE("spliced links are escaped exactly as cmark escapes them, for every byte") {
    const std::string body = "# Tittel\n\nSe [[mål]] og [tekst](a.md \"tittel\") og ![bilde](b.png).\n\n## Tittel\n";
    for (int b = 1; b < 256; ++b) {
        const char c = static_cast<char>(b);
        CAPTURE(b);
        check_same(body, std::string("/a") + c + "b/?x=1&y='z'", std::string("T") + c + "<&>\"'");
    }
}

TEST_CASE("spliced HTML keeps headings' ids, tables, strikethrough and autolinks") {
    const std::string body = "# Om\n\n| a | b |\n|---|---|\n| [x](x.md) | ~~y~~ |\n\nwww.example.no og <https://a.no>\n\n"
                             "## Om\n\n[[side|Med tekst]] [[uten-tekst]]\n";
    check_same(body, "/side/", "Sidetittel");
    check_same(body, "", "");
    const std::string html = render_with(body, "/s/", "S");
    CHECK(html.find("<h1 id=\"om\">") != std::string::npos);
    CHECK(html.find("<h2 id=\"om-1\">") != std::string::npos);
    CHECK(html.find("<del>y</del>") != std::string::npos);
    CHECK(html.find("<a href=\"/s/\">Med tekst</a>") != std::string::npos);
    CHECK(html.find("<a href=\"/s/\">S</a>") != std::string::npos);
}

TEST_CASE("an unsafe rewritten URL gets an empty href in both ways of rendering") {
    check_same("[x](a.md)\n", "javascript:alert(1)", "");
    CHECK(render_with("[x](a.md)\n", "javascript:alert(1)", "").find("href=\"\"") != std::string::npos);
}

TEST_CASE("a body that contains the marker text still renders its links and the text") {
    const std::string html = render_with(std::string("[x](a.md) ") + k_marker_text + "0u\n", "/a/", "");
    CHECK(html == std::string("<p><a href=\"/a/\">x</a> ") + k_marker_text + "0u</p>\n");
}
