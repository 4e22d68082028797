#include <doctest/doctest.h>

#include "util/slug.hpp"

using stilas::util::is_slug;
using stilas::util::slugify;

TEST_CASE("slugify spells æ, ø and å the Norwegian way") {
    CHECK(slugify("Verktøy") == "verktoy");
    CHECK(slugify("Fokusområder") == "fokusomrader");
    CHECK(slugify("Ærlig talt") == "aerlig-talt");
    CHECK(slugify("får") == "far");
}

TEST_CASE("slugify folds accents and turns everything else into single dashes") {
    CHECK(slugify("Café Élan") == "cafe-elan");
    CHECK(slugify("  «Kulturskole 3.0» – piloten!  ") == "kulturskole-3-0-piloten");
    CHECK(slugify("../../etc/passwd") == "etc-passwd");
    CHECK(slugify("€€€") == "");
}

TEST_CASE("is_slug accepts only what slugify produces") {
    CHECK(is_slug("kulturskole-3-0"));
    CHECK_FALSE(is_slug(""));
    CHECK_FALSE(is_slug("Stor"));
    CHECK_FALSE(is_slug("a/b"));
    CHECK_FALSE(is_slug("får"));
}
