// The index's JSON files: the manifest (the one file the engine reads first) and the document
// fragments (title, address, summary and excerpt of a few documents per file).
#pragma once

#include <string>
#include <vector>

#include "search/index_input.hpp"
#include "search/page_analysis.hpp"
#include "search/shards.hpp"

namespace stilas::search {

/// Documents per fragment file: doc/<d / k_docs_per_fragment>.json.
inline constexpr size_t k_docs_per_fragment = 8;
/// Longer summaries are cut (at a word) in fragments.
inline constexpr size_t k_max_summary_bytes = 300;

/// Fragment file `g`: a JSON array of {u, t, y, d, s, x} (url, title, type, date, summary,
/// excerpt) for documents k_docs_per_fragment * g onwards. `excerpts` is parallel to input.docs.
std::string fragment_file(const IndexInput& input, const std::vector<std::string_view>& excerpts, size_t g);

/// How many fragment files `docs` documents take.
inline size_t fragment_count(size_t docs) { return (docs + k_docs_per_fragment - 1) / k_docs_per_fragment; }

/// What the manifest says besides the facets: sizes of things and the build's version tag.
struct ManifestFacts {
    size_t docs = 0;
    size_t postings_files = 0;
    size_t fragment_files = 0;
    double average_length = 0;
    std::string version;   ///< changes whenever any index file changes (cache busting)
};

std::string manifest_json(const IndexInput& input, const Shards& shards, const ManifestFacts& facts);

}  // namespace stilas::search
