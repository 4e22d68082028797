#include <doctest/doctest.h>

#include "util/paths.hpp"
#include "util/utf8.hpp"

using namespace stilas::util;

TEST_CASE("normalize_relative resolves dot segments and refuses to leave the root") {
    CHECK(normalize_relative("verktoy/../metoder/./x.md") == "metoder/x.md");
    CHECK_FALSE(normalize_relative("../x.md").has_value());
    CHECK_FALSE(normalize_relative("/etc/passwd").has_value());
    CHECK(normalize_relative("a//b/./c/") == "a/b/c");
    CHECK(normalize_relative("a/b/../../c.md") == "c.md");
    CHECK(normalize_relative("a/..") == "");
    CHECK(normalize_relative("") == "");
    CHECK(normalize_relative("./") == "");
    CHECK_FALSE(normalize_relative("a/../..").has_value());
    CHECK(normalize_relative("metoder/../../") == std::nullopt);
    CHECK(normalize_relative("\xc3\xa6/b/../\xc3\xb8.md") == "\xc3\xa6/\xc3\xb8.md");
}

TEST_CASE("is_safe_relative_path refuses traversal, absolute paths and control characters") {
    CHECK(is_safe_relative_path("verktoy/igp/index.html"));
    CHECK_FALSE(is_safe_relative_path("../x"));
    CHECK_FALSE(is_safe_relative_path("a/../../x"));
    CHECK_FALSE(is_safe_relative_path("/abs"));
    CHECK_FALSE(is_safe_relative_path("a//b"));
    CHECK_FALSE(is_safe_relative_path("a\\b"));
    CHECK_FALSE(is_safe_relative_path(std::string("a\0b", 3)));
}

TEST_CASE("path pieces") {
    CHECK(parent_path("a/b/c.md") == "a/b");
    CHECK(file_name("a/b/c.md") == "c.md");
    CHECK(stem("a/b/c.md") == "c");
    CHECK(join_path("a", "b") == "a/b");
}

TEST_CASE("UTF-8 validation finds the first bad byte and columns count code points") {
    CHECK_FALSE(find_invalid_utf8("blåbær").has_value());
    CHECK(find_invalid_utf8("ab\xC3") == 2u);
    CHECK(find_invalid_utf8("a\xED\xA0\x80") == 1u);  // surrogate
    CHECK(find_invalid_utf8("\xC0\xAF") == 0u);       // overlong
    auto lc = line_col_at("første\nlinje æ x", 17);  // the x
    CHECK(lc.line == 2);
    CHECK(lc.col == 9);
}

TEST_CASE("UTF-8 validation finds a bad byte at any distance from the start, past long ASCII runs") {
    for (size_t lead = 0; lead < 40; ++lead) {
        const std::string ascii(lead, 'a');
        CHECK_FALSE(find_invalid_utf8(ascii + "æ" + ascii).has_value());
        CHECK(find_invalid_utf8(ascii + "\xFF" + ascii) == lead);
        CHECK(find_invalid_utf8(ascii + "æ" + ascii + "\xC3") == lead + 2 + lead);
    }
}
