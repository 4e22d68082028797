// The facet file: for every facet value (manifest order), the documents that have it, as
// whichever of three forms is smallest. The engine counts facets over all matches from it.
#pragma once

#include <string>

#include "search/index_input.hpp"

namespace stilas::search {

/// Per value: varint form, then 0 = list (varint count, varint doc deltas, first absolute),
/// 1 = bitmap (ceil(docs / 8) bytes, bit d % 8 of byte d / 8), 2 = range (varint first, varint count).
std::string encode_facets(const IndexInput& input);

}  // namespace stilas::search
