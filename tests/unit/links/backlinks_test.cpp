#include <doctest/doctest.h>

#include "links/backlinks.hpp"

using namespace stilas::links;

TEST_CASE("backlink groups follow the schema order, merge equal labels and list each page once") {
    BacklinkCollector c(4);
    c.add(0, k_mentioned_in, {SIZE_MAX, 0}, 3);
    c.add(0, "Fokusområder", {2, 1}, 2);
    c.add(0, "Brukt i", {1, 0}, 1);
    c.add(0, "Brukt i", {1, 0}, 1);
    c.add(0, "Fokusområder", {2, 1}, 3);
    c.add(0, k_mentioned_in, {SIZE_MAX, 0}, 1);  // already listed under "Brukt i"
    auto groups = c.finish();
    REQUIRE(groups[0].size() == 2);
    CHECK(groups[0][0].label == "Brukt i");
    CHECK(groups[0][0].sources == std::vector<size_t>{1});
    CHECK(groups[0][1].label == "Fokusområder");
    CHECK(groups[0][1].sources == std::vector<size_t>{2, 3});
    CHECK(groups[1].empty());
}

TEST_CASE("a page mentioned only in bodies gets a «Nevnt i» group") {
    BacklinkCollector c(2);
    c.add(1, k_mentioned_in, {SIZE_MAX, 0}, 0);
    auto groups = c.finish();
    REQUIRE(groups[1].size() == 1);
    CHECK(groups[1][0].label == "Nevnt i");
}
