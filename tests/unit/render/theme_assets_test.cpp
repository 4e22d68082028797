#include <doctest/doctest.h>

#include <filesystem>

#include "render/theme.hpp"
#include "render/theme_assets.hpp"
#include "support/printers.hpp"
#include "support/temp_dir.hpp"

using namespace stilas;
using namespace stilas::render;

namespace {

/// A repository folder with themes/mini/ (every required template) and `theme_yaml`.
void write_theme(const stilas::test::TempDir& repo, const std::string& theme_yaml) {
    for (const auto name : k_required_templates)
        repo.write("themes/mini/templates/" + std::string(name) + ".mustache", std::string(name));
    repo.write("themes/mini/static/css/egen.css", "p{}");
    repo.write("themes/mini/theme.yaml", theme_yaml);
}

std::vector<std::string> parse_headlines(const std::string& text) {
    diag::Diagnostics d;
    parse_theme_config(text, "themes/mini/theme.yaml", d);
    return d.headlines();
}

}  // namespace

TEST_CASE("theme.yaml assets are read from the repository root and published at their `to`") {
    stilas::test::TempDir repo;
    write_theme(repo, "assets:\n  - from: node_modules/pakke/dist/a.css\n    to: css/a.css\n"
                      "  - {from: theme-build/mini/b.css, to: css/b.css}\n");
    repo.write("node_modules/pakke/dist/a.css", "a{}");
    repo.write("theme-build/mini/b.css", "b{}");
    diag::Diagnostics d;
    const auto theme = Theme::load((repo.path() / "themes").string(), "mini", "themes", d);
    CHECK(d.headlines().empty());
    REQUIRE(theme);
    REQUIRE(theme->static_files().size() == 3);
    CHECK(theme->static_files()[0].path == "css/a.css");
    CHECK(theme->static_files()[0].bytes == "a{}");
    CHECK(theme->static_files()[1].path == "css/b.css");
    CHECK(theme->static_files()[2].path == "css/egen.css");
}

TEST_CASE("a themes folder given with a trailing slash still finds the repository root") {
    stilas::test::TempDir repo;
    write_theme(repo, "assets:\n  - {from: node_modules/a.css, to: css/a.css}\n");
    repo.write("node_modules/a.css", "a{}");
    diag::Diagnostics d;
    CHECK(Theme::load((repo.path() / "themes").string() + "/", "mini", "themes", d));
    CHECK(d.headlines().empty());
}

TEST_CASE("a missing asset stops the build and says to run scripts/setup.sh") {
    stilas::test::TempDir repo;
    write_theme(repo, "assets:\n  - from: node_modules/pakke/a.css\n    to: css/a.css\n");
    diag::Diagnostics d;
    CHECK_FALSE(Theme::load((repo.path() / "themes").string(), "mini", "themes", d));
    CHECK(d.headlines() == std::vector<std::string>{
        "themes/mini/theme.yaml:2:11: feil[TPL008]: Fant ikke «node_modules/pakke/a.css», som temaet «mini» "
        "trenger. Kjør scripts/setup.sh: den installerer npm-pakkene og lager temafilene. Bygg så på nytt."});
}

TEST_CASE("an asset reached through a symbolic link is refused") {
    stilas::test::TempDir repo;
    write_theme(repo, "assets:\n  - {from: node_modules/pakke/a.css, to: css/a.css}\n");
    repo.write("elsewhere/a.css", "a{}");
    std::filesystem::create_directories(repo.path() / "node_modules");
    std::filesystem::create_directory_symlink(repo.path() / "elsewhere", repo.path() / "node_modules/pakke");
    diag::Diagnostics d;
    CHECK_FALSE(Theme::load((repo.path() / "themes").string(), "mini", "themes", d));
    CHECK(d.headlines() == std::vector<std::string>{
        "themes/mini/theme.yaml:2:12: feil[TPL004]: «node_modules/pakke», som temaet henter "
        "«node_modules/pakke/a.css» gjennom, er en symbolsk lenke. Temaet leser bare vanlige filer inne i "
        "depotet. Installer pakkene på nytt med scripts/setup.sh."});
}

TEST_CASE("an asset that is a folder is refused") {
    stilas::test::TempDir repo;
    write_theme(repo, "assets:\n  - {from: node_modules, to: css/a.css}\n");
    repo.write("node_modules/a.css", "a{}");
    diag::Diagnostics d;
    CHECK_FALSE(Theme::load((repo.path() / "themes").string(), "mini", "themes", d));
    CHECK(d.headlines() == std::vector<std::string>{
        "themes/mini/theme.yaml:2:12: feil[TPL005]: Kunne ikke lese «node_modules» som en fil inne i depotet. "
        "Sjekk at stien peker på en vanlig fil som kan leses."});
}

TEST_CASE("asset paths must stay inside the repository and the site") {
    CHECK(parse_headlines("assets:\n  - {from: ../utenfor.css, to: css/a.css}\n"
                          "  - {from: /etc/passwd, to: css/b.css}\n  - {from: x.css, to: ../../c.css}\n") ==
          std::vector<std::string>{
              "themes/mini/theme.yaml:2:12: feil[TPL007]: Stien «../utenfor.css» må være relativ og holde seg "
              "inne i depotet. Fjern «..», «/» først og tomme ledd i stien.",
              "themes/mini/theme.yaml:3:12: feil[TPL007]: Stien «/etc/passwd» må være relativ og holde seg inne "
              "i depotet. Fjern «..», «/» først og tomme ledd i stien.",
              "themes/mini/theme.yaml:4:23: feil[TPL007]: Stien «../../c.css» må være relativ og holde seg inne "
              "i depotet. Fjern «..», «/» først og tomme ledd i stien."});
}

TEST_CASE("theme.yaml reports unknown keys, missing parts and clashing targets") {
    CHECK(parse_headlines("asets: []\n") == std::vector<std::string>{
        "themes/mini/theme.yaml:1:1: feil[TPL007]: Ukjent nøkkel «asets» i theme.yaml. Mente du «assets»?"});
    CHECK(parse_headlines("assets:\n  - {from: a.css}\n") == std::vector<std::string>{
        "themes/mini/theme.yaml:2:5: feil[TPL007]: Ressursen mangler «to». Hver ressurs trenger både «from» og "
        "«to»."});
    CHECK(parse_headlines("assets:\n  - {from: a.css, to: css/x.css}\n  - {from: b.css, to: css/x.css}\n") ==
          std::vector<std::string>{
              "themes/mini/theme.yaml:3:23: feil[TPL007]: To ressurser skal publiseres som «css/x.css». Gi hver "
              "ressurs sin egen «to»."});
    CHECK(parse_headlines("assets: css/x.css\n") == std::vector<std::string>{
        "themes/mini/theme.yaml:1:9: feil[TPL007]: «assets» må være en liste. Skriv én ressurs per linje: "
        "«- {from: …, to: …}»."});
}

TEST_CASE("an asset published where a static file of the theme already is, is refused") {
    std::map<std::string, std::string> files;
    for (const auto name : k_required_templates) files["templates/" + std::string(name) + ".mustache"] = "x";
    files["static/css/a.css"] = "egen";
    files["theme.yaml"] = "assets:\n  - {from: node_modules/a.css, to: css/a.css}\n";
    diag::Diagnostics d;
    CHECK_FALSE(Theme::from_files("mini", "themes/mini", files, d));
    CHECK(d.headlines() == std::vector<std::string>{
        "themes/mini/theme.yaml:2:12: feil[TPL007]: Ressursen «css/a.css» finnes også i static/ i temaet. Gi "
        "ressursen en annen «to», eller fjern filen fra static/."});
}

TEST_CASE("newest_by is read in declaration order with its positions") {
    diag::Diagnostics d;
    const ThemeConfig config = parse_theme_config("newest_by:\n  rapporter: ar\n  verktoy: date\n", "t.yaml", d);
    CHECK(d.headlines().empty());
    REQUIRE(config.newest_by.size() == 2);
    CHECK(config.newest_by[0].type == "rapporter");
    CHECK(config.newest_by[0].field == "ar");
    CHECK(config.newest_by[0].pos.line == 2);
    CHECK(config.newest_by[0].pos.col == 14);
    CHECK(config.newest_by[1].field == "date");
}

TEST_CASE("the kulturskole theme loads with its assets once set-up has run") {
    if (!std::filesystem::exists(STILAS_SOURCE_DIR "/theme-build/kulturskole/kulturskole.css") ||
        !std::filesystem::exists(STILAS_SOURCE_DIR "/node_modules/@digdir/designsystemet-css")) {
        MESSAGE("scripts/setup.sh has not run here: skipping the kulturskole theme");
        return;
    }
    diag::Diagnostics d;
    const auto theme = Theme::load(STILAS_SOURCE_DIR "/themes", "kulturskole", "themes", d);
    CHECK(d.headlines().empty());
    REQUIRE(theme);
    std::vector<std::string> paths;
    for (const auto& file : theme->static_files()) paths.push_back(file.path);
    for (const char* expected : {"css/designsystemet.css", "css/tema.css", "css/kulturskole.css", "css/utskrift.css",
                                 "fonts/inter-latin-400-normal.woff2", "fonts/inter-latin-ext-600-normal.woff2"})
        CHECK_MESSAGE(std::find(paths.begin(), paths.end(), expected) != paths.end(), expected);
    for (const char* type : {"verktoy", "rapporter", "samlinger", "kommuner", "fokusomrader", "metoder", "programmer"})
        CHECK_MESSAGE(theme->find_template(type), type);
}
