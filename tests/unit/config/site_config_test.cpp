#include <doctest/doctest.h>

#include <ostream>
#include <string>
#include <vector>

#include "config/site_config.hpp"

using namespace stilas;
using config::FieldKind;

namespace {

using Files = std::vector<source::SourceFile>;

source::SourceFile file(std::string path, std::string bytes) {
    source::SourceFile f;
    f.path = std::move(path);
    f.bytes = std::move(bytes);
    return f;
}

const std::string k_site = "title: Fremtidens kulturskole\nbase_url: https://kulturskole.example.no\nlanguage: nb\n"
                           "theme: standard\n";

const std::string k_taxonomies = "taxonomies:\n"
                                 "  faser:\n"
                                 "    title: Faser\n"
                                 "    singular: Fase\n"
                                 "    terms:\n"
                                 "      planlegge: { title: Planlegge }\n"
                                 "      evaluere: { title: Evaluere, description: Se *tilbake*. }\n"
                                 "  temaer:\n"
                                 "    title: Temaer\n"
                                 "    description: Tema for *alt*.\n"
                                 "    terms:\n"
                                 "      samskaping: { title: Samskaping }\n";

// Headlines that doctest prints in full when a check fails.
struct Headlines {
    std::vector<std::string> lines;
    friend bool operator==(const Headlines& a, const std::vector<std::string>& b) { return a.lines == b; }
    friend std::ostream& operator<<(std::ostream& out, const Headlines& h) {
        for (const auto& line : h.lines) out << "\n  " << line;
        return out;
    }
};

Headlines headlines_of(const Files& files) {
    diag::Diagnostics d;
    config::load_site_config(files, "content/", d);
    return {d.headlines()};
}

// A site with the two taxonomies, type `metoder`, and a type `verktoy` whose file is `type_text`.
Headlines type_headlines(const std::string& type_text) {
    return headlines_of({file("stilas.yaml", k_site + k_taxonomies), file("_typer/metoder.yaml", "title: Metoder\n"),
                         file("_typer/verktoy.yaml", type_text)});
}

Headlines site_headlines(const std::string& site_text) { return headlines_of({file("stilas.yaml", site_text)}); }

}  // namespace

TEST_CASE("without stilas.yaml the config is generic with defaults") {
    diag::Diagnostics d;
    auto config = config::load_site_config({file("verktoy/a.md", "# A\n")}, "content/", d);
    CHECK_FALSE(config.typed);
    CHECK(config.base_url == "/");
    CHECK(config.language == "nb");
    CHECK(config.theme == "standard");
    CHECK(config.types.empty());
    CHECK(d.headlines().empty());
}

TEST_CASE("reads a complete config with two types and two taxonomies") {
    const std::string verktoy = "title: Verktøy\n"
                                "singular: Verktøyet\n"
                                "description: Praktiske *verktøy*.\n"
                                "fields:\n"
                                "  faser: { kind: terms, taxonomy: faser, label: Faser }\n"
                                "  metoder: { kind: refs, to: metoder, label: Arbeidsmåter, backlink: Verktøy }\n"
                                "  varighet: { kind: text }\n"
                                "  status: { kind: enum, values: [planlagt, pågår], required: true, help: Velg én. }\n"
                                "  funn:\n"
                                "    kind: records\n"
                                "    label: Hovedfunn\n"
                                "    fields:\n"
                                "      tittel: { kind: text, required: true }\n"
                                "      kilde: { kind: ref, to: [metoder, verktoy] }\n";
    const std::string metoder = "title: Arbeidsmåter\nfields:\n  tema: { kind: term, taxonomy: temaer }\n";
    const std::string site = k_site +
                             "description: Kunnskapsbase.\naccessibility_statement: /tilgjengelighet/\n"
                             "edit_link: https://git.example.no/edit/{path}\ncontact: post@example.no\n"
                             "menu: [verktoy, metoder, faser]\n" + k_taxonomies;
    diag::Diagnostics d;
    auto config = config::load_site_config({file("_typer/verktoy.yaml", verktoy), file("stilas.yaml", site),
                                            file("_typer/metoder.yaml", metoder), file("metoder/x.md", "")},
                                           "content/", d);
    CHECK(d.headlines().empty());
    CHECK(config.typed);
    CHECK(config.title == "Fremtidens kulturskole");
    CHECK(config.description == "Kunnskapsbase.");
    CHECK(config.base_url == "https://kulturskole.example.no/");
    CHECK(config.accessibility_statement == "/tilgjengelighet/");
    CHECK(config.edit_link == "https://git.example.no/edit/{path}");
    CHECK(config.contact == "post@example.no");
    CHECK(config.menu == std::vector<std::string>{"verktoy", "metoder", "faser"});

    REQUIRE(config.taxonomies.size() == 2);
    const config::Taxonomy* faser = config.find_taxonomy("faser");
    REQUIRE(faser == &config.taxonomies[0]);
    CHECK(faser->singular == "Fase");
    REQUIRE(faser->terms.size() == 2);
    CHECK(faser->terms[1].key == "evaluere");
    CHECK(faser->terms[1].description == "Se *tilbake*.");
    CHECK(config.taxonomies[1].singular == "Temaer");
    CHECK(config.taxonomies[1].description == "Tema for *alt*.");

    REQUIRE(config.types.size() == 2);
    CHECK(config.types[0].name == "metoder");
    CHECK(config.types[0].singular == "Arbeidsmåter");
    CHECK(config.types[0].fields[0].taxonomy == "temaer");
    const config::TypeSchema* type = config.find_type("verktoy");
    REQUIRE(type == &config.types[1]);
    CHECK(type->title == "Verktøy");
    CHECK(type->singular == "Verktøyet");
    CHECK(type->description == "Praktiske *verktøy*.");
    CHECK(type->pos == diag::SourcePos{"content/_typer/verktoy.yaml", 1, 1});
    REQUIRE(type->fields.size() == 5);
    std::vector<std::string> names;
    for (const auto& f : type->fields) names.push_back(f.name);
    CHECK(names == std::vector<std::string>{"faser", "metoder", "varighet", "status", "funn"});
    CHECK(type->fields[0].kind == FieldKind::terms);
    CHECK(type->fields[0].label == "Faser");
    CHECK(type->fields[1].to == std::vector<std::string>{"metoder"});
    CHECK(type->fields[1].backlink == "Verktøy");
    CHECK(type->fields[2].label == "varighet");
    CHECK_FALSE(type->fields[2].required);
    CHECK(type->fields[2].pos == diag::SourcePos{"content/_typer/verktoy.yaml", 7, 3});
    const config::FieldSchema* status = type->find("status");
    REQUIRE(status);
    CHECK(status->kind == FieldKind::enumeration);
    CHECK(status->values == std::vector<std::string>{"planlagt", "pågår"});
    CHECK(status->required);
    CHECK(status->help == "Velg én.");
    const config::FieldSchema* funn = type->find("funn");
    REQUIRE(funn);
    CHECK(funn->label == "Hovedfunn");
    REQUIRE(funn->fields.size() == 2);
    CHECK(funn->find("tittel")->required);
    CHECK(funn->find("kilde")->to == std::vector<std::string>{"metoder", "verktoy"});
    CHECK(funn->find("kilde")->backlink.empty());
    CHECK(config.find_type("rapporter") == nullptr);
}

TEST_CASE("base_url gets a trailing slash, and one already there is kept") {
    diag::Diagnostics d;
    auto config = config::load_site_config({file("stilas.yaml", "title: T\nbase_url: https://a.no/b/\nlanguage: nn\n"
                                                                "theme: mitt-tema\n")},
                                           "content/", d);
    CHECK(d.headlines().empty());
    CHECK(config.base_url == "https://a.no/b/");
    CHECK(config.language == "nn");
    CHECK(config.theme == "mitt-tema");
}

TEST_CASE("reports YAML errors in stilas.yaml with the display path") {
    CHECK(site_headlines(k_site + "menu: [verktoy\n") ==
          std::vector<std::string>{"content/stilas.yaml:5:7: feil[YAML001]: Ugyldig YAML: «[» blir aldri lukket med "
                                   "«]». Legg til «]» der listen slutter."});
}

TEST_CASE("reports unknown site keys with a suggestion or the list of keys") {
    CHECK(site_headlines(k_site + "descripton: x\nfarge: blå\n") ==
          std::vector<std::string>{
              "content/stilas.yaml:5:1: feil[CFG001]: Ukjent nøkkel «descripton» i stilas.yaml. Mente du «description»?",
              "content/stilas.yaml:6:1: feil[CFG001]: Ukjent nøkkel «farge» i stilas.yaml. Gyldige nøkler: title, "
              "description, base_url, language, theme, accessibility_statement, edit_link, contact, menu, taxonomies, feed, calendar."});
}

TEST_CASE("reports unknown keys in taxonomies and terms") {
    CHECK(site_headlines(k_site + "taxonomies:\n  faser:\n    title: Faser\n    singuler: Fase\n    terms:\n"
                                  "      planlegge: { title: Planlegge, beskrivelse: x }\n") ==
          std::vector<std::string>{
              "content/stilas.yaml:8:5: feil[CFG001]: Ukjent nøkkel «singuler» i taksonomien «faser». Mente du "
              "«singular»?",
              "content/stilas.yaml:10:38: feil[CFG001]: Ukjent nøkkel «beskrivelse» i termen «planlegge». Gyldige "
              "nøkler: title, description."});
}

TEST_CASE("reports unknown keys in types and fields") {
    CHECK(type_headlines("title: Verktøy\nfeilds: {}\nfields:\n  varighet: { kind: text, labell: Tid }\n") ==
          std::vector<std::string>{
              "content/_typer/verktoy.yaml:2:1: feil[CFG001]: Ukjent nøkkel «feilds» i typen «verktoy». Mente du "
              "«fields»?",
              "content/_typer/verktoy.yaml:4:27: feil[CFG001]: Ukjent nøkkel «labell» i feltet «varighet». Mente du "
              "«label»?"});
}

TEST_CASE("reports missing required site keys at the start of the file") {
    CHECK(site_headlines("title: T\n") ==
          std::vector<std::string>{
              "content/stilas.yaml:1:1: feil[CFG002]: «base_url» mangler i stilas.yaml. Legg til «base_url: …».",
              "content/stilas.yaml:1:1: feil[CFG002]: «language» mangler i stilas.yaml. Legg til «language: …».",
              "content/stilas.yaml:1:1: feil[CFG002]: «theme» mangler i stilas.yaml. Legg til «theme: …»."});
    CHECK(site_headlines("").lines.size() == 4);
}

TEST_CASE("reports an empty required value at its key") {
    CHECK(site_headlines("title:\nbase_url: https://a.no/\nlanguage: nb\ntheme: standard\n") ==
          std::vector<std::string>{
              "content/stilas.yaml:1:1: feil[CFG002]: «title» mangler i stilas.yaml. Legg til «title: …»."});
}

TEST_CASE("reports a missing title in a taxonomy, a term and a type, and a missing kind in a field") {
    CHECK(site_headlines(k_site + "taxonomies:\n  faser:\n    terms:\n      planlegge: { description: x }\n") ==
          std::vector<std::string>{
              "content/stilas.yaml:6:3: feil[CFG002]: «title» mangler i taksonomien «faser». Legg til «title: …».",
              "content/stilas.yaml:8:7: feil[CFG002]: «title» mangler i termen «planlegge». Legg til «title: …»."});
    CHECK(type_headlines("fields:\n  varighet: { label: Tid }\n") ==
          std::vector<std::string>{
              "content/_typer/verktoy.yaml:1:1: feil[CFG002]: «title» mangler i typen «verktoy». Legg til «title: …».",
              "content/_typer/verktoy.yaml:2:3: feil[CFG002]: «kind» mangler i feltet «varighet». Legg til «kind: …»."});
}

TEST_CASE("reports values of the wrong shape") {
    CHECK(site_headlines(k_site + "menu: verktoy\ndescription: [a, b]\ntaxonomies: faser\n") ==
          std::vector<std::string>{
              "content/stilas.yaml:5:7: feil[CFG003]: «menu» skal være en liste, men er en tekst. Skriv en liste, f.eks. "
              "«menu: [a, b]».",
              "content/stilas.yaml:6:14: feil[CFG003]: «description» skal være en tekst, men er en liste. Skriv verdien "
              "på samme linje, f.eks. «description: …».",
              "content/stilas.yaml:7:13: feil[CFG003]: «taxonomies» skal være en tabell, men er en tekst. Skriv nøklene "
              "med innrykk på linjene under «taxonomies:»."});
    CHECK(site_headlines("- title: T\n") ==
          std::vector<std::string>{"content/stilas.yaml:1:1: feil[CFG003]: «stilas.yaml» skal være en tabell med "
                                   "nøkler, men er en liste. Skriv én «nøkkel: verdi» på hver linje."});
}

TEST_CASE("reports a field that is not a mapping and a required flag that is not a boolean") {
    CHECK(type_headlines("title: V\nfields:\n  varighet: text\n  status: { kind: text, required: ja }\n") ==
          std::vector<std::string>{
              "content/_typer/verktoy.yaml:3:13: feil[CFG003]: «varighet» skal være en tabell, men er en tekst. Skriv "
              "feltet som «varighet: { kind: text }».",
              "content/_typer/verktoy.yaml:4:35: feil[CFG003]: «required» skal være true eller false. Skriv «required: "
              "true» eller «required: false»."});
}

TEST_CASE("reports an unknown field kind with the closest kind or the list of kinds") {
    CHECK(type_headlines("title: V\nfields:\n  a: { kind: tekst }\n  b: { kind: klokke }\n") ==
          std::vector<std::string>{
              "content/_typer/verktoy.yaml:3:14: feil[CFG004]: Ukjent felttype «tekst». Mente du «text»?",
              "content/_typer/verktoy.yaml:4:14: feil[CFG004]: Ukjent felttype «klokke». Gyldige felttyper: text, "
              "markdown, date, datetime, url, enum, bool, number, list, ref, refs, term, terms, records, data."});
}

TEST_CASE("reports a reference to a type that does not exist") {
    CHECK(type_headlines("title: V\nfields:\n  m: { kind: refs, to: [verktoy, metode] }\n") ==
          std::vector<std::string>{
              "content/_typer/verktoy.yaml:3:34: feil[CFG005]: Innholdstypen «metode» finnes ikke. Mente du «metoder»?"});
}

TEST_CASE("reports a taxonomy that does not exist") {
    CHECK(type_headlines("title: V\nfields:\n  f: { kind: terms, taxonomy: fase }\n") ==
          std::vector<std::string>{
              "content/_typer/verktoy.yaml:3:31: feil[CFG006]: Taksonomien «fase» finnes ikke. Mente du «faser»?"});
}

TEST_CASE("reports what a kind needs when it is missing") {
    CHECK(type_headlines("title: V\nfields:\n  s: { kind: enum }\n  r: { kind: records, fields: {} }\n"
                         "  m: { kind: ref }\n  t: { kind: term }\n") ==
          std::vector<std::string>{
              "content/_typer/verktoy.yaml:3:3: feil[CFG007]: Feltet «s» har typen «enum» og trenger «values». Legg til "
              "«values: [a, b]» med verdiene som er lov.",
              "content/_typer/verktoy.yaml:4:3: feil[CFG007]: Feltet «r» har typen «records» og trenger «fields». Legg "
              "til «fields:» med feltene hver post har.",
              "content/_typer/verktoy.yaml:5:3: feil[CFG007]: Feltet «m» har typen «ref» og trenger «to». Legg til «to: "
              "<type>» med typen som feltet viser til.",
              "content/_typer/verktoy.yaml:6:3: feil[CFG007]: Feltet «t» har typen «term» og trenger «taxonomy». Legg "
              "til «taxonomy: <navn>» fra stilas.yaml."});
}

TEST_CASE("checks nested record fields with the same rules") {
    CHECK(type_headlines("title: V\nfields:\n  funn:\n    kind: records\n    fields:\n      title: { kind: text }\n"
                         "      kilde: { kind: ref, to: metode }\n") ==
          std::vector<std::string>{
              "content/_typer/verktoy.yaml:7:31: feil[CFG005]: Innholdstypen «metode» finnes ikke. Mente du «metoder»?"});
}

TEST_CASE("reports names that are not slugs") {
    CHECK(site_headlines("title: T\nbase_url: https://a.no/\nlanguage: nb\ntheme: ../hemmelig\ntaxonomies:\n"
                         "  Faser:\n    title: Faser\n    terms:\n      Fase 1: { title: Fase 1 }\n") ==
          std::vector<std::string>{
              "content/stilas.yaml:4:8: feil[CFG008]: Temanavnet «../hemmelig» kan bare inneholde små bokstaver a–z, "
              "tall og bindestrek. Skriv «hemmelig» i stedet.",
              "content/stilas.yaml:6:3: feil[CFG008]: Taksonominavnet «Faser» kan bare inneholde små bokstaver a–z, "
              "tall og bindestrek. Skriv «faser» i stedet.",
              "content/stilas.yaml:9:7: feil[CFG008]: Termnøkkelen «Fase 1» kan bare inneholde små bokstaver a–z, tall "
              "og bindestrek. Skriv «fase-1» i stedet."});
    diag::Diagnostics d;
    auto config = config::load_site_config({file("stilas.yaml", k_site), file("_typer/Verktøy.yaml", "title: V\n")},
                                           "content/", d);
    CHECK(config.types.empty());
    CHECK(d.headlines() ==
          std::vector<std::string>{"content/_typer/Verktøy.yaml: feil[CFG008]: Typenavnet «Verktøy» kan bare inneholde "
                                   "små bokstaver a–z, tall og bindestrek. Gi filen navnet «verktoy.yaml»."});
}

TEST_CASE("reports a language other than nb and nn") {
    CHECK(site_headlines("title: T\nbase_url: https://a.no/\nlanguage: en\ntheme: standard\n") ==
          std::vector<std::string>{"content/stilas.yaml:3:11: feil[CFG009]: Språket «en» støttes ikke. Skriv «nb» "
                                   "(bokmål) eller «nn» (nynorsk)."});
}

TEST_CASE("reports menu entries that are neither a type nor a taxonomy") {
    CHECK(headlines_of({file("stilas.yaml", k_site + "menu: [verktøy, faser, om]\n" + k_taxonomies),
                        file("_typer/verktoy.yaml", "title: V\n")}) ==
          std::vector<std::string>{
              "content/stilas.yaml:5:8: feil[CFG010]: «verktøy» i menyen er verken en innholdstype eller en taksonomi. "
              "Mente du «verktoy»?",
              "content/stilas.yaml:5:24: feil[CFG010]: «om» i menyen er verken en innholdstype eller en taksonomi. "
              "Disse finnes: verktoy, faser, temaer."});
}

TEST_CASE("reports a field that would hide a built-in page key") {
    CHECK(type_headlines("title: V\nfields:\n  summary: { kind: text }\n  weight: { kind: number }\n") ==
          std::vector<std::string>{
              "content/_typer/verktoy.yaml:3:3: feil[CFG011]: Feltet «summary» finnes allerede på alle sider og kan "
              "ikke deklareres på nytt. Gi feltet et annet navn.",
              "content/_typer/verktoy.yaml:4:3: feil[CFG011]: Feltet «weight» finnes allerede på alle sider og kan "
              "ikke deklareres på nytt. Gi feltet et annet navn."});
}

TEST_CASE("reports keys that do not belong to the field's kind") {
    CHECK(type_headlines("title: V\nfields:\n  a: { kind: text, values: [x], backlink: B }\n") ==
          std::vector<std::string>{
              "content/_typer/verktoy.yaml:3:20: feil[CFG012]: «values» hører ikke til felttypen «text». Fjern "
              "«values», eller velg en annen «kind».",
              "content/_typer/verktoy.yaml:3:33: feil[CFG012]: «backlink» hører ikke til felttypen «text». Fjern "
              "«backlink», eller velg en annen «kind»."});
}

TEST_CASE("reports a taxonomy with the same name as a type") {
    CHECK(headlines_of({file("stilas.yaml", k_site + "taxonomies:\n  metoder: { title: Metoder }\n"),
                        file("_typer/metoder.yaml", "title: Metoder\n")}) ==
          std::vector<std::string>{"content/stilas.yaml:6:3: feil[CFG013]: «metoder» er både en taksonomi og en "
                                   "innholdstype, og de ville fått samme adresse. Gi taksonomien et annet navn."});
}

TEST_CASE("reports a base_url that is not a full address") {
    CHECK(site_headlines("title: T\nbase_url: kulturskole.no\nlanguage: nb\ntheme: standard\n") ==
          std::vector<std::string>{"content/stilas.yaml:2:11: feil[CFG014]: «base_url» må være en full adresse, ikke "
                                   "«kulturskole.no». Skriv adressen med «https://» foran, f.eks. "
                                   "«https://kulturskole.example.no/»."});
}

TEST_CASE("warns about a .yml type file and about types without stilas.yaml") {
    CHECK(headlines_of({file("stilas.yaml", k_site), file("_typer/verktoy.yml", "title: V\n")}) ==
          std::vector<std::string>{"content/_typer/verktoy.yml: advarsel[CFG015]: Filen blir ikke lest: typefiler må "
                                   "slutte på «.yaml». Gi filen navnet «verktoy.yaml»."});
    CHECK(headlines_of({file("_typer/verktoy.yaml", "title: V\n")}) ==
          std::vector<std::string>{"content/_typer/verktoy.yaml: advarsel[CFG016]: Typene i «_typer/» brukes ikke "
                                   "fordi «stilas.yaml» mangler. Legg til «stilas.yaml» for å slå på typene."});
}

TEST_CASE("a type whose file cannot be parsed is still known by name") {
    diag::Diagnostics d;
    auto config = config::load_site_config({file("stilas.yaml", k_site), file("_typer/verktoy.yaml", "title: [V\n")},
                                           "content/", d);
    REQUIRE(config.find_type("verktoy"));
    CHECK(config.find_type("verktoy")->fields.empty());
    CHECK(d.error_count() == 1);
}
