// CompressedText gives back exactly the text it was given, compressed or not.
#include <doctest/doctest.h>

#include <string>
#include <vector>

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

TEST_CASE("compressed text read into reused room") {
    // The room keeps what was in it beyond the text; only the view returned counts.
    std::string small;
    for (int i = 0; i < 60; ++i) small += "<p>Tekst " + std::to_string(i) + "</p>\n";
    std::string large;
    for (int i = 0; i < 900; ++i) large += "<li>Punkt " + std::to_string(i % 23) + " – æøå</li>\n";
    std::string room = "plass som var der fra før";
    for (const std::string& text : {large, small, std::string("kort"), std::string(), large, small}) {
        const CompressedText kept(text);
        CHECK(kept.read_into(room) == text);
    }
    CHECK(room.size() >= large.size());
}

TEST_CASE("texts compressed one after another on one thread each read back alone") {
    // The compressor is reused between texts: none may depend on the one before.
    std::vector<std::string> texts;
    std::vector<CompressedText> kept;
    for (int i = 0; i < 60; ++i) {
        std::string t;
        for (int j = 0; j < 50 + i * 7; ++j) t += "<li><a href=\"/verktoy/side-" + std::to_string((i * 31 + j) % 97) + "/\">Side</a></li>\n";
        texts.push_back(t);
        kept.emplace_back(t);
    }
    for (size_t i = kept.size(); i-- > 0;) CHECK(kept[i].text() == texts[i]);
}
