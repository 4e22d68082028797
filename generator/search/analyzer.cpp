// Stop words, the nynorsk stem table and token → term.
#include "search/analyzer.hpp"

#include <algorithm>

#include "search/fold.hpp"
#include "util/utf8.hpp"

namespace stilas::search {

namespace {
// Written folded (as the tokenizer gives them): function words of bokmål and nynorsk that
// occur on nearly every page and say nothing about what a page is about.
const std::vector<std::string_view> k_stop_words = [] {
    std::vector<std::string_view> words{
        "og", "i", "jeg", "det", "at", "en", "et", "den", "til", "er", "som", "på", "de", "med", "han",
        "av", "ikke", "ikkje", "der", "så", "var", "meg", "seg", "men", "ett", "har", "om", "vi", "min",
        "mitt", "ha", "hadde", "hun", "nå", "over", "da", "ved", "fra", "frå", "du", "ut", "sin", "dem",
        "oss", "opp", "man", "kan", "hans", "hvor", "eller", "hva", "skal", "selv", "sjølv", "her",
        "alle", "vil", "bli", "ble", "blei", "blitt", "kunne", "inn", "når", "være", "vere", "kom",
        "noen", "noe", "ville", "dere", "deres", "kun", "ja", "etter", "ned", "skulle", "denne", "for",
        "deg", "si", "sine", "sitt", "mot", "å", "meget", "hvorfor", "dette", "disse", "uten", "utan",
        "hvordan", "ingen", "din", "ditt", "blir", "hvilken", "hvilke", "sånn", "vår", "hver", "hvem",
        "hvis", "både", "bare", "berre", "enn", "fordi", "før", "mange", "også", "òg", "slik", "vært",
        "vore", "begge", "siden", "sidan", "dykk", "dykkar", "dei", "deira", "deim", "di", "dine",
        "eg", "ein", "eit", "eitt", "elles", "hjå", "ho", "henne", "hennar", "honom", "korleis",
        "kva", "kvar", "kven", "kvifor", "me", "medan", "mi", "mine", "mykje", "no", "nokon", "noko",
        "nokre", "somme", "um", "vart", "verte", "vil", "mer", "meir", "mest", "sammen", "saman",
        "the", "of", "and", "to", "in", "is"};
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}();

// Nynorsk stems (after Snowball) → the bokmål stem of the same word. Kept short: only words the
// knowledge base's subject uses, where the two written standards spell the stem differently.
const std::vector<StemMapping> k_stem_mappings{
    {"skul", "skol", false},          {"lærar", "lær", false},        {"leiar", "leder", false},
    {"lei", "led", false},  // kulturskoleleiar loses -ar to Snowball
    {"leiing", "ledels", false},      {"tilbod", "tilbud", false},    {"tenest", "tjenest", false},
    {"forsking", "forskning", false}, {"medverknad", "medvirkning", false},
    {"verksemd", "virksom", false},   {"høyring", "høring", false},   {"undersøking", "undersøkels", false},
    {"deltaking", "deltakels", false}, {"oppgåv", "oppgav", false},   {"framtid", "fremtid", false},
    {"born", "barn", true},           {"heim", "hjem", true},         {"vek", "uk", true}};
}  // namespace

const std::vector<std::string_view>& stop_words() { return k_stop_words; }

bool is_stop_word(std::string_view token) {
    return std::binary_search(k_stop_words.begin(), k_stop_words.end(), token);
}

const std::vector<StemMapping>& stem_mappings() { return k_stem_mappings; }

void map_stem(std::string& stem) {
    for (const StemMapping& m : k_stem_mappings) {
        if (stem == m.from) {
            stem = m.to;
            return;
        }
        if (m.whole || !std::string_view(stem).ends_with(m.from)) continue;
        if (util::count_code_points(std::string_view(stem).substr(0, stem.size() - m.from.size())) < 3) continue;
        stem.replace(stem.size() - m.from.size(), m.from.size(), m.to);
        return;
    }
}

std::string Analyzer::term(std::string_view token) {
    if (is_stop_word(token)) return {};
    if (!has_letter(token)) return std::string(token);
    std::string stem;
    // Nynorsk genitive plural (kommunanes): Snowball knows -ane and -enes but not -anes.
    if (token.ends_with("anes") && util::count_code_points(token) >= 7)
        stem = m_stemmer.stem(std::string(token.substr(0, token.size() - 4)) + "enes");
    else
        stem = m_stemmer.stem(token);
    map_stem(stem);
    return stem;
}

}  // namespace stilas::search
