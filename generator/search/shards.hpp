// The sharded term dictionary: lexicon files that each hold a range of the sorted terms (cut
// at a size), and posting files cut the same way, so a one-word query fetches one lexicon and
// one posting file; prefixes, typos and compounds read neighbouring terms from the same lexicon.
#pragma once

#include <string>
#include <vector>

#include "search/postings.hpp"

namespace stilas::search {

/// A lexicon file takes terms (in order) up to about this size.
inline constexpr size_t k_max_lexicon_bytes = 8 * 1024;
/// A posting file takes terms (in order) up to this size; a larger list has a file of its own.
inline constexpr size_t k_max_postings_bytes = 12 * 1024;

struct Shards {
    /// Lexicon i holds the terms t with keys[i] <= t < keys[i + 1] (keys[0] is ""): each key is
    /// the shortest start of the lexicon's first term that sorts after the previous lexicon's last.
    std::vector<std::string> keys;
    std::vector<std::string> lexicons;
    std::vector<std::string> postings;
};

/// Lays out `terms` (in byte order). Lexicon: varint count, varint posting file and offset of its first term, then per term: varint shared
/// prefix bytes, bytes rest, varint df, bytes surface ending, varint posting file step (0 = same
/// file, continuing), varint posting bytes.
Shards write_shards(const std::vector<IndexTerm>& terms);

}  // namespace stilas::search
