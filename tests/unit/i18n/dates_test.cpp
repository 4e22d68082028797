#include <doctest/doctest.h>

#include "i18n/dates.hpp"

using namespace stilas::i18n;

TEST_CASE("a date is written the Norwegian way") {
    const auto d = parse_date("2023-01-16");
    REQUIRE(d);
    CHECK(format_date(*d, Language::nb) == "16. januar 2023");
    CHECK(format_date(*d, Language::nn) == "16. januar 2023");
    CHECK(iso_date(*d) == "2023-01-16");
    CHECK(format_date(*parse_date("2024-12-01"), Language::nb) == "1. desember 2024");
}

TEST_CASE("every month has its bokmål and nynorsk name") {
    const char* names[] = {"januar", "februar", "mars",      "april",   "mai",      "juni",
                           "juli",   "august",  "september", "oktober", "november", "desember"};
    for (int m = 1; m <= 12; ++m) {
        CHECK(month_name(m, Language::nb) == names[m - 1]);
        CHECK(month_name(m, Language::nn) == names[m - 1]);
    }
    CHECK(month_name(13, Language::nb).empty());
}

TEST_CASE("a date-time keeps its time in both forms") {
    const auto d = parse_date("2024-03-14T09:05");
    REQUIRE(d);
    CHECK(format_date(*d, Language::nb) == "14. mars 2024 kl. 09.05");
    CHECK(iso_date(*d) == "2024-03-14T09:05");
    CHECK(iso_date(*parse_date("2024-03-14 10:00")) == "2024-03-14T10:00");
}

TEST_CASE("dates that do not exist are refused") {
    CHECK_FALSE(parse_date("2023-02-29"));
    CHECK(parse_date("2024-02-29"));
    CHECK_FALSE(parse_date("2023-13-01"));
    CHECK_FALSE(parse_date("2023-1-16"));
    CHECK_FALSE(parse_date("16.01.2023"));
    CHECK_FALSE(parse_date("2024-03-14T24:00"));
    CHECK_FALSE(parse_date(""));
}

TEST_CASE("languages are read from their codes") {
    CHECK(parse_language("nb") == Language::nb);
    CHECK(parse_language("nn") == Language::nn);
    CHECK_FALSE(parse_language("no"));
    CHECK(language_code(Language::nn) == "nn");
}
