#include <doctest/doctest.h>

#include <string>

#include "markdown/markdown.hpp"
#include "cmark_reference.hpp"

using namespace stilas;
using namespace stilas::markdown;

namespace {

// The marker an earlier pre-renderer put in place of every URL and cut out again; a body that
// contained it could not be pre-rendered. The writer now leaves gaps, so such text is only text.
constexpr const char* k_marker_text = "zqStilasLenke";

LinkRewriter rewriter(const std::string& url, const std::string& label) {
    return [url, label](size_t, const Link&, std::string& url_out, std::string& text_out) {
        url_out = url;
        text_out = label;
        return true;
    };
}

std::string render_with(const std::string& body, const std::string& url, const std::string& label) {
    return test::stilas_html(body, rewriter(url, label));
}

// The spliced HTML against cmark-gfm's own rendering of the tree with the same URLs and labels.
void check_same(const std::string& body, const std::string& url, const std::string& label) {
    CHECK(render_with(body, url, label) == test::cmark_reference_html(body, rewriter(url, label)));
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
    const std::string body = std::string("[x](a.md) ") + k_marker_text + "0u [[s]] " + k_marker_text + "1t\n\n# " + k_marker_text + "\n";
    const std::string html = render_with(body, "/a/", "");
    CHECK(html == std::string("<p><a href=\"/a/\">x</a> ") + k_marker_text + "0u <a href=\"/a/\">s</a> " + k_marker_text +
                      "1t</p>\n<h1 id=\"zqstilaslenke\">" + k_marker_text + "</h1>\n");
    check_same(body, "/a/", "Tekst");
}

TEST_CASE("a page parsed against an HTML dictionary renders exactly as without it") {
    diag::Diagnostics d;
    std::string first_body, body;
    for (int i = 0; i < 40; ++i) {
        first_body += "## Del " + std::to_string(i) + "\n\nKulturskolen og [skolen](../verktoy/a.md) samarbeider.\n\n";
        body += "Avsnitt " + std::to_string(i) + " om [[kommune]] og *medvirkning* i kulturskolen.\n\n| a | b |\n|---|---|\n| x | y |\n\n";
    }
    const Document first = Document::parse(first_body, "content/a.md", 4, d);
    const auto dictionary = make_html_dictionary(first.render_html(nullptr));
    const Document plain = Document::parse(body, "content/b.md", 4, d);
    const Document compact = Document::parse(body, "content/b.md", 4, d, dictionary);
    CHECK(compact.render_html(nullptr) == plain.render_html(nullptr));
    const auto rewrite = rewriter("/kommuner/x/", "Kommune X");
    CHECK(compact.render_html(rewrite) == plain.render_html(rewrite));
    CHECK(d.error_count() == 0);
}
