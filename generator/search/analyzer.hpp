// From a folded token to an index term: stop words out, Snowball Norwegian stem, then a small
// table that maps nynorsk stems to their bokmål counterparts (skul → skol), so either form finds
// both. The tables travel in the manifest, so the browser analyses queries with the same ones.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/stemmer.hpp"

namespace stilas::search {

/// Bumped whenever analysis changes what terms a text gives: cached page analyses with another
/// version are not reused.
inline constexpr int k_analyzer_version = 1;

/// One nynorsk → bokmål stem mapping. `whole` = only a whole stem, else also the end of a
/// compound whose front part has at least three letters.
struct StemMapping {
    std::string_view from;
    std::string_view to;
    bool whole = false;
};

/// Folded stop words (bokmål and nynorsk function words), sorted.
const std::vector<std::string_view>& stop_words();
bool is_stop_word(std::string_view token);

/// The nynorsk → bokmål stem table.
const std::vector<StemMapping>& stem_mappings();

/// Applies the stem table to `stem` in place.
void map_stem(std::string& stem);

/// Turns tokens into terms; one per thread (it owns a stemmer).
class Analyzer {
public:
    /// The term for a folded token, or "" for a stop word.
    std::string term(std::string_view token);

private:
    Stemmer m_stemmer;
};

}  // namespace stilas::search
