// CompressedText gives back exactly the text it was given, compressed or not.
#include <doctest/doctest.h>

#include <string>

#include "markdown/compressed_text.hpp"

using stilas::markdown::CompressedText;

TEST_CASE("compressed text reads back byte for byte") {
    std::string html;
    for (int i = 0; i < 400; ++i) html += "<p>Kulturskolen i kommune " + std::to_string(i % 17) + " – æøå</p>\n";
    std::string noise;
    unsigned state = 12345;
    for (int i = 0; i < 5000; ++i) noise += static_cast<char>((state = state * 1103515245u + 12345u) >> 16);
    for (const std::string& text : {std::string(), std::string("kort"), html, noise}) {
        const CompressedText kept(text);
        CHECK(kept.size() == text.size());
        CHECK(kept.text() == text);
        std::string out = "før:";
        kept.append_to(out);
        CHECK(out == "før:" + text);
    }
}
