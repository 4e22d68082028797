// From page records to posting lists: for every term, the documents it occurs in (in document
// order) with a one-byte impact score. Compound parts get a share of their compound's score.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "search/page_analysis.hpp"
#include "search/vocabulary.hpp"

namespace stilas::search {

/// Scoring constants (the engine reads them from the manifest).
inline constexpr double k_bm25_k1 = 1.2;
inline constexpr double k_bm25_b = 0.75;
inline constexpr double k_title_bonus = 1.6;
inline constexpr double k_summary_bonus = 0.8;
inline constexpr double k_tags_bonus = 0.5;
inline constexpr double k_compound_share = 0.4;
/// The highest score an impact byte (255) stands for.
inline constexpr double k_max_score = k_bm25_k1 + 1 + k_title_bonus + k_summary_bonus + k_tags_bonus;

/// One document's input: its page record and the terms of its labels.
struct DocTerms {
    const PageRecord* record = nullptr;
    /// The terms of each of its labels (a slice of an array the caller keeps for many documents).
    std::span<const std::vector<TermEntry>* const> tags;
};

/// A term of the finished index, in byte order of `text`.
struct IndexTerm {
    std::string_view text;
    std::string_view suffix;    ///< the surface ending that names it (see vocabulary.hpp)
    uint32_t df = 0;            ///< documents
    /// Form 0: per document a varint doc delta (first: doc id) and an impact byte. Form 1 (terms
    /// on many documents): a bitmap of ceil(docs / 8) bytes, then one 4-bit impact (impact / 17,
    /// low nibble first) per document in order. The first byte says which.
    std::string postings;
};

struct PostingsResult {
    std::vector<IndexTerm> terms;
    double average_length = 0;
};

/// Builds the posting lists of `docs` (document id = position) on up to `threads` threads (0 =
/// all cores); the result does not depend on the number. Terms on no document are left out.
PostingsResult build_postings(const std::vector<DocTerms>& docs, const Vocabulary& vocabulary, unsigned threads = 0);

/// The impact byte for a score (1..255; scores above k_max_score are capped).
uint8_t quantize_score(double score);

}  // namespace stilas::search
