// Input shapes that make Debian's cmark-gfm 0.29.0.gfm.6 quadratic (or explode in size), found
// by a linear pre-scan so that such a body is refused before cmark sees it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stilas::markdown {

/// Limits measured on this cmark version (tests/unit/markdown/pathological_test.cpp).
inline constexpr size_t k_max_body_bytes = 4 * 1024 * 1024;
inline constexpr size_t k_max_image_openers_per_block = 200;
inline constexpr size_t k_max_table_columns = 100;
inline constexpr size_t k_max_table_cells = 200'000;
inline constexpr size_t k_max_closing_parens_per_word = 64;

struct ShapeProblem {
    size_t offset = 0;  ///< byte offset in the body where the shape starts
    std::string message;
    std::string hint;
};

/// At most one problem per kind of shape, at its first place. Empty when the body is safe to parse.
std::vector<ShapeProblem> check_input_shape(std::string_view body);

}  // namespace stilas::markdown
