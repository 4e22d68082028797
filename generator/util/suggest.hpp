// "Mente du …?": edit distance and the closest of a set of known names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stilas::util {

/// Levenshtein distance counted in code points.
size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if it is close enough to be a likely typo
/// (distance at most a third of the word's length, at least 1, at most 3; case-insensitive).
/// Ties go to the candidate that comes first in `candidates`.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

}  // namespace stilas::util
