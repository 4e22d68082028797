#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "render/theme.hpp"
#include "support/temp_dir.hpp"

using namespace stilas;
using namespace stilas::render;

namespace {

std::map<std::string, std::string> minimal_theme() {
    std::map<std::string, std::string> files;
    for (const auto name : k_required_templates)
        files["templates/" + std::string(name) + ".mustache"] = "{{> head}}" + std::string(name);
    files["partials/head.mustache"] = "<title>{{title}}</title>";
    files["static/css/x.css"] = "body{}";
    files["static/.DS_Store"] = "junk";
    files["README.md"] = "not part of the site";
    return files;
}


}  // namespace

TEST_CASE("a complete theme loads its templates, partials and static files") {
    diag::Diagnostics d;
    const auto theme = Theme::from_files("mini", "themes/mini", minimal_theme(), d);
    REQUIRE(theme);
    CHECK(d.headlines().empty());
    REQUIRE(theme->find_template("page"));
    CHECK(*theme->find_template("page") == "{{> head}}page");
    CHECK_FALSE(theme->find_template("verktoy"));
    CHECK(theme->partials().count("head") == 1);
    REQUIRE(theme->static_files().size() == 1);
    CHECK(theme->static_files()[0].path == "css/x.css");
    CHECK(theme->template_display_path("term") == "themes/mini/templates/term.mustache");
}

TEST_CASE("a missing theme folder is reported with what to do") {
    diag::Diagnostics d;
    CHECK_FALSE(Theme::load(STILAS_SOURCE_DIR "/themes", "finnesikke", "themes", d));
    CHECK(d.headlines() == std::vector<std::string>{
        "themes/finnesikke: feil[TPL001]: Fant ikke temaet «finnesikke». Sjekk «theme:» i stilas.yaml, eller "
        "legg temaet i mappen themes/finnesikke/."});
}

TEST_CASE("every missing required template is reported") {
    auto files = minimal_theme();
    files.erase("templates/404.mustache");
    files.erase("templates/term.mustache");
    diag::Diagnostics d;
    CHECK_FALSE(Theme::from_files("mini", "themes/mini", files, d));
    CHECK(d.headlines() == std::vector<std::string>{
        "themes/mini/templates: feil[TPL001]: Temaet «mini» mangler malen «404.mustache». Legg til "
        "themes/mini/templates/404.mustache.",
        "themes/mini/templates: feil[TPL001]: Temaet «mini» mangler malen «term.mustache». Legg til "
        "themes/mini/templates/term.mustache."});
}

TEST_CASE("a template syntax error is reported at its line and column") {
    auto files = minimal_theme();
    files["templates/page.mustache"] = "<main>\n  {{#page}}\n{{title}}\n";
    files["partials/head.mustache"] = "{{/head}}";
    diag::Diagnostics d;
    CHECK_FALSE(Theme::from_files("mini", "themes/mini", files, d));
    CHECK(d.headlines() == std::vector<std::string>{
        "themes/mini/partials/head.mustache:1:1: feil[TPL002]: Malen har en syntaksfeil: «{{/head}}» lukker en "
        "seksjon som ikke er åpnet. Sjekk at hver {{#navn}} har en {{/navn}} og at alle tagger slutter med «}}».",
        "themes/mini/templates/page.mustache:2:3: feil[TPL002]: Malen har en syntaksfeil: seksjonen «page» er ikke "
        "lukket. Sjekk at hver {{#navn}} har en {{/navn}} og at alle tagger slutter med «}}»."});
}

TEST_CASE("a partial that does not exist is reported, with a suggestion when one is close") {
    auto files = minimal_theme();
    files["templates/home.mustache"] = "{{> head}}\n<p>{{> hed}}</p>{{> sidefot}}";
    diag::Diagnostics d;
    CHECK_FALSE(Theme::from_files("mini", "themes/mini", files, d));
    CHECK(d.headlines() == std::vector<std::string>{
        "themes/mini/templates/home.mustache:2:8: feil[TPL003]: Malen bruker delmalen «hed», som ikke finnes. "
        "Mente du «head»?",
        "themes/mini/templates/home.mustache:2:21: feil[TPL003]: Malen bruker delmalen «sidefot», som ikke finnes. "
        "Legg til partials/sidefot.mustache i temaet, eller rett navnet."});
}

TEST_CASE("a theme is read from disk, and symbolic links in it are refused") {
    stilas::test::TempDir dir;
    for (const auto& [path, text] : minimal_theme()) dir.write("mini/" + path, text);
    {
        diag::Diagnostics d;
        const auto theme = Theme::load(dir.str(), "mini", "themes", d);
        REQUIRE(theme);
        CHECK(theme->static_files().size() == 1);
    }
    std::filesystem::create_symlink("/etc/hostname", dir.path() / "mini/static/hostname");
    diag::Diagnostics d;
    CHECK_FALSE(Theme::load(dir.str(), "mini", "themes", d));
    CHECK(d.headlines() == std::vector<std::string>{
        "themes/mini/static/hostname: feil[TPL004]: «static/hostname» i temaet er en symbolsk lenke. Erstatt "
        "lenken med en vanlig fil eller mappe."});
}

TEST_CASE("the standard theme loads without problems") {
    diag::Diagnostics d;
    const auto theme = Theme::load(STILAS_SOURCE_DIR "/themes", "standard", "themes", d);
    CHECK(d.headlines().empty());
    REQUIRE(theme);
    for (const auto name : k_required_templates) CHECK(theme->find_template(name));
    REQUIRE(theme->static_files().size() == 1);
    CHECK(theme->static_files()[0].path == "css/stilas.css");
}
