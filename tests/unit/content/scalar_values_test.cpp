#include <doctest/doctest.h>

#include "content/scalar_values.hpp"

using namespace stilas::content;

TEST_CASE("dates must be real calendar dates written YYYY-MM-DD") {
    CHECK(normalize_date("2024-02-29") == "2024-02-29");
    CHECK(normalize_date(" 2024-03-14 ") == "2024-03-14");
    CHECK_FALSE(normalize_date("2023-02-29").has_value());
    CHECK_FALSE(normalize_date("1900-02-29").has_value());
    CHECK(normalize_date("2000-02-29").has_value());
    CHECK_FALSE(normalize_date("2024-4-1").has_value());
    CHECK_FALSE(normalize_date("2024-04-31").has_value());
    CHECK_FALSE(normalize_date("0000-01-01").has_value());
    CHECK_FALSE(normalize_date("2024-03-14T10:00").has_value());
}

TEST_CASE("date-times take a T or a space and are normalised to the T form") {
    CHECK(normalize_datetime("2024-03-14 10:00") == "2024-03-14T10:00");
    CHECK(normalize_datetime("2024-03-14T23:59") == "2024-03-14T23:59");
    CHECK_FALSE(normalize_datetime("2024-03-14 24:00").has_value());
    CHECK_FALSE(normalize_datetime("2024-03-14 10:60").has_value());
    CHECK_FALSE(normalize_datetime("2024-03-14").has_value());
    CHECK_FALSE(normalize_datetime("2024-03-14 10:00:00").has_value());
}

TEST_CASE("numbers are integers or decimals with a point") {
    CHECK(is_number("12"));
    CHECK(is_number("-3.25"));
    CHECK(is_number("+7"));
    CHECK_FALSE(is_number("2,5"));
    CHECK_FALSE(is_number("1e3"));
    CHECK_FALSE(is_number(".5"));
    CHECK_FALSE(is_number("5."));
    CHECK_FALSE(is_number(""));
    CHECK(parse_number("-3.25") == -3.25);
    CHECK(parse_number("+7") == 7);
}

TEST_CASE("only http, https, mailto and site paths are allowed URLs") {
    CHECK(is_allowed_url("https://example.no/a?b=c"));
    CHECK(is_allowed_url("mailto:post@example.no"));
    CHECK(is_allowed_url("/media/rapport.pdf"));
    CHECK_FALSE(is_allowed_url("JavaScript:alert(1)"));
    CHECK_FALSE(is_allowed_url("data:text/html;base64,xx"));
    CHECK_FALSE(is_allowed_url("//evil.example"));
    CHECK_FALSE(is_allowed_url("https://"));
    CHECK_FALSE(is_allowed_url("/a\\b"));
    CHECK_FALSE(is_allowed_url("https://a\nb"));
    CHECK_FALSE(is_allowed_url("media/x.pdf"));
}

TEST_CASE("boolean look-alikes are everything YAML or an editor may mean as a boolean except true and false") {
    for (const char* word : {"ja", "Nei", "yes", "NO", "on", "Off", "y", "n", "True", "FALSE"})
        CHECK(is_boolean_lookalike(word));
    CHECK_FALSE(is_boolean_lookalike("true"));
    CHECK_FALSE(is_boolean_lookalike("false"));
    CHECK_FALSE(is_boolean_lookalike("kanskje"));
}
