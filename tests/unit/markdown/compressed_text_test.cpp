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

TEST_CASE("texts compressed against a dictionary read back byte for byte, and take less") {
    // Pages of one site: the same markup and many of the same words as the sample.
    auto page = [](int n) {
        std::string t = "<h2 id=\"bakgrunn\">Bakgrunn</h2>\n";
        for (int j = 0; j < 30; ++j)
            t += "<p>Kulturskolen samarbeider med skole " + std::to_string((n * 7 + j) % 13) +
                 " om medvirkning og <a href=\"/metoder/side-" + std::to_string((n + j) % 41) + "/\">læring</a>.</p>\n";
        return t;
    };
    std::string sample;
    for (int n = 0; n < 4; ++n) sample += page(n);
    const auto dictionary = std::make_shared<const stilas::markdown::HtmlDictionary>(sample);
    std::vector<std::string> texts;
    std::vector<CompressedText> with, without;
    for (int n = 10; n < 30; ++n) {
        texts.push_back(page(n));
        with.emplace_back(texts.back(), dictionary);
        without.emplace_back(texts.back());
    }
    size_t with_bytes = 0, without_bytes = 0;
    std::string room;
    for (size_t i = with.size(); i-- > 0;) {
        CHECK(with[i].text() == texts[i]);
        CHECK(with[i].read_into(room) == texts[i]);
        with_bytes += with[i].stored_size();
        without_bytes += without[i].stored_size();
    }
    CHECK(with_bytes * 10 < without_bytes * 9);   // at least a tenth less
    // A text kept without the dictionary, after some with it, is not tied to it.
    const CompressedText alone(page(99));
    CHECK(alone.text() == page(99));
}

TEST_CASE("a dictionary keeps only the last 64 KB of its sample, which LZ4 can refer to") {
    std::string sample(100000, 'x');
    sample.replace(sample.size() - 5, 5, "slutt");
    const stilas::markdown::HtmlDictionary dictionary(sample);
    CHECK(dictionary.bytes().size() == size_t{64} << 10);
    CHECK(dictionary.bytes().ends_with("slutt"));
}
