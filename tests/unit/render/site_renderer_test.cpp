#include <doctest/doctest.h>

#include <algorithm>
#include <mutex>
#include <vector>

#include "render/site_renderer.hpp"
#include "site_fixture.hpp"

using namespace stilas;
using namespace stilas::render;
using stilas::render::test::Collected;
using stilas::render::test::SiteFixture;

namespace {

const Theme& standard_theme() {
    static const Theme theme = [] {
        diag::Diagnostics d;
        auto loaded = Theme::load(STILAS_SOURCE_DIR "/themes", "standard", "themes", d);
        REQUIRE(loaded);
        return *loaded;
    }();
    return theme;
}

std::map<std::string, std::string> render_all(const SiteFixture& site, unsigned threads) {
    Collected out;
    diag::Diagnostics d;
    render_site(site.input(), standard_theme(), threads, out.emitter(), d);
    CHECK(d.headlines().empty());
    CHECK(out.duplicates == 0);
    return std::move(out.files);
}

size_t position(const std::string& html, const std::string& needle) {
    const size_t at = html.find(needle);
    CHECK_MESSAGE(at != std::string::npos, "missing: " << needle);
    return at;
}

}  // namespace

TEST_CASE("a page shows its fields in schema order, escaped, with safe links only") {
    SiteFixture site;
    const auto files = render_all(site, 1);
    REQUIRE(files.count("verktoy/igp/index.html"));
    const std::string& html = files.at("verktoy/igp/index.html");
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("<h1>IGP &lt;script&gt;alert(1)&lt;/script&gt;</h1>") != std::string::npos);
    CHECK(html.find("<title>IGP &lt;script&gt;alert(1)&lt;/script&gt; – Fremtidens kulturskole</title>") !=
          std::string::npos);
    CHECK(html.find("content=\"Et &quot;verktøy&quot; for &lt;b&gt;alle&lt;/b&gt; &amp; noen.\"") != std::string::npos);
    CHECK(html.find("href=\"javascript") == std::string::npos);
    CHECK(html.find("<html lang=\"nb\">") != std::string::npos);
    CHECK(html.find("<link rel=\"canonical\" href=\"https://kulturskole.example.no/verktoy/igp/\">") !=
          std::string::npos);
    CHECK(html.find("<p class=\"merke merke-eksempel\">Eksempel</p>") != std::string::npos);
    CHECK(html.find("Publisert <time datetime=\"2023-01-16\">16. januar 2023</time>") != std::string::npos);
    CHECK(html.find("Sist oppdatert <time datetime=\"2024-03-14\">14. mars 2024</time>") != std::string::npos);
    // Fields, in schema order.
    const size_t terms = position(html, "<a href=\"/verdiomrader/attraktiv-og-relevant/\">Attraktiv og relevant</a>");
    const size_t refs = position(html, "<a href=\"/metoder/aksjonslaering/\">Aksjonslæring</a>");
    const size_t text = position(html, "2 timer &lt;ca.&gt;");
    const size_t list = position(html, "<li>Lærer</li>");
    const size_t url = position(html, "<dd>\njavascript:alert(document.cookie)\n</dd>");
    const size_t date = position(html, "<time datetime=\"2023-08-01\">1. august 2023</time>");
    const size_t record = position(html, "<dt>Tittel</dt>");
    const size_t data = position(html, "<dt>farge</dt>");
    CHECK(terms < refs);
    CHECK(refs < text);
    CHECK(text < list);
    CHECK(list < url);
    CHECK(url < date);
    CHECK(date < record);
    CHECK(record < data);
    CHECK(html.find("<em>virker</em>") != std::string::npos);
    // Body with its link rewritten from the graph, edit link, skip link.
    CHECK(html.find("href=\"/metoder/aksjonslaering/\">Aksjonslæring</a> og") != std::string::npos);
    CHECK(html.find("<a href=\"https://git.example.no/stilas/edit/main/content/verktoy/igp.md\">Rediger denne siden</a>") !=
          std::string::npos);
    CHECK(html.find("<a class=\"hopp\" href=\"#hovedinnhold\">Til hovedinnhold</a>") != std::string::npos);
    CHECK(html.find("<main id=\"hovedinnhold\"") != std::string::npos);
}

TEST_CASE("a page has breadcrumbs and marks its section in the menu") {
    SiteFixture site;
    const auto files = render_all(site, 1);
    const std::string& html = files.at("verktoy/igp/index.html");
    const size_t nav = position(html, "<nav class=\"smuler ramme\" aria-label=\"Du er her\">");
    const size_t home = position(html, "<li><a href=\"/\">Forside</a></li>");
    const size_t section = position(html, "<li><a href=\"/verktoy/\">Verktøy</a></li>");
    const size_t current = position(html, "<li><span aria-current=\"page\">IGP &lt;script&gt;");
    CHECK(nav < home);
    CHECK(home < section);
    CHECK(section < current);
    CHECK(html.find("<a href=\"/verktoy/\" aria-current=\"page\">Verktøy</a>") != std::string::npos);
    CHECK(html.find("<a href=\"/metoder/\">Metoder</a>") != std::string::npos);
    CHECK(html.find("<a href=\"https://uustatus.no/nb/erklaringer/publisert/1\">Tilgjengelighetserklæring</a>") !=
          std::string::npos);
    CHECK(html.find("<a href=\"mailto:post@example.no\">post@example.no</a>") != std::string::npos);
}

TEST_CASE("backlinks are grouped under their labels and sorted the Norwegian way") {
    SiteFixture site;
    const auto files = render_all(site, 1);
    const std::string& html = files.at("metoder/aksjonslaering/index.html");
    const size_t heading = position(html, "<h2 id=\"stilas-lenker-hit\">Lenker hit</h2>");
    const size_t used = position(html, "<h3>Verktøy</h3>");
    const size_t igp = position(html, "<a href=\"/verktoy/igp/\">IGP &lt;script&gt;");
    const size_t zebra = position(html, "<a href=\"/verktoy/zebra/\">Zebra</a> <span class=\"type\">(Verktøy)</span>");
    const size_t mentioned = position(html, "<h3>Nevnt i</h3>");
    const size_t alfa = html.find("<a href=\"/verktoy/alfa/\">Alfa</a>", mentioned);
    CHECK(heading < used);
    CHECK(used < igp);
    CHECK(igp < zebra);
    CHECK(zebra < mentioned);
    CHECK(alfa != std::string::npos);
    CHECK(files.at("verktoy/zebra/index.html").find("Lenker hit") == std::string::npos);
}

TEST_CASE("a listing orders by weight, then title with Æ, Ø and Å last") {
    SiteFixture site;
    const auto files = render_all(site, 1);
    REQUIRE(files.count("verktoy/index.html"));
    const std::string& html = files.at("verktoy/index.html");
    std::vector<size_t> at;
    for (const char* slug : {"viktig-forst", "alfa", "igp", "zebra", "aerlig", "oving", "apen", "aasen"})
        at.push_back(position(html, std::string("<a href=\"/verktoy/") + slug + "/\">"));
    CHECK(std::is_sorted(at.begin(), at.end()));
    CHECK(html.find("<h1>Verktøy</h1>") != std::string::npos);
    CHECK(html.find("<p>Alle <em>verktøyene</em>.</p>") != std::string::npos);
    CHECK(html.find("8 sider") != std::string::npos);
    // The section index text replaces the type description on its listing.
    const std::string& methods = files.at("metoder/index.html");
    CHECK(methods.find("Slik <em>jobber</em> vi.") != std::string::npos);
    CHECK(methods.find("1 side<") != std::string::npos);
    CHECK(methods.find("/content/metoder/_index.md\">Rediger denne siden") != std::string::npos);
}

TEST_CASE("a term page lists the pages with that term, grouped by type") {
    SiteFixture site;
    const auto files = render_all(site, 1);
    REQUIRE(files.count("verdiomrader/attraktiv-og-relevant/index.html"));
    const std::string& html = files.at("verdiomrader/attraktiv-og-relevant/index.html");
    CHECK(html.find("<h1>Attraktiv og relevant</h1>") != std::string::npos);
    CHECK(html.find("Skolen er <em>relevant</em>.") != std::string::npos);
    CHECK(html.find("<h2><a href=\"/verktoy/\">Verktøy</a></h2>") != std::string::npos);
    CHECK(position(html, "/verktoy/igp/") < position(html, "/verktoy/zebra/"));
    CHECK(html.find("/verktoy/alfa/") == std::string::npos);
    CHECK(html.find("<a href=\"/verdiomrader/\" aria-current=\"page\">Verdiområder</a>") != std::string::npos);
    const std::string& index = files.at("verdiomrader/index.html");
    CHECK(index.find("<a href=\"/verdiomrader/attraktiv-og-relevant/\">Attraktiv og relevant</a>") != std::string::npos);
    CHECK(index.find("2 sider") != std::string::npos);
    CHECK(index.find("0 sider") != std::string::npos);
    CHECK(files.count("verdiomrader/inkluderende/index.html") == 1);
}

TEST_CASE("the home page shows its text and every type with its count and latest pages") {
    SiteFixture site;
    const auto files = render_all(site, 1);
    REQUIRE(files.count("index.html"));
    const std::string& html = files.at("index.html");
    CHECK(html.find("<h1>Velkommen</h1>") != std::string::npos);
    CHECK(html.find("Om <strong>kulturskolen</strong>.") != std::string::npos);
    CHECK(html.find("<a href=\"/metoder/\">Metoder</a> <span class=\"antall\">(1 side)</span>") != std::string::npos);
    CHECK(html.find("<a href=\"/verktoy/\">Verktøy</a> <span class=\"antall\">(8 sider)</span>") != std::string::npos);
    // Newest first: Zebra (2024), IGP (2023), Aasen (2022); undated pages do not make the cut.
    const size_t zebra = position(html, "/verktoy/zebra/\">"), igp = position(html, "/verktoy/igp/\">"),
                 aasen = position(html, "/verktoy/aasen/\">");
    CHECK(zebra < igp);
    CHECK(igp < aasen);
    CHECK(html.find("/verktoy/alfa/") == std::string::npos);
    CHECK(html.find("aria-label=\"Du er her\"") == std::string::npos);
}

TEST_CASE("root pages, nynorsk pages, 404, aliases and static files are written too") {
    SiteFixture site;
    const auto files = render_all(site, 1);
    REQUIRE(files.count("om/index.html"));
    CHECK(files.at("om/index.html").find("<li><a href=\"/\">Forside</a></li>\n<li><span aria-current=\"page\">Om nettstedet") !=
          std::string::npos);
    REQUIRE(files.count("verktoy/aasen/index.html"));
    CHECK(files.at("verktoy/aasen/index.html").find("<html lang=\"nn\">") != std::string::npos);
    REQUIRE(files.count("404.html"));
    CHECK(files.at("404.html").find("<h1>Fant ikke siden</h1>") != std::string::npos);
    CHECK(files.at("404.html").find("rel=\"canonical\"") == std::string::npos);
    REQUIRE(files.count("gammel-igp/index.html"));
    CHECK(files.at("gammel-igp/index.html").find("content=\"0; url=/verktoy/igp/\"") != std::string::npos);
    CHECK(files.at("gammel-igp/index.html").find("<script>") == std::string::npos);
    CHECK(files.count("css/stilas.css") == 1);
    CHECK(files.count("metoder/_index/index.html") == 0);
}

TEST_CASE("a draft page shown with --drafts carries a draft badge") {
    SiteFixture site;
    site.pages()[site.find("alfa")].draft = true;
    const auto files = render_all(site, 1);
    CHECK(files.at("verktoy/alfa/index.html").find("<p class=\"merke merke-utkast\">Utkast – ikke publisert</p>") !=
          std::string::npos);
    CHECK(files.at("verktoy/zebra/index.html").find("Utkast") == std::string::npos);
}

TEST_CASE("the output is the same for 1 and 4 threads") {
    SiteFixture site;
    const auto one = render_all(site, 1);
    const auto four = render_all(site, 4);
    CHECK(one.size() == 20);  // 19 pages and listings, and the search page
    CHECK(one.count("sok/index.html") == 1);
    CHECK(one == four);
}

TEST_CASE("a generic site gets a listing per folder and a home page listing the folders") {
    SiteFixture site;
    site.config().typed = false;
    site.config().types.clear();
    site.config().taxonomies.clear();
    site.config().menu.clear();
    for (auto& page : site.pages()) {
        page.fields.clear();
        page.terms.clear();
    }
    const auto files = render_all(site, 2);
    REQUIRE(files.count("verktoy/index.html"));
    REQUIRE(files.count("metoder/index.html"));
    CHECK(files.count("verdiomrader/index.html") == 0);
    CHECK(files.at("metoder/index.html").find("<h1>Metoder</h1>") != std::string::npos);
    const std::string& home = files.at("index.html");
    CHECK(home.find("<a href=\"/verktoy/\">verktoy</a>") != std::string::npos);
    CHECK(home.find("<nav class=\"meny\" aria-label=\"Hovedmeny\">") != std::string::npos);
}

// A regular page's body is read only by its own page, so the renderer says when that page is
// written and the caller may free it; the home's and the sections' bodies are the listings'
// introductions and are never handed back. Freeing them as they are reported leaves every file
// as it was.
TEST_CASE("the renderer reports each regular page once it is written, and freeing its body then changes nothing") {
    for (unsigned threads : {1u, 3u}) {
        SiteFixture site;
        const auto expected = render_all(site, threads);
        SiteFixture freed;
        RenderInput input = freed.input();
        std::mutex mutex;
        std::vector<size_t> reported;
        input.page_written = [&](size_t page) {
            freed.bodies()[page].release_html();
            std::lock_guard lock(mutex);
            reported.push_back(page);
        };
        Collected out;
        diag::Diagnostics d;
        render_site(input, standard_theme(), threads, out.emitter(), d);
        CHECK(d.headlines().empty());
        CHECK(out.files == expected);
        std::sort(reported.begin(), reported.end());
        CHECK(std::adjacent_find(reported.begin(), reported.end()) == reported.end());
        size_t regular = 0;
        for (size_t i = 0; i < input.pages.size(); ++i) {
            const bool is_regular = input.pages[i].kind == content::PageKind::regular;
            regular += is_regular ? 1 : 0;
            CHECK(std::binary_search(reported.begin(), reported.end(), i) == is_regular);
            if (is_regular) CHECK(input.bodies[i].render_html(nullptr).empty());
        }
        CHECK(regular > 0);
    }
}
