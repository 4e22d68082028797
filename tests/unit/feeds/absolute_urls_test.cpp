#include <doctest/doctest.h>

#include "feeds/absolute_urls.hpp"

using namespace stilas;

TEST_CASE("site URLs join base_url without a double slash") {
    CHECK(feeds::absolute_url("https://a.no/", "/verktoy/igp/") == "https://a.no/verktoy/igp/");
    CHECK(feeds::absolute_url("https://a.no/under/", "/") == "https://a.no/under/");
}

TEST_CASE("the host of base_url leaves out scheme, user, port and path, in lower case") {
    CHECK(feeds::host_of("https://Kulturskole.Example.no/") == "kulturskole.example.no");
    CHECK(feeds::host_of("http://user@a.no:8080/under/") == "a.no");
    CHECK(feeds::host_of("/") == "");
}

TEST_CASE("only http and https addresses are absolute") {
    CHECK(feeds::is_absolute("https://a.no/"));
    CHECK_FALSE(feeds::is_absolute("/"));
}
