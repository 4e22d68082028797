// PageBuffer: literal and escaped text at every length around its 16-byte blocks, and growth.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

#include "render/page_buffer.hpp"
#include "support/reference_escape.hpp"

using stilas::render::PageBuffer;

TEST_CASE("append_escaped writes the five characters as entities and others as they are") {
    PageBuffer buffer;
    buffer.append_escaped("&<>\"'a\xc3\xa6");
    CHECK(buffer.view() == "&amp;&lt;&gt;&quot;&#39;a\xc3\xa6");
}

TEST_CASE("append_escaped escapes texts of any length as it escapes their characters one by one") {
    const std::string alphabet[] = {"a", "&", "<", ">", "\"", "'", "\xc3\xa6", "%", "=", ";", "(", "?", "~"};
    std::mt19937 random(7);
    PageBuffer buffer, one_by_one;
    for (size_t length = 0; length < 70; ++length)
        for (int round = 0; round < 40; ++round) {
            std::string text;
            // Some texts plain, some with one special character, some with many.
            const unsigned kinds = round % 3 == 0 ? 1 : round % 3 == 1 ? 2 : 13;
            while (text.size() < length) text += alphabet[random() % kinds == 0 ? 0 : random() % 13];
            text.resize(length);
            buffer.append_escaped(text);
            for (const char c : text) one_by_one.append_escaped(std::string_view(&c, 1));
            REQUIRE(buffer.view() == one_by_one.view());
        }
}

TEST_CASE("append_escaped finds a special character after plain blocks, in the tail and in short texts") {
    // Plain blocks are stored whole until one holds something to escape: a character at any
    // place (first block, a later block, the last under-16 bytes) must still be escaped.
    const auto reference = [](std::string_view text) { return stilas::test::reference_escape(text); };
    for (size_t length = 0; length <= 66; ++length) {
        const std::string plain(length, 'x');
        PageBuffer buffer;
        buffer.append_escaped(plain);
        REQUIRE(buffer.view() == plain);
        for (size_t at = 0; at < length; ++at)
            for (const char special : std::string_view("&<>\"'")) {
                std::string text = plain;
                text[at] = special;
                if (at + 1 < length) text[length - 1] = '<';  // a second one at the end
                buffer.clear();
                buffer.append_escaped(text);
                REQUIRE(buffer.view() == reference(text));
            }
    }
}

TEST_CASE("append_padded and append write their text as it is, and clear keeps nothing") {
    PageBuffer buffer;
    std::string expected;
    for (size_t length = 0; length < 40; ++length) {
        const std::string text(length, static_cast<char>('a' + length % 26));
        buffer.append_padded(PageBuffer::padded(text));
        buffer.append(text);
        buffer.append_escaped("<");
        expected += text + text + "&lt;";
    }
    CHECK(buffer.view() == expected);
    // Growth keeps what was written.
    const std::string big(200000, 'x');
    buffer.append(big);
    buffer.append_escaped(big + "&");
    CHECK(buffer.view() == expected + big + big + "&amp;");
    buffer.clear();
    CHECK(buffer.view().empty());
    buffer.append_escaped("\"'");
    CHECK(buffer.view() == "&quot;&#39;");
}
