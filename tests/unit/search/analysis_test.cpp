// Tokenizer, folding, stop words, stemming, the nynorsk stem table and compound splitting.
#include <doctest/doctest.h>

#include "support/test_random.hpp"

#include <set>
#include <string>
#include <vector>

#include "search/analyzer.hpp"
#include "search/compounds.hpp"
#include "search/fold.hpp"

using namespace stilas::search;

namespace {
std::vector<std::string> tokens(std::string_view text) {
    std::vector<std::string> out;
    Tokenizer t(text);
    std::string_view token;
    while (t.next(token)) out.emplace_back(token);
    return out;
}

std::vector<std::string> terms(std::string_view text) {
    Analyzer analyzer;
    std::vector<std::string> out;
    for (const std::string& token : tokens(text))
        if (std::string term = analyzer.term(token); !term.empty()) out.push_back(term);
    return out;
}
}  // namespace

TEST_CASE("tokens are runs of letters and digits, lowercased, 2 to 40 characters") {
    CHECK(tokens("Kulturskolen i Bodø – «IGP» (2021), 3.0!") ==
          std::vector<std::string>{"kulturskolen", "bodø", "igp", "2021"});
    CHECK(tokens("kommune-Norge KS' SFO-tilbud") == std::vector<std::string>{"kommune", "norge", "ks", "sfo", "tilbud"});
    CHECK(tokens(std::string(41, 'a') + " " + std::string(40, 'b')) == std::vector<std::string>{std::string(40, 'b')});
    CHECK(tokens("") .empty());
    CHECK(tokens(" ,. ").empty());
}

TEST_CASE("folding keeps æ ø å and folds other accents the Norwegian way") {
    CHECK(tokens("ÆRLIG ØYA ÅS") == std::vector<std::string>{"ærlig", "øya", "ås"});
    CHECK(tokens("Café idé Müller Ärzte Öl") == std::vector<std::string>{"cafe", "ide", "muller", "ærzte", "øl"});
    CHECK(tokens("Straße Čáslav Łódź") == std::vector<std::string>{"strasse", "caslav", "lodz"});
    // Decomposed (NFD) letters: a + ring is å, a/o + diaeresis are æ/ø, other marks vanish.
    CHECK(tokens("a\u030Apen o\u0308l e\u0301n") == std::vector<std::string>{"åpen", "øl", "en"});
    CHECK(tokens("ÅPEN ΑΒΓ Жук") == std::vector<std::string>{"åpen", "αβγ", "жук"});
}

TEST_CASE("a capital at the start and letters beyond ASCII inside a word are folded") {
    CHECK(tokens("Kommunane Dialogkonferansen KulturSkolen") ==
          std::vector<std::string>{"kommunane", "dialogkonferansen", "kulturskolen"});
    CHECK(tokens("læring.Møte") == std::vector<std::string>{"læring", "møte"});
}

TEST_CASE("stop words are left out; digits are not stemmed") {
    CHECK(is_stop_word("og"));
    CHECK(is_stop_word("ikkje"));
    CHECK_FALSE(is_stop_word("kommune"));
    CHECK(terms("og i det som 2021 12") == std::vector<std::string>{"2021", "12"});
}

TEST_CASE("Snowball Norwegian stems bokmål and nynorsk inflections alike") {
    CHECK(terms("kommunene kommunane kommunen kommuner") ==
          std::vector<std::string>{"kommun", "kommun", "kommun", "kommun"});
    CHECK(terms("dialogkonferansen dialogkonferanser dialogkonferansene") ==
          std::vector<std::string>{"dialogkonferans", "dialogkonferans", "dialogkonferans"});
    CHECK(terms("elevane elevene") == std::vector<std::string>{"elev", "elev"});
}

TEST_CASE("nynorsk stems map to bokmål, also at the end of compounds") {
    CHECK(terms("skulen") == terms("skolen"));
    CHECK(terms("kulturskulen") == terms("kulturskolen"));
    CHECK(terms("tenestene") == terms("tjenestene"));
    CHECK(terms("medverknad") == terms("medvirkning"));
    CHECK(terms("kommunanes") == terms("kommunenes"));
    // Whole-stem entries do not touch longer words.
    CHECK(terms("heim") == terms("hjem"));
    CHECK(terms("trondheim") == std::vector<std::string>{"trondheim"});
}

TEST_CASE("compounds split into known terms, longest front part first, with linking s and e") {
    std::set<std::string> known{"kultur", "kulturskol", "skol", "led", "dialog", "konferans", "utvikling", "arbeid"};
    CompoundSplitter splitter([&](std::string_view s) { return known.count(std::string(s)) > 0; });
    CHECK(splitter.split("kulturskoleled") == std::vector<std::string_view>{"kulturskol", "led"});
    CHECK(splitter.all_parts("kulturskoleled") == std::vector<std::string>{"kultur", "kulturskol", "led", "skol"});
    CHECK(splitter.split("dialogkonferans") == std::vector<std::string_view>{"dialog", "konferans"});
    CHECK(splitter.split("utviklingsarbeid") == std::vector<std::string_view>{"utvikling", "arbeid"});
    CHECK(splitter.split("kulturhus").empty());        // "hus" is no known term
    CHECK(splitter.split("skoled").empty());           // too short to be a compound
    CHECK(splitter.split("kultur2021arbeid").empty()); // digits are never split
}

TEST_CASE("long texts give the tokens of their lines read one by one") {
    // A text of 64 bytes or more is read through 64-byte windows; lines under 64 bytes only through
    // the general path. Tokens never span a line break, so both must give the same tokens.
    const std::string long_word(39, 'k');
    const char* const words[] = {"kommune", "Kommunane", "IGP", "i", "på", "Øvelse", "kulturskolelederen",
                                 "2021", "a\u030Apen", "dialogkonferansen", "kommune-Norge", "x",
                                 long_word.c_str(), "tjenesteutviklingsprosjektene",
                                 "Tjenesteutviklingsprosjektenes", "«sitat»", "3.0", "Café", "ÆRLIG", "ab"};
    stilas::test::TestRandom random{7};
    for (int round = 0; round < 200; ++round) {
        std::string text;
        std::vector<std::string> expected;
        while (text.size() < 2000) {
            std::string line;
            const size_t target = 1 + random.below(60);
            while (line.size() < target) {
                line += random.pick(words);
                line += " ,.;:()\t"[random.below(8)];
                if (random.below(5) == 0) line += ' ';
            }
            if (line.size() > 63) line.resize(63);
            while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80) line.pop_back();
            while (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0) line.pop_back();
            for (std::string& t : tokens(line)) expected.push_back(std::move(t));
            text += line + "\n";
        }
        INFO(text);
        CHECK(tokens(text) == expected);
    }
}
