#include <doctest/doctest.h>

#include "feeds/xml_text.hpp"

using namespace stilas;

TEST_CASE("XML text escapes the five special characters") {
    CHECK(feeds::xml_escape("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
}

TEST_CASE("XML text drops control characters XML 1.0 forbids and keeps tab, line breaks and UTF-8") {
    CHECK(feeds::xml_escape("Æ\x01ø\x1f\tå\r\n\x0b") == "Æø\tå\r\n");
}

TEST_CASE("an already escaped entity is escaped again, so the reader sees the text as written") {
    CHECK(feeds::xml_escape("&amp;") == "&amp;amp;");
}
