#include <doctest/doctest.h>

#include "util/paths.hpp"
#include "util/utf8.hpp"

#include <optional>
#include <string>

#include "support/test_random.hpp"

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
    // Every part is checked, the first and the last too.
    CHECK(is_safe_relative_path("a"));
    CHECK(is_safe_relative_path(".a/...b/c.."));
    CHECK_FALSE(is_safe_relative_path(""));
    CHECK_FALSE(is_safe_relative_path("a/"));
    CHECK_FALSE(is_safe_relative_path("."));
    CHECK_FALSE(is_safe_relative_path("a/./b"));
    CHECK_FALSE(is_safe_relative_path("a/b/.."));
    CHECK_FALSE(is_safe_relative_path("a/b\x7f"));
    CHECK_FALSE(is_safe_relative_path("a/b\n"));
    CHECK_FALSE(is_safe_relative_path("\ta/b"));
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

// The vectorised paths (16-byte blocks, 255-block counter rounds) against a byte-by-byte count
// and check, on random mixes of ASCII, two-, three- and four-byte characters and bad bytes, at
// every length around the block sizes and past a counter round.
TEST_CASE("UTF-8 counting and validation agree with a byte-by-byte reference at every length") {
    const char* const valid[] = {"a", "bc", " ", "æ", "ø", "å", "–", "€", "😀", "x\n"};
    const char* const mixed[] = {"a", "bc", " ", "æ", "ø", "å", "–", "€", "😀", "x\n", "\xFF", "\xC3", "\x80", "\xC0"};
    auto reference_count = [](std::string_view s) {
        size_t n = 0;
        for (unsigned char c : s) n += (c & 0xC0) != 0x80;
        return n;
    };
    auto reference_invalid = [](std::string_view s) -> std::optional<size_t> {
        for (size_t pos = 0; pos < s.size();) {
            size_t before = pos;
            decode_utf8(s, pos);
            // decode_utf8 moves one byte past a bad sequence and gives U+FFFD; a real U+FFFD is
            // three bytes long.
            if (pos == before + 1 && static_cast<unsigned char>(s[before]) >= 0x80) return before;
        }
        return std::nullopt;
    };
    stilas::test::TestRandom random{2026};
    for (size_t size : {0u, 1u, 7u, 8u, 15u, 16u, 17u, 31u, 32u, 33u, 100u, 4079u, 4080u, 4081u, 4096u, 9000u}) {
        for (int round = 0; round < 12; ++round) {
            const std::string text = round % 2 == 0 ? random.text_of(valid, size) : random.text_of(mixed, size);
            CAPTURE(size);
            CAPTURE(round);
            CHECK(count_code_points(text) == reference_count(text));
            CHECK(find_invalid_utf8(text) == reference_invalid(text));
        }
    }
}
