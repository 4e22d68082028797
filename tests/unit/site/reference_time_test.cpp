#include <doctest/doctest.h>

#include "site/reference_time.hpp"

using namespace stilas;

TEST_CASE("the build's today comes from SOURCE_DATE_EPOCH, then git, then page dates, never the clock") {
    std::vector<source::SourceFile> files(2);
    files[0].modified = 1700000000;
    files[1].modified = 1700000500;
    std::vector<content::Document> pages(1);
    pages[0].date = "2024-03-14";
    CHECK(site::reference_time(std::string_view("1234"), files, pages) == 1234);
    CHECK(site::reference_time(std::nullopt, files, pages) == 1700000500);
    CHECK(site::reference_time(std::nullopt, {}, pages) == 1710374400);
    CHECK(site::reference_time(std::nullopt, {}, {}) == 0);
}

TEST_CASE("ISO dates convert to the epoch at midnight UTC") {
    CHECK(site::epoch_of_date("1970-01-01") == 0);
    CHECK(site::epoch_of_date("2000-03-01") == 951868800);
    CHECK_FALSE(site::epoch_of_date("2024-13-01").has_value());
    CHECK_FALSE(site::epoch_of_date("14.03.2024").has_value());
}
