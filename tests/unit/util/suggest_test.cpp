#include <doctest/doctest.h>

#include "util/suggest.hpp"

using stilas::util::closest_match;
using stilas::util::edit_distance;

TEST_CASE("edit distance counts code points, not bytes") {
    CHECK(edit_distance("far", "får") == 1);
    CHECK(edit_distance("samskapning", "samskaping") == 1);
    CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("closest_match suggests a near name and nothing for a far one") {
    std::vector<std::string> terms{"samskaping", "medvirkning", "forankring"};
    CHECK(closest_match("samskapning", terms) == "samskaping");
    CHECK(closest_match("Medvirkning", terms) == "medvirkning");
    CHECK_FALSE(closest_match("bærekraft", terms).has_value());
}
