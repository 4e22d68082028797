#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include "support/cpu_clock.hpp"
#include <functional>
#include <string>
#include <vector>

#include "markdown/input_guard.hpp"
#include "markdown/markdown.hpp"

using namespace stilas;
using namespace stilas::markdown;

namespace {

std::string repeat(std::string_view s, size_t bytes) {
    std::string out;
    out.reserve(bytes + s.size());
    while (out.size() + s.size() <= bytes) out += s;
    return out;
}

struct Shape {
    const char* name;
    std::function<std::string(size_t)> make;  // a body of about `bytes` bytes
};

// The shapes of cmark's test/pathological_tests.py, and ours for positions and wikilinks.
const std::vector<Shape>& shapes() {
    static const std::vector<Shape> k_shapes = {
        {"nested strong emph", [](size_t n) { return repeat("*a **a ", n / 2) + "b" + repeat(" a** a*", n / 2); }},
        {"many emph closers with no openers", [](size_t n) { return repeat("a_ ", n); }},
        {"many emph openers with no closers", [](size_t n) { return repeat("_a ", n); }},
        {"many link closers with no openers", [](size_t n) { return repeat("a]", n); }},
        {"many link openers with no closers", [](size_t n) { return repeat("[a", n); }},
        {"mismatched openers and closers", [](size_t n) { return repeat("*a_ ", n); }},
        {"openers and closers multiple of 3", [](size_t n) { return "a**b" + repeat("c* ", n); }},
        {"link openers and emph closers", [](size_t n) { return repeat("[ a_", n); }},
        {"pattern [ (]( repeated", [](size_t n) { return repeat("[ (](", n); }},
        {"nested brackets", [](size_t n) { return repeat("[", n / 2) + "a" + repeat("]", n / 2); }},
        {"nested block quotes", [](size_t n) { return repeat("> ", n) + "a"; }},
        {"deeply nested lists",
         [](size_t n) {
             std::string out;
             for (size_t x = 0; out.size() < n; ++x) out += std::string(2 * x, ' ') + "* a\n";
             return out;
         }},
        {"backticks",
         [](size_t n) {
             std::string out;
             for (size_t x = 1; out.size() < n; ++x) out += "e" + std::string(x, '`');
             return out;
         }},
        {"unclosed links A", [](size_t n) { return repeat("[a](<b", n); }},
        {"unclosed links B", [](size_t n) { return repeat("[a](b", n); }},
        {"unclosed <!--", [](size_t n) { return "</" + repeat("<!--", n); }},
        {"tables with CR and VT", [](size_t n) { return repeat("aaa\rbbb\n-\v\n", n); }},
        {"table with many rows", [](size_t n) { return "| a | b |\n|---|---|\n" + repeat("| [c](c.md) | d |\n", n); }},
        {"table with 100 columns",
         [](size_t n) { return repeat("|a", 200) + "|\n" + repeat("|-", 200) + "|\n" + repeat(repeat("|x", 200) + "|\n", n); }},
        {"many [ brackets", [](size_t n) { return repeat("[", n); }},
        {"many wikilinks on one line", [](size_t n) { return repeat("[[x]] ", n); }},
        {"many [[ without ]]", [](size_t n) { return repeat("[[a", n); }},
        {"the same link many times on one line", [](size_t n) { return repeat("[a](x.md) ", n); }},
        {"images inside links", [](size_t n) { return repeat(repeat("[![i](a.png)](b.md) ", 20 * 150) + "\n\n", n); }},
        {"reference links", [](size_t n) { return repeat("[r] ", n) + "\n\n[r]: /x\n"; }},
        {"links written with entities", [](size_t n) { return repeat("[a](&#x61;.md) ", n); }},
        {"bare URLs and emails", [](size_t n) { return repeat("www.a.no b@c.no ", n); }},
        {"links on many lines", [](size_t n) { return repeat("tekst [a](a.md)\n", n); }},
        {"many headings with one title", [](size_t n) { return repeat("## Tittel\n", n); }},
        {"single tildes", [](size_t n) { return repeat("~a", n); }},
        {"the most image openers allowed, then links", [](size_t n) { return repeat("![", 400) + repeat("[]()", n); }},
    };
    return k_shapes;
}

// Parse, links and render: what the pipeline does with a page. Best of `runs`, in seconds.
double pipeline_seconds(const std::string& body, int runs) {
    double best = 1e9;
    for (int run = 0; run < runs; ++run) {
        const double start = stilas::test::thread_cpu_seconds();
        diag::Diagnostics d;
        const Document doc = Document::parse(body, "content/a.md", 1, d);
        size_t count = doc.links().size();
        const std::string html = doc.render_html([&count](size_t, const Link&, std::string&, std::string&) {
            ++count;
            return false;
        });
        CHECK(!html.empty());
        best = std::min(best, stilas::test::thread_cpu_seconds() - start);
    }
    return best;
}

}  // namespace

TEST_CASE("pathological shapes go through parse, links and render fast and near-linearly") {
    for (const Shape& shape : shapes()) {
        INFO("shape: " << std::string(shape.name));
        const std::string body = shape.make(100'000);
        diag::Diagnostics d;
        (void)Document::parse(body, "content/a.md", 1, d);
        CHECK(d.headlines().empty());
        const double t_100k = pipeline_seconds(body, 2);
        // Eight times the input: linear is 8x the time, quadratic 64x. The bound of 24x plus 0.15 s
        // leaves room for cache effects (50 KB fits in cache, 400 KB does not) and a loaded
        // machine; a 3x bound on doubled input proved flaky. A quadratic shape taking 10 ms at
        // 50 KB would take 640 ms at 400 KB and fail.
        const double t_50k = pipeline_seconds(shape.make(50'000), 3);
        const double t_400k = pipeline_seconds(shape.make(400'000), 2);
        INFO("50 KB: " << t_50k << " s, 100 KB: " << t_100k << " s, 400 KB: " << t_400k << " s");
        CHECK(t_100k < 2.0);
        CHECK(t_400k < 24.0 * t_50k + 0.5);
    }
}

TEST_CASE("a paragraph with too many image openers is refused, quickly") {
    diag::Diagnostics d;
    const std::string body = "Innledning.\n\n" + repeat("![[]()", 100'000);
    const double start = stilas::test::thread_cpu_seconds();
    const Document doc = Document::parse(body, "content/a.md", 3, d);
    const std::string html = doc.render_html(nullptr);
    CHECK(stilas::test::thread_cpu_seconds() - start < 2.0);
    CHECK(d.headlines() == std::vector<std::string>{
                               "content/a.md:5:1: feil[MD002]: Avsnittet har mer enn 200 bildeklammer «![», og det er "
                               "for mange til å tolke trygt. Del avsnittet opp med tomme linjer, eller skriv «\\![» der "
                               "du ikke mener et bilde."});
    CHECK(doc.links().empty());
    CHECK(html.starts_with("<pre>Innledning.\n\n![[]()"));
}

TEST_CASE("a line with more pipes than a table may have columns is refused") {
    diag::Diagnostics d;
    const std::string body = "| a |\n|---|\n| x |\n" + repeat("| a ", 100'000) + "|\n";
    (void)Document::parse(body, "content/a.md", 1, d);
    CHECK(d.headlines() == std::vector<std::string>{
                               "content/a.md:4:1: feil[MD002]: Linjen har 25001 loddrette streker «|»; en tabell kan ha "
                               "høyst 100 kolonner. Del tabellen opp i flere mindre tabeller."});
}

TEST_CASE("a wide table header over many short rows is refused before it is padded") {
    diag::Diagnostics d;
    const std::string body = "Tekst\n\n" + repeat("|a", 200) + "|\n" + repeat("|-", 200) + "|\n" + repeat("x\n", 100'000);
    const double start = stilas::test::thread_cpu_seconds();
    (void)Document::parse(body, "content/a.md", 1, d);
    CHECK(stilas::test::thread_cpu_seconds() - start < 2.0);
    CHECK(d.headlines() == std::vector<std::string>{
                               "content/a.md:4:1: feil[MD002]: Tabellen blir for stor: 100 kolonner og 50000 rader; "
                               "høyst 200000 celler er tillatt. Del tabellen opp, eller sett en tom linje der tabellen "
                               "skal slutte."});
}

TEST_CASE("an autolink ending in many parentheses is refused") {
    diag::Diagnostics d;
    const std::string body = "Se\nhttps://a.no/" + repeat(")", 100'000) + "\n";
    (void)Document::parse(body, "content/a.md", 10, d);
    CHECK(d.headlines() == std::vector<std::string>{
                               "content/a.md:11:1: feil[MD002]: En nettadresse i teksten har 100000 avsluttende "
                               "parenteser «)»; høyst 64 er tillatt. Sett inn mellomrom, eller skriv lenken som "
                               "«[tekst](adresse)»."});
    CHECK(render_inline_markdown(body).starts_with("<p>Se\nhttps://a.no/)))"));
}

TEST_CASE("a body larger than the limit is refused") {
    diag::Diagnostics d;
    (void)Document::parse(std::string(k_max_body_bytes + 1, 'a'), "content/a.md", 1, d);
    CHECK(d.headlines() == std::vector<std::string>{
                               "content/a.md:1:1: feil[MD002]: Teksten er på 4194305 byte; største tillatte størrelse "
                               "er 4194304 byte. Del siden opp i flere sider."});
}

TEST_CASE("ordinary pages are not refused by the shape guard") {
    std::string page = "# Tittel\n\n| a | b | c |\n|---|:-:|--:|\n";
    for (int i = 0; i < 2000; ++i) page += "| [x](x.md) | ![b](b.png) | (merknad) |\n";
    page += "\nSe https://no.wikipedia.org/wiki/Kulturskole_(Norge) og ![bilde](a.png) ![to](b.png).\n";
    CHECK(check_input_shape(page).empty());
}

// The guard counts '!', '|' and ')' before it looks closer: a count one over a limit must be
// seen wherever the characters fall.
TEST_CASE("the shape guard counts its characters right at any offset and length") {
    for (size_t lead = 0; lead < 40; ++lead) {
        const std::string pad(lead, 'a');
        const std::string at_limit = "Se " + pad + "https://a.no/" + repeat(")", k_max_closing_parens_per_word) + "\n";
        const std::string over = "Se " + pad + "https://a.no/" + repeat(")", k_max_closing_parens_per_word + 1) + "\n";
        CHECK(check_input_shape(at_limit).empty());
        CHECK(check_input_shape(over).size() == 1);
        // repeat() counts bytes: two for each "![".
        const std::string images = pad + repeat("![", 2 * (k_max_image_openers_per_block + 1)) + pad;
        CHECK(check_input_shape(images).size() == 1);
        CHECK(check_input_shape(pad + repeat("![", 2 * k_max_image_openers_per_block) + pad).empty());
        // A pipe anywhere, even the last byte, makes the table check look at the lines.
        const std::string wide = pad + "\n" + repeat("|", k_max_table_columns + 2);
        CHECK(check_input_shape(wide).size() == 1);
    }
}
