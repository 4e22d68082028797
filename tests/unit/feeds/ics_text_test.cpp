#include <doctest/doctest.h>

#include <string>

#include "feeds/ics_text.hpp"
#include "util/strings.hpp"

using namespace stilas;

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks") {
    CHECK(feeds::ics_escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf");
}

TEST_CASE("TEXT values keep tab and UTF-8 and drop other control characters") {
    CHECK(feeds::ics_escape_text("Før\tetter\x01\x7f\r.") == "Før\tetter.");
}

TEST_CASE("a line of 75 octets is not folded and ends with CRLF") {
    const std::string line(75, 'a');
    CHECK(feeds::ics_fold(line) == line + "\r\n");
}

TEST_CASE("a line of 76 octets is folded after 75 with one space in front of the rest") {
    const std::string line(76, 'a');
    CHECK(feeds::ics_fold(line) == std::string(75, 'a') + "\r\n a\r\n");
}

TEST_CASE("continuation lines hold 74 octets after their space") {
    const std::string line(75 + 74 + 1, 'b');
    CHECK(feeds::ics_fold(line) == std::string(75, 'b') + "\r\n " + std::string(74, 'b') + "\r\n b\r\n");
}

TEST_CASE("a two-byte character that would cross octet 75 moves whole to the next line") {
    const std::string line = std::string(74, 'a') + "ø" + "x";
    CHECK(feeds::ics_fold(line) == std::string(74, 'a') + "\r\n øx\r\n");
}

TEST_CASE("a two-byte character that ends exactly at octet 75 stays on the line") {
    const std::string line = std::string(73, 'a') + "å" + "x";
    CHECK(feeds::ics_fold(line) == std::string(73, 'a') + "å\r\n x\r\n");
}

TEST_CASE("three- and four-byte characters are never split by a fold") {
    std::string line = std::string(73, 'a') + "–" + std::string(71, 'c') + "😀" + "z";
    const std::string folded = feeds::ics_fold(line);
    CHECK(folded == std::string(73, 'a') + "\r\n –" + std::string(71, 'c') + "\r\n 😀z\r\n");
    for (auto physical : util::split(folded, '\n')) CHECK(physical.size() <= 76);  // 75 + CR
}

TEST_CASE("the writer folds each property and escapes TEXT values") {
    feeds::IcsWriter ics;
    ics.line("BEGIN", "VEVENT");
    ics.text("SUMMARY", "Samling, dag 1; Oslo");
    CHECK(ics.str() == "BEGIN:VEVENT\r\nSUMMARY:Samling\\, dag 1\\; Oslo\r\n");
}
