#include <doctest/doctest.h>

#include "support/cpu_clock.hpp"

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "yaml/parse.hpp"

using namespace stilas;
using yaml::Node;

namespace {

std::optional<Node> parse_text(std::string_view text, diag::Diagnostics& d, int first_line = 1) {
    return yaml::parse(text, {"content/a.md", first_line}, d);
}

// Headlines that doctest prints in full when a check fails.
struct Headlines {
    std::vector<std::string> lines;
    bool empty() const { return lines.empty(); }
    friend bool operator==(const Headlines& a, const std::vector<std::string>& b) { return a.lines == b; }
    friend bool operator==(const Headlines& a, const Headlines& b) { return a.lines == b.lines; }
    friend std::ostream& operator<<(std::ostream& out, const Headlines& h) {
        for (const auto& line : h.lines) out << "\n  " << line;
        return out;
    }
};

Headlines headlines_of(std::string_view text, int first_line = 1) {
    diag::Diagnostics d;
    auto node = parse_text(text, d, first_line);
    CHECK_FALSE(node.has_value());
    return {d.headlines()};
}

std::pair<int, int> pos_of(const Node& n) { return {n.line, n.col}; }

}  // namespace

TEST_CASE("builds a mapping with positions shifted to the file's lines") {
    diag::Diagnostics d;
    auto root = parse_text("title: Hei\ntags: [a, b]\nlist:\n  - x\n  - {k: v}\n", d, 2);
    REQUIRE(root);
    CHECK(d.headlines().empty());
    REQUIRE(root->is_mapping());
    REQUIRE(root->entries.size() == 3);
    CHECK(pos_of(*root) == std::pair{2, 1});
    CHECK(root->entries[0].first.scalar == "title");
    CHECK(pos_of(root->entries[0].second) == std::pair{2, 8});
    const Node* tags = root->find("tags");
    REQUIRE(tags);
    REQUIRE(tags->is_sequence());
    CHECK(pos_of(*tags) == std::pair{3, 7});
    CHECK(tags->items[1].scalar == "b");
    CHECK(pos_of(tags->items[1]) == std::pair{3, 11});
    const Node* list = root->find("list");
    REQUIRE(list);
    CHECK(pos_of(*list) == std::pair{5, 3});
    REQUIRE(list->items.size() == 2);
    CHECK(pos_of(list->items[0]) == std::pair{5, 5});
    CHECK(list->items[1].is_mapping());
    CHECK(pos_of(list->items[1].entries[0].second) == std::pair{6, 9});
}

TEST_CASE("marks quoted and block scalars as quoted and plain ones not") {
    diag::Diagnostics d;
    auto root = parse_text("a: ja\nb: \"ja\"\nc: 'ja'\nd: |\n  ja\ne: >\n  ja\nf: !!str 5\n", d);
    REQUIRE(root);
    CHECK_FALSE(root->find("a")->quoted);
    CHECK(root->find("b")->quoted);
    CHECK(root->find("c")->quoted);
    CHECK(root->find("d")->quoted);
    CHECK(root->find("d")->scalar == "ja\n");
    CHECK(root->find("e")->quoted);
    CHECK(root->find("f")->quoted);
}

TEST_CASE("an empty text or one with only comments is a null node") {
    diag::Diagnostics d;
    auto empty = parse_text("", d, 3);
    REQUIRE(empty);
    CHECK(empty->is_null());
    CHECK(pos_of(*empty) == std::pair{3, 1});
    auto comments = parse_text("# bare en kommentar\n", d);
    REQUIRE(comments);
    CHECK(comments->is_null());
    CHECK(d.headlines().empty());
}

TEST_CASE("null values stand at their key or list dash, written nulls at themselves") {
    diag::Diagnostics d;
    auto root = parse_text("a:\nb: ~\nc: null\nd:\n  -\n  - x\nnull: 1\n", d);
    REQUIRE(root);
    CHECK(d.headlines().empty());
    CHECK(root->find("a")->is_null());
    CHECK(pos_of(*root->find("a")) == std::pair{1, 1});
    CHECK(pos_of(*root->find("b")) == std::pair{2, 4});
    CHECK(root->find("c")->is_null());
    CHECK(pos_of(root->find("d")->items[0]) == std::pair{5, 3});
    CHECK(root->find("null") != nullptr);
}

TEST_CASE("columns count code points, not bytes") {
    diag::Diagnostics d;
    auto root = parse_text("blåbær: rødgrøt\nøl: [æ, å]\n", d);
    REQUIRE(root);
    CHECK(root->find("blåbær")->scalar == "rødgrøt");
    CHECK(pos_of(*root->find("blåbær")) == std::pair{1, 9});
    CHECK(pos_of(root->find("øl")->items[1]) == std::pair{2, 9});
}

TEST_CASE("CRLF line endings give the same values and positions as LF") {
    diag::Diagnostics d;
    auto root = parse_text("a: 1\r\nb: ø\r\nc:\r\n  - x\r\n", d);
    REQUIRE(root);
    CHECK(root->find("b")->scalar == "ø");
    CHECK(pos_of(*root->find("b")) == std::pair{2, 4});
    CHECK(pos_of(root->find("c")->items[0]) == std::pair{4, 5});
    CHECK(headlines_of("a: 1\r\nb:\r\n c: 2\r\n  d: 3\r\n") == headlines_of("a: 1\nb:\n c: 2\n  d: 3\n"));
}

TEST_CASE("a byte order mark is not counted as a column") {
    diag::Diagnostics d;
    auto root = parse_text("\xEF\xBB\xBF" "a: 1\n", d);
    REQUIRE(root);
    CHECK(pos_of(root->entries[0].second) == std::pair{1, 4});
}

TEST_CASE("reports broken indentation in a mapping in Norwegian at its position") {
    CHECK(headlines_of("a:\n  b: 1\n c: 2\n", 2) ==
          std::vector<std::string>{"content/a.md:4:2: feil[YAML001]: Ugyldig YAML: innrykket passer ikke med nøklene "
                                   "over. Gi nøkler på samme nivå nøyaktig samme innrykk."});
}

TEST_CASE("reports a colon inside a plain value") {
    CHECK(headlines_of("tittel: Hei: på deg\n") ==
          std::vector<std::string>{"content/a.md:1:12: feil[YAML001]: Ugyldig YAML: et kolon står et sted det ikke kan "
                                   "stå. Sett verdien i anførselstegn hvis den inneholder «: », eller rett opp innrykket."});
}

TEST_CASE("reports an unclosed quote at the opening quote") {
    std::vector<std::string> expected{"content/a.md:2:9: feil[YAML001]: Ugyldig YAML: anførselstegnet blir aldri "
                                      "lukket. Avslutt teksten med samme slags anførselstegn som den begynner med."};
    CHECK(headlines_of("a: 1\ntittel: \"Hei\nb: 2") == expected);
    CHECK(headlines_of("a: 1\ntittel: 'Hei\n") == expected);
}

TEST_CASE("reports an unclosed bracket or brace at the bracket") {
    CHECK(headlines_of("a: [1, 2\nb: 1\n") ==
          std::vector<std::string>{"content/a.md:1:4: feil[YAML001]: Ugyldig YAML: «[» blir aldri lukket med «]». "
                                   "Legg til «]» der listen slutter."});
    CHECK(headlines_of("a: {b: 1\n") ==
          std::vector<std::string>{"content/a.md:1:4: feil[YAML001]: Ugyldig YAML: «{» blir aldri lukket med «}». "
                                   "Legg til «}» der tabellen slutter."});
}

TEST_CASE("reports a stray closing bracket, an unknown token and a misplaced list dash") {
    CHECK(headlines_of("[a, b]]\n") ==
          std::vector<std::string>{"content/a.md:1:7: feil[YAML001]: Ugyldig YAML: en avsluttende parentes lukker "
                                   "ingenting («]»). Fjern den, eller legg til den som åpner."});
    CHECK(headlines_of("epost: @navn\n") ==
          std::vector<std::string>{"content/a.md:1:8: feil[YAML001]: Ugyldig YAML: en verdi kan ikke begynne med "
                                   "dette tegnet («@»). Sett verdien i anførselstegn."});
    CHECK(headlines_of("roller: - a\n") ==
          std::vector<std::string>{"content/a.md:1:9: feil[YAML001]: Ugyldig YAML: et listepunkt («- ») står et sted "
                                   "det ikke kan stå. Sett listen på egne linjer med innrykk under nøkkelen."});
}

TEST_CASE("reports an unknown escape with the escape as written") {
    CHECK(headlines_of("sti: \"C:\\q\"\n") ==
          std::vector<std::string>{"content/a.md:1:11: feil[YAML001]: Ugyldig YAML: ukjent escape-sekvens «\\q» i "
                                   "tekst med doble anførselstegn. Skriv «\\\\» for en omvendt skråstrek, eller bruk "
                                   "enkle anførselstegn."});
}

TEST_CASE("keeps yaml-cpp's English text for rare syntax errors") {
    CHECK(headlines_of("a: !x !y z\n") ==
          std::vector<std::string>{"content/a.md:1:7: feil[YAML001]: Ugyldig YAML: cannot assign multiple tags to the "
                                   "same node. Sjekk skrivemåten rundt dette stedet."});
}

TEST_CASE("reports a second document where it begins") {
    CHECK(headlines_of("- a\nb: 1\n") ==
          std::vector<std::string>{"content/a.md:2:1: feil[YAML001]: Ugyldig YAML: her begynner et nytt dokument, men "
                                   "teksten kan bare ha ett. Sjekk innrykket: listepunkter og nøkler kan ikke stå på "
                                   "samme nivå."});
    CHECK(headlines_of("a: 1\n---\nb: 2\n") ==
          std::vector<std::string>{"content/a.md:2:1: feil[YAML001]: Ugyldig YAML: her begynner et nytt dokument, men "
                                   "teksten kan bare ha ett. Fjern «---»-linjen."});
}

TEST_CASE("a stray comma at the top level is an error, not an endless stream of documents") {
    CHECK(headlines_of(",tittel: Hei\n") ==
          std::vector<std::string>{"content/a.md:1:1: feil[YAML001]: Ugyldig YAML: en verdi kan ikke begynne med "
                                   "dette tegnet («,»). Sett verdien i anførselstegn."});
}

TEST_CASE("reports keys that are empty or not plain text") {
    CHECK(headlines_of("a: 1\n: 2\n") ==
          std::vector<std::string>{"content/a.md:2:1: feil[YAML001]: Ugyldig YAML: nøkkelen mangler foran kolonet. "
                                   "Skriv et navn foran «:»."});
    CHECK(headlines_of("[a, b]: 1\n") ==
          std::vector<std::string>{"content/a.md:1:1: feil[YAML001]: Ugyldig YAML: en nøkkel må være en enkel tekst, "
                                   "ikke en liste eller tabell. Skriv nøkkelen som vanlig tekst."});
}

TEST_CASE("reports invalid UTF-8 and NUL bytes before yaml-cpp sees them") {
    CHECK(headlines_of("a: æ\nb: \xff\n") ==
          std::vector<std::string>{"content/a.md:2:4: feil[YAML001]: Ugyldig YAML: teksten er ikke gyldig UTF-8. "
                                   "Lagre filen som UTF-8."});
    CHECK(headlines_of(std::string("a: 1\nb: x\0y\n", 12)) ==
          std::vector<std::string>{"content/a.md:2:5: feil[YAML001]: Ugyldig YAML: teksten inneholder et NUL-tegn. "
                                   "Fjern tegnet."});
}

TEST_CASE("reports every tab used for indentation at the tab") {
    CHECK(headlines_of("a:\n\tb: 1\nc:\n  \td: 2\n", 5) ==
          std::vector<std::string>{
              "content/a.md:6:1: feil[YAML002]: Tabulator brukt til innrykk. Bruk mellomrom til innrykk i YAML.",
              "content/a.md:8:3: feil[YAML002]: Tabulator brukt til innrykk. Bruk mellomrom til innrykk i YAML."});
}

TEST_CASE("accepts tabs that are not indentation") {
    diag::Diagnostics d;
    auto root = parse_text("a:\t1\nb: [1,\n\t2]\nc: \"x\n\ty\"\nd: |\n  kode\n  \tinnrykket\n", d);
    REQUIRE(root);
    CHECK(d.headlines().empty());
    CHECK(root->find("d")->scalar == "kode\n\tinnrykket\n");
}

TEST_CASE("reports a duplicate key at the second one, naming the first one's line") {
    CHECK(headlines_of("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n", 10) ==
          std::vector<std::string>{"content/a.md:13:3: feil[YAML003]: Nøkkelen «c» står to ganger (første gang på "
                                   "linje 12). Fjern den ene, eller gi den et annet navn.",
                                   "content/a.md:14:1: feil[YAML003]: Nøkkelen «a» står to ganger (første gang på "
                                   "linje 10). Fjern den ene, eller gi den et annet navn."});
}

TEST_CASE("finds duplicate keys in a mapping of many keys too, each at its first line") {
    // Past a few dozen keys the search for duplicates changes method; both must agree.
    std::string text;
    for (int i = 0; i < 80; ++i) text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
    text += "k5: igjen\nk70: igjen\nk5: tredje\n";
    CHECK(headlines_of(text, 1) ==
          std::vector<std::string>{"content/a.md:81:1: feil[YAML003]: Nøkkelen «k5» står to ganger (første gang på "
                                   "linje 6). Fjern den ene, eller gi den et annet navn.",
                                   "content/a.md:82:1: feil[YAML003]: Nøkkelen «k70» står to ganger (første gang på "
                                   "linje 71). Fjern den ene, eller gi den et annet navn.",
                                   "content/a.md:83:1: feil[YAML003]: Nøkkelen «k5» står to ganger (første gang på "
                                   "linje 6). Fjern den ene, eller gi den et annet navn."});
}

namespace {

std::string nested_flow(int depth) { return "a: " + std::string(depth, '[') + std::string(depth, ']') + "\n"; }

std::string nested_block(int depth) {
    std::string text;
    for (int i = 0; i < depth; ++i) text += std::string(i, ' ') + "k" + std::to_string(i) + ":\n";
    return text;
}

const std::string k_too_deep = "feil[YAML004]: YAML-strukturen er nøstet dypere enn 32 nivåer. Gjør strukturen flatere.";

}  // namespace

TEST_CASE("accepts 32 levels of nesting and refuses 33, in flow and block style") {
    diag::Diagnostics d;
    CHECK(parse_text(nested_flow(31), d));
    CHECK(parse_text(nested_block(32), d));
    CHECK(d.headlines().empty());
    CHECK(headlines_of(nested_flow(32)) == std::vector<std::string>{"content/a.md:1:35: " + k_too_deep});
    CHECK(headlines_of(nested_block(33)) == std::vector<std::string>{"content/a.md:33:33: " + k_too_deep});
}

TEST_CASE("counts compact lists and lists under keys as nesting levels") {
    std::string text = "k:\n";
    for (int i = 1; i <= 16; ++i) text += std::string(2 * (i - 1), ' ') + "- k:\n";
    CHECK(headlines_of(text) == std::vector<std::string>{"content/a.md:17:33: " + k_too_deep});
    std::string compact;
    for (int i = 0; i < 33; ++i) compact += "- ";
    CHECK(headlines_of(compact + "x\n") == std::vector<std::string>{"content/a.md:1:65: " + k_too_deep});
    diag::Diagnostics d;
    CHECK(parse_text(compact.substr(2) + "x\n", d));
    CHECK(d.headlines().empty());
}

TEST_CASE("refuses pathological bracket runs quickly, before yaml-cpp") {
    CHECK(headlines_of(std::string(100000, '[')) == std::vector<std::string>{"content/a.md:1:33: " + k_too_deep});
    CHECK(headlines_of(std::string(50000, '{')) == std::vector<std::string>{"content/a.md:1:33: " + k_too_deep});
}

TEST_CASE("brackets inside plain, quoted and block text do not count as nesting") {
    std::string text = "a: tekst [med] {parentes} " + std::string(40, '[') + "\nb: \"" + std::string(40, '{') +
                       "\"\nc: |\n  " + std::string(40, '[') + "\n";
    diag::Diagnostics d;
    auto root = parse_text(text, d);
    CHECK(d.headlines().empty());
    REQUIRE(root);
    CHECK(root->find("c")->scalar == std::string(40, '[') + "\n");
}

TEST_CASE("a block scalar ends at the first line indented less than its first text line") {
    // Line 4 is a key again (the block ended), and its quote is closed on line 5.
    diag::Diagnostics d;
    auto root = parse_text("- a\n- b: |\n    tekst\n  c: 'q\n  '''\n", d);
    CHECK(d.headlines().empty());
    REQUIRE(root);
    CHECK(root->items[1].find("b")->scalar == "tekst\n");
    CHECK(root->items[1].find("c")->scalar == "q '");
}

TEST_CASE("a long one-line list parses in linear time with exact columns") {
    // Column counting restarted at each line start would make this quadratic (seconds).
    std::string text = "a: [";
    for (int i = 0; i < 100000; ++i) text += "1,";
    text += "2]\n";
    diag::Diagnostics d;
    const double start = stilas::test::thread_cpu_seconds();
    auto root = parse_text(text, d);
    const double elapsed = stilas::test::thread_cpu_seconds() - start;
    REQUIRE(root);
    const Node& last = root->find("a")->items.back();
    CHECK(last.scalar == "2");
    CHECK(pos_of(last) == std::pair{1, 200005});
    CHECK(elapsed < 3.0);
}

TEST_CASE("refuses a text over 256 KiB") {
    std::string text = "a: " + std::string(256 * 1024, 'x') + "\n";
    CHECK(headlines_of(text, 2) ==
          std::vector<std::string>{"content/a.md:2:1: feil[YAML004]: YAML-teksten er for stor (257 KiB); grensen er 256 "
                                   "KiB. Del innholdet opp i flere filer."});
}

TEST_CASE("refuses anchors and aliases at their position") {
    CHECK(headlines_of("a: &x [1, 2]\nb: *x\n") ==
          std::vector<std::string>{"content/a.md:1:4: feil[YAML005]: Ankeret «&x» er ikke tillatt: Stilas godtar ikke "
                                   "ankere og alias i YAML. Skriv verdien ut på hvert sted den trengs.",
                                   "content/a.md:2:4: feil[YAML005]: Aliaset «*x» er ikke tillatt: Stilas godtar ikke "
                                   "ankere og alias i YAML. Skriv verdien ut på hvert sted den trengs."});
}

TEST_CASE("a failed parse of one text does not depend on errors already collected") {
    diag::Diagnostics d;
    d.error({"content/b.md", 1, 1}, "X001", "Annen feil.");
    auto root = parse_text("a: 1\n", d);
    CHECK(root.has_value());
    CHECK(d.error_count() == 1);
}
