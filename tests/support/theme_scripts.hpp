// The one script element the themes put on every page (the search UI, served by the build
// under /sok/). Tests that check no content ever becomes a script remove it first.
#pragma once

#include <string>
#include <string_view>

#include "util/strings.hpp"

namespace stilas::test {

inline constexpr std::string_view k_search_script = "<script type=\"module\" src=\"/sok/sok-ui.js\"></script>";

inline std::string without_theme_scripts(std::string_view html) {
    return util::replace_all(html, k_search_script, "");
}

}  // namespace stilas::test
