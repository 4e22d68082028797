#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "markdown/wikilinks.hpp"

using namespace stilas::markdown;

namespace {

std::vector<std::string> targets(std::string_view text) {
    std::vector<std::string> out;
    for (const WikilinkMatch& m : find_wikilinks(text)) out.push_back(m.target + "|" + m.text);
    return out;
}

}  // namespace

TEST_CASE("find_wikilinks reads target and text of every form") {
    CHECK(targets("[[slug]]") == std::vector<std::string>{"slug|"});
    CHECK(targets("[[metoder/slug#anker]]") == std::vector<std::string>{"metoder/slug#anker|"});
    CHECK(targets("[[ slug | Annen tekst ]]") == std::vector<std::string>{"slug|Annen tekst"});
    CHECK(targets("a [[x]][[y]] b") == std::vector<std::string>{"x|", "y|"});
}

TEST_CASE("find_wikilinks skips empty, unclosed and broken ones") {
    CHECK(targets("[[]] [[|tekst]] [[a\nb]] [[a] [[a]b]] [a]]").empty());
    CHECK(targets("[[[[[[x]]") == std::vector<std::string>{"x|"});
    const std::vector<WikilinkMatch> m = find_wikilinks("ab [[[x]]] c");
    REQUIRE(m.size() == 1);
    CHECK(m[0].begin == 4);
    CHECK(m[0].end == 9);
    CHECK(m[0].inner == "x");
}
