#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "markdown/markdown.hpp"
#include "markdown/url_safety.hpp"

using namespace stilas;
using namespace stilas::markdown;

namespace {

// Every tag in `html` with its attribute names, e.g. "a href title". Attribute values are
// quoted by cmark, so a '>' inside quotes does not end the tag.
std::vector<std::string> tags_of(const std::string& html) {
    std::vector<std::string> tags;
    for (size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
        if (html.compare(i, 4, "<!--") == 0) continue;
        std::string tag;
        std::string token;
        bool quoted = false;
        auto flush = [&] {
            const std::string name = token.substr(0, token.find('='));
            if (!name.empty() && name != "/") tag += (tag.empty() ? "" : " ") + name;
            token.clear();
        };
        size_t j = i + 1;
        for (; j < html.size() && (quoted || html[j] != '>'); ++j) {
            if (html[j] == '"') quoted = !quoted;
            if (html[j] == ' ' && !quoted) flush();
            else token += html[j];
        }
        flush();
        tags.push_back(tag);
        i = j;
    }
    return tags;
}

// Fails when a tag or attribute outside cmark's own vocabulary appears.
void check_only_safe_markup(const std::string& html) {
    static const std::set<std::string> k_names = {
        "p", "/p", "a", "/a", "img", "em", "/em", "strong", "/strong", "code", "/code", "pre", "/pre",
        "ul", "/ul", "ol", "/ol", "li", "/li", "blockquote", "/blockquote", "h1", "/h1", "h2", "/h2",
        "del", "/del", "table", "/table", "thead", "/thead", "tbody", "/tbody", "tr", "/tr", "th", "/th",
        "td", "/td", "input", "br", "hr", "href", "src", "alt", "title", "id", "class", "type", "checked",
        "disabled", "align"};
    for (const std::string& tag : tags_of(html)) {
        size_t start = 0;
        while (start <= tag.size()) {
            size_t end = tag.find(' ', start);
            if (end == std::string::npos) end = tag.size();
            const std::string name = tag.substr(start, end - start);
            INFO("markup: " << tag << " in " << html);
            CHECK(k_names.contains(name));
            start = end + 1;
        }
    }
}

std::string render(std::string_view body, diag::Diagnostics& d) {
    return Document::parse(body, "content/a.md", 2, d).render_html(nullptr);
}

}  // namespace

TEST_CASE("the tag checker used below catches an event handler attribute") {
    CHECK(tags_of("<img src=\"x\" onerror=\"alert(1)\" />") == std::vector<std::string>{"img src onerror"});
    CHECK(tags_of("<a title=\"&quot; onerror=x\">t</a>") == std::vector<std::string>{"a title", "/a"});
}

TEST_CASE("raw HTML and script never reach the output") {
    diag::Diagnostics d;
    const std::string html = render("<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(1)> og "
                                    "<a href=\"javascript:x\">a</a>\n\n<iframe src=x></iframe>\n",
                                    d);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<iframe") == std::string::npos);
    CHECK(html.find("<!-- raw HTML omitted -->") != std::string::npos);
    check_only_safe_markup(html);
    CHECK(render_inline_markdown("<script>alert(1)</script> *x*").find("<script") == std::string::npos);
}

TEST_CASE("code-fence info strings and link titles cannot inject attributes") {
    diag::Diagnostics d;
    const std::string html = render("```\"><img src=x onerror=alert(1)>\nkode\n```\n\n"
                                    "[t](x.md \"\\\" onerror=\\\"alert(1)\")\n\n![b](b.png 'x\" onload=\"y')\n",
                                    d);
    CHECK(html.find("<img src=x") == std::string::npos);
    check_only_safe_markup(html);
    CHECK(d.headlines().empty());
}

TEST_CASE("unsafe link schemes are dropped with a warning at the link, whatever their case or spacing") {
    diag::Diagnostics d;
    const std::string html = render("[a](JaVaScRiPt:alert(1)) [b](< javascript:x>)\n"
                                    "[c](vbscript:x) [d](file:///etc/passwd) [e](java&#x09;script:x)\n"
                                    "![f](data:text/html,x) [g](data:image/png;base64,AA) <javascript:alert(1)>\n",
                                    d);
    CHECK(d.headlines() == std::vector<std::string>{
                               "content/a.md:2:5: advarsel[MD001]: Lenken bruker «javascript:», som ikke er tillatt. "
                               "Bruk en nettadresse som begynner med «https://», eller lenk til en side i nettstedet.",
                               "content/a.md:2:32: advarsel[MD001]: Lenken bruker «javascript:», som ikke er tillatt. "
                               "Bruk en nettadresse som begynner med «https://», eller lenk til en side i nettstedet.",
                               "content/a.md:3:5: advarsel[MD001]: Lenken bruker «vbscript:», som ikke er tillatt. "
                               "Bruk en nettadresse som begynner med «https://», eller lenk til en side i nettstedet.",
                               "content/a.md:3:21: advarsel[MD001]: Lenken bruker «file:», som ikke er tillatt. "
                               "Bruk en nettadresse som begynner med «https://», eller lenk til en side i nettstedet.",
                               "content/a.md:3:45: advarsel[MD001]: Lenken bruker «javascript:», som ikke er tillatt. "
                               "Bruk en nettadresse som begynner med «https://», eller lenk til en side i nettstedet.",
                               "content/a.md:4:6: advarsel[MD001]: Lenken bruker «data:», som ikke er tillatt. "
                               "Bruk en nettadresse som begynner med «https://», eller lenk til en side i nettstedet.",
                               "content/a.md:4:28: advarsel[MD001]: Lenken bruker «data:», som ikke er tillatt. "
                               "Bruk en nettadresse som begynner med «https://», eller lenk til en side i nettstedet.",
                               "content/a.md:4:55: advarsel[MD001]: Lenken bruker «javascript:», som ikke er tillatt. "
                               "Bruk en nettadresse som begynner med «https://», eller lenk til en side i nettstedet.",
                           });
    CHECK(html.find("href") == std::string::npos);
    CHECK(html.find("src") == std::string::npos);
    CHECK(html == "<p>a b\nc d e\nf g javascript:alert(1)</p>\n");
}

TEST_CASE("unsafe links are not offered to the rewriter, and safe ones still are") {
    diag::Diagnostics d;
    const Document doc = Document::parse("[a](javascript:x) [b](b.md) ![c](data:image/png;base64,AA)\n", "a.md", 1, d);
    REQUIRE(doc.links().size() == 2);
    CHECK(doc.links()[0].target == "b.md");
    CHECK(doc.links()[1].target == "data:image/png;base64,AA");
    CHECK(doc.render_html(nullptr) == "<p>a <a href=\"b.md\">b</a> <img src=\"data:image/png;base64,AA\" alt=\"c\" /></p>\n");
}

TEST_CASE("a rewriter that returns an unsafe URL gets no href") {
    diag::Diagnostics d;
    const Document doc = Document::parse("[a](a.md)\n", "a.md", 1, d);
    const std::string html =
        doc.render_html([](size_t, const Link&, std::string& url_out, std::string&) {
            url_out = " JAVASCRIPT:x";
            return true;
        });
    CHECK(html == "<p><a href=\"\">a</a></p>\n");
}

TEST_CASE("a wikilink with an unsafe scheme is dropped too") {
    diag::Diagnostics d;
    const Document doc = Document::parse("[[javascript:alert(1)|klikk]]\n", "a.md", 1, d);
    CHECK(doc.links().empty());
    CHECK(doc.render_html(nullptr) == "<p>klikk</p>\n");
    CHECK(d.warning_count() == 1);
}

TEST_CASE("render_inline_markdown drops unsafe links without diagnostics") {
    CHECK(render_inline_markdown("[x](javascript:alert(1)) ![y](data:text/html,z)") == "<p>x y</p>\n");
}

TEST_CASE("the scheme check folds case, spaces and control characters like a browser") {
    CHECK(unsafe_scheme("JaVaScRiPt:alert(1)", UrlUse::link) == "javascript:");
    CHECK(unsafe_scheme(" \x01javascript:x", UrlUse::link) == "javascript:");
    CHECK(unsafe_scheme("java\tscr\nipt:x", UrlUse::link) == "javascript:");
    CHECK(unsafe_scheme("data:image/png;base64,AA", UrlUse::image) == std::nullopt);
    CHECK(unsafe_scheme("data:image/webp,AA", UrlUse::image) == std::nullopt);
    CHECK(unsafe_scheme("data:image/svg+xml,AA", UrlUse::image) == "data:");
    CHECK(unsafe_scheme("data:image/png;base64,AA", UrlUse::link) == "data:");
    CHECK(unsafe_scheme("https://x.no/javascript:", UrlUse::link) == std::nullopt);
    CHECK(unsafe_scheme("../a.md#javascript:x", UrlUse::link) == std::nullopt);
    CHECK(unsafe_scheme("mailto:a@b.no", UrlUse::link) == std::nullopt);
    // Paths, fragments and queries, and what only looks like them after a browser's folding.
    CHECK(unsafe_scheme("/javascript:x", UrlUse::link) == std::nullopt);
    CHECK(unsafe_scheme("#javascript:x", UrlUse::link) == std::nullopt);
    CHECK(unsafe_scheme("?javascript:x", UrlUse::link) == std::nullopt);
    CHECK(unsafe_scheme("\x0ajavascript:x", UrlUse::link) == "javascript:");
    CHECK(unsafe_scheme("Data:text/html,x", UrlUse::link) == "data:");
}
