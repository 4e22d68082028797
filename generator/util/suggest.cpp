#include "util/suggest.hpp"

#include <algorithm>

#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace stilas::util {

namespace {
std::u32string decode_all(std::string_view s) {
    std::u32string out;
    size_t pos = 0;
    while (pos < s.size()) out += decode_utf8(s, pos);
    return out;
}
}  // namespace

size_t edit_distance(std::string_view a, std::string_view b) {
    std::u32string x = decode_all(a), y = decode_all(b);
    std::vector<size_t> row(y.size() + 1);
    for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= x.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= y.size(); ++j) {
            size_t above = row[j];
            size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[y.size()];
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
    std::string lowered = to_lower_ascii(word);
    size_t limit = std::clamp<size_t>(count_code_points(word) / 3, 1, 3);
    std::optional<std::string> best;
    size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        size_t d = edit_distance(lowered, to_lower_ascii(candidate));
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

}  // namespace stilas::util
