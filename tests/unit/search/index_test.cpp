// The index files: shards, postings, facets, JSON, determinism, the empty site, the cache.
#include <doctest/doctest.h>

#include "support/test_random.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "search/facets.hpp"
#include "search/fold.hpp"
#include "search/index_builder.hpp"
#include "search/json_text.hpp"
#include "search/page_cache.hpp"
#include "search/page_analysis.hpp"
#include "search/postings.hpp"
#include "search/shards.hpp"
#include "search/varint.hpp"
#include "support/temp_dir.hpp"

using namespace stilas::search;

namespace {
struct LexiconEntry {
    std::string term;
    uint64_t df = 0, file = 0, offset = 0, length = 0;
    std::string suffix;
};

// Reads a lexicon file the way the browser engine does.
std::vector<LexiconEntry> read_lexicon(std::string_view bytes) {
    size_t pos = 0;
    const uint64_t count = get_varint(bytes, pos);
    uint64_t file = get_varint(bytes, pos), offset = get_varint(bytes, pos);
    std::vector<LexiconEntry> out;
    std::string previous;
    for (uint64_t i = 0; i < count; ++i) {
        LexiconEntry e;
        const size_t shared = get_varint(bytes, pos);
        e.term = previous.substr(0, shared) + std::string(get_bytes(bytes, pos));
        e.df = get_varint(bytes, pos);
        e.suffix = std::string(get_bytes(bytes, pos));
        if (uint64_t step = get_varint(bytes, pos)) {
            file += step;
            offset = 0;
        }
        e.length = get_varint(bytes, pos);
        e.file = file;
        e.offset = offset;
        offset += e.length;
        previous = e.term;
        out.push_back(e);
    }
    return out;
}

// Documents of a posting list (either form) over `doc_count` documents.
std::vector<uint32_t> list_docs(std::string_view list, uint32_t doc_count) {
    std::vector<uint32_t> docs;
    if (list[0] == '\1') {
        for (uint32_t d = 0; d < doc_count; ++d)
            if (static_cast<unsigned char>(list[1 + d / 8]) & (1 << (d % 8))) docs.push_back(d);
        return docs;
    }
    size_t pos = 1;
    uint32_t doc = 0;
    while (pos < list.size()) {
        doc = static_cast<uint32_t>(docs.empty() ? get_varint(list, pos) : doc + get_varint(list, pos));
        docs.push_back(doc);
        ++pos;  // impact
    }
    return docs;
}

IndexInput small_input(const std::vector<PageId>& ids) {
    IndexInput input;
    input.facets.push_back({"type", "Type", {{"verktoy", "Verktøy"}, {"metoder", "Arbeidsmåter"}}});
    input.facets.push_back({"temaer", "Tema", {{"medvirkning", "Medvirkning"}}});
    const char* urls[] = {"/verktoy/igp/", "/verktoy/padlet/", "/metoder/medvirkning/"};
    for (size_t i = 0; i < ids.size(); ++i) {
        DocInput d;
        d.page = ids[i];
        d.url = urls[i % 3];
        d.title = "Side";
        d.type = i < 2 ? "verktoy" : "metoder";
        d.facets = {{0, i < 2 ? 0u : 1u}};
        if (i != 1) d.facets.emplace_back(1, 0);
        d.tags = {"Medvirkning"};
        input.docs.push_back(d);
    }
    return input;
}

const std::vector<PageText> k_pages{
    {"IGP – individuelt, gruppe, plenum", "En møtestruktur for alle.", "Kommunene bruker IGP i kommunegruppen. <b>&"},
    {"Dialoggrupper med Padlet", "Nettmøter med foreldre.", "Kulturskolelederen leder dialoggruppene."},
    {"Medvirkning", "Barn og unge får påvirke.", "Kommunane lar elevane medverke i kulturskulen."},
};

// `pages_added_after`: pages_added() is called after that many pages (none: never).
std::map<std::string, std::string> build(const std::string& cache_dir, IndexStats* stats = nullptr,
                                         std::optional<size_t> pages_added_after = std::nullopt) {
    IndexBuilder builder(cache_dir);
    std::vector<PageId> ids;
    for (size_t i = 0; i < k_pages.size(); ++i) {
        if (pages_added_after == i) builder.pages_added();
        ids.push_back(builder.add_page("blob" + std::to_string(i), [&] { return k_pages[i]; }));
    }
    std::map<std::string, std::string> files;
    for (auto& f : builder.finish(small_input(ids))) files[f.path] = f.bytes;
    if (stats) *stats = builder.stats();
    return files;
}
}  // namespace

TEST_CASE("pages added after the analyzers were freed are analysed as before") {
    const auto whole = build("");
    // The thread's analyzer is made again for the pages after pages_added(), and after all
    // of them: the same index files.
    CHECK(build("", nullptr, 1) == whole);
    CHECK(build("", nullptr, k_pages.size()) == whole);
}

TEST_CASE("varints and length-prefixed bytes round-trip") {
    std::string bytes;
    for (uint64_t v : {0ull, 127ull, 128ull, 300ull, 1ull << 40}) put_varint(bytes, v);
    put_bytes(bytes, "kulturskole");
    size_t pos = 0;
    for (uint64_t v : {0ull, 127ull, 128ull, 300ull, 1ull << 40}) CHECK(get_varint(bytes, pos) == v);
    CHECK(get_bytes(bytes, pos) == "kulturskole");
    CHECK(pos == bytes.size());
}

TEST_CASE("JSON strings never carry a raw < > or &") {
    std::string out;
    append_json_string(out, "<script>alert(\"x\")</script> & \\ \n \xE2\x80\xA8");
    CHECK(out == "\"\\u003cscript\\u003ealert(\\\"x\\\")\\u003c/script\\u003e \\u0026 \\\\ \\u000a \\u2028\"");
    CHECK(json_number(5.1) == "5.1");
    CHECK(json_number(118.78181) == "118.7818");
    CHECK(json_number(-2) == "-2");
}

TEST_CASE("JSON escaping, sixteen bytes at a time, matches escaping byte by byte") {
    auto by_byte = [](std::string_view s) {
        std::string out = "\"";
        for (size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            char buffer[8];
            if (c == '"' || c == '\\') {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
                out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
                i += 2;
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += static_cast<char>(c);
            }
        }
        return out + "\"";
    };
    const char* const pieces[] = {"kulturskole ", "\"", "\\", "<", ">", "&", "\n", "\x1F", "\x7F", "\xE2\x80\xA8",
                                  "\xE2\x80\xA9", "\xE2\x80\x93", "\xE2", "æøå", "0123456789abcdef", " "};
    const bool before = json_detail::g_avx2_escaping;
    for (const bool avx2 : {true, false}) {   // 32 bytes at a time where the CPU has AVX2, and 16
        json_detail::g_avx2_escaping = avx2 && fold_detail::cpu_has_avx2();
        CAPTURE(avx2);
        stilas::test::TestRandom random{3};
        for (int round = 0; round < 500; ++round) {
            const size_t size = random.below(120);
            const std::string text = random.text_of(pieces, size);
            std::string out;
            append_json_string(out, text);
            CHECK(out == by_byte(text));
        }
        // Every length up to 70 (both widths' tails, and strings under one width), each byte
        // in turn one that needs an escape (a control, a quote, a backslash, < > &, a line
        // separator, 0xE2 starting other characters), among plain ASCII and UTF-8 letters.
        const char* const specials[] = {"\x01", "\x1F", "\"", "\\", "<", ">", "&", "\xE2\x80\xA8", "\xE2\x80\xA9",
                                        "\xE2\x80\x93", "\xE2", "\xE2\x80"};
        for (size_t size = 0; size <= 70; ++size)
            for (size_t at = 0; at <= size; ++at)
                for (const char* special : specials) {
                    std::string text;
                    while (text.size() < size) text += text.size() % 7 == 3 ? "\xC3\xA5" : "k";
                    text.resize(size);
                    if (at < size) text.replace(at, std::min(std::strlen(special), size - at), special);
                    text.resize(size);
                    std::string out = "x";   // appended to, not replaced
                    append_json_string(out, text);
                    CHECK(out == "x" + by_byte(text));
                }
    }
    json_detail::g_avx2_escaping = before;
}

TEST_CASE("lexicons hold consecutive term ranges keyed by the shortest separating prefix") {
    std::vector<IndexTerm> terms;
    std::vector<std::string> texts;
    for (int i = 0; i < 3000; ++i) texts.push_back("term" + std::to_string(100000 + i));
    std::sort(texts.begin(), texts.end());
    for (const std::string& t : texts) terms.push_back(IndexTerm{t, "", 1, std::string("\0\x05\x80", 3)});
    Shards shards = write_shards(terms);
    REQUIRE(shards.keys.size() > 1);
    CHECK(shards.keys[0].empty());
    CHECK(std::is_sorted(shards.keys.begin(), shards.keys.end()));
    size_t seen = 0;
    for (size_t i = 0; i < shards.lexicons.size(); ++i) {
        CHECK(shards.lexicons[i].size() <= k_max_lexicon_bytes + 64);
        for (const LexiconEntry& e : read_lexicon(shards.lexicons[i])) {
            CHECK(e.term == texts[seen]);
            CHECK(e.term >= shards.keys[i]);
            if (i + 1 < shards.keys.size()) CHECK(e.term < shards.keys[i + 1]);
            CHECK(shards.postings.at(e.file).substr(e.offset, e.length) == std::string("\0\x05\x80", 3));
            ++seen;
        }
    }
    CHECK(seen == texts.size());
    for (const std::string& file : shards.postings) CHECK(file.size() <= k_max_postings_bytes);
}

TEST_CASE("postings are in document order; compound parts share their compound's score") {
    Vocabulary vocabulary;
    PageAnalyzer analyzer(vocabulary);
    std::vector<PageRecord> records{analyzer.analyze({"Skole", "", "skole"}),
                                    analyzer.analyze({"", "", "kulturskole kultur"}),
                                    analyzer.analyze({"", "", "noe helt annet"})};
    std::vector<DocTerms> docs(records.size());
    for (size_t i = 0; i < records.size(); ++i) docs[i].record = &records[i];
    PostingsResult result = build_postings(docs, vocabulary);
    std::map<std::string, const IndexTerm*> by_text;
    for (const IndexTerm& t : result.terms) by_text[std::string(t.text)] = &t;
    REQUIRE(by_text.count("skol"));
    CHECK(list_docs(by_text["skol"]->postings, 3) == std::vector<uint32_t>{0, 1});   // doc 1 through kulturskol
    CHECK(list_docs(by_text["kulturskol"]->postings, 3) == std::vector<uint32_t>{1});
    CHECK(by_text["skol"]->df == 2);
    CHECK(std::is_sorted(result.terms.begin(), result.terms.end(),
                         [](const IndexTerm& a, const IndexTerm& b) { return a.text < b.text; }));
    CHECK(quantize_score(k_max_score) == 255);
    CHECK(quantize_score(0) == 1);
}

TEST_CASE("a term on many documents is stored as a bitmap with 4-bit impacts") {
    Vocabulary vocabulary;
    PageAnalyzer analyzer(vocabulary);
    std::vector<PageRecord> records;
    for (int i = 0; i < 200; ++i) records.push_back(analyzer.analyze({"", "", "kommune " + std::to_string(i)}));
    std::vector<DocTerms> docs(records.size());
    for (size_t i = 0; i < records.size(); ++i) docs[i].record = &records[i];
    PostingsResult result = build_postings(docs, vocabulary);
    auto kommune = std::find_if(result.terms.begin(), result.terms.end(), [](const IndexTerm& t) { return t.text == "kommun"; });
    REQUIRE(kommune != result.terms.end());
    CHECK(kommune->df == 200);
    CHECK(kommune->postings[0] == '\1');
    CHECK(kommune->postings.size() == 1 + 200 / 8 + 100);
}

TEST_CASE("postings are byte-identical whatever the number of threads") {
    Vocabulary vocabulary;
    PageAnalyzer analyzer(vocabulary);
    std::vector<PageRecord> records;
    for (int i = 0; i < 1500; ++i)
        records.push_back(analyzer.analyze({"Side " + std::to_string(i % 7), "", "ord" + std::to_string(i % 13) + " kulturskole " + std::to_string(i)}));
    std::vector<DocTerms> docs(records.size());
    for (size_t i = 0; i < records.size(); ++i) docs[i].record = &records[i];
    PostingsResult one = build_postings(docs, vocabulary, 1), three = build_postings(docs, vocabulary, 3);
    REQUIRE(one.terms.size() == three.terms.size());
    for (size_t i = 0; i < one.terms.size(); ++i) {
        CHECK(one.terms[i].text == three.terms[i].text);
        CHECK(one.terms[i].postings == three.terms[i].postings);
    }
}

TEST_CASE("postings of uneven documents are byte-identical whatever the number of threads") {
    // The ranges share out the work by entries, not documents: long pages at the end, empty
    // ones, and labels on some move the boundaries far from the middle.
    Vocabulary vocabulary;
    PageAnalyzer analyzer(vocabulary);
    std::vector<PageRecord> records;
    for (int i = 0; i < 1500; ++i) {
        std::string body;
        if (i % 11 != 0)
            for (int w = 0; w < (i < 1000 ? 2 : 300); ++w) body += "ord" + std::to_string((i * 7 + w) % 401) + " ";
        records.push_back(analyzer.analyze({"Side " + std::to_string(i % 5), "", body}));
    }
    const std::vector<TermEntry> label = analyzer.label_terms("Kulturskolen i kommunen");
    const std::vector<const std::vector<TermEntry>*> tags(3, &label);
    std::vector<DocTerms> docs(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        docs[i].record = &records[i];
        if (i % 3 == 0) docs[i].tags = std::span(tags);
    }
    const PostingsResult one = build_postings(docs, vocabulary, 1);
    for (unsigned threads : {2u, 3u}) {
        const PostingsResult more = build_postings(docs, vocabulary, threads);
        REQUIRE(one.terms.size() == more.terms.size());
        for (size_t i = 0; i < one.terms.size(); ++i) CHECK(one.terms[i].postings == more.terms[i].postings);
    }
    // Documents without entries or labels: no work to share, the same (empty) lists.
    std::vector<PageRecord> empty(600);
    std::vector<DocTerms> none(empty.size());
    for (size_t i = 0; i < empty.size(); ++i) none[i].record = &empty[i];
    CHECK(build_postings(none, vocabulary, 3).terms.size() == build_postings(none, vocabulary, 1).terms.size());
}

TEST_CASE("facet values are stored as ranges, lists or bitmaps") {
    IndexInput input;
    input.facets.push_back({"type", "Type", {{"a", "A"}, {"b", "B"}}});
    for (uint32_t d = 0; d < 100; ++d) {
        DocInput doc;
        doc.facets = {{0, d < 50 ? 0u : 1u}};
        input.docs.push_back(doc);
    }
    std::string bytes = encode_facets(input);
    size_t pos = 0;
    CHECK(get_varint(bytes, pos) == 2);  // a range: documents 0..49
    CHECK(get_varint(bytes, pos) == 0);
    CHECK(get_varint(bytes, pos) == 50);
    CHECK(get_varint(bytes, pos) == 2);
    CHECK(get_varint(bytes, pos) == 50);
    CHECK(get_varint(bytes, pos) == 50);
}

TEST_CASE("the index: manifest, lexicons, postings, fragments, facets and the engine") {
    auto files = build("");
    REQUIRE(files.count("sok/indeks/manifest.json"));
    REQUIRE(files.count("sok/stilas-search.js"));
    REQUIRE(files.count("sok/stemmer.js"));
    REQUIRE(files.count("sok/analyzer.js"));
    CHECK(files.count("sok/indeks/facets.bin"));
    CHECK(files.count("sok/indeks/lex/0.bin"));
    CHECK(files.count("sok/indeks/post/0.bin"));
    REQUIRE(files.count("sok/indeks/doc/0.json"));
    const std::string& manifest = files["sok/indeks/manifest.json"];
    CHECK(manifest.find("\"docs\":3") != std::string::npos);
    CHECK(manifest.find("\"Verktøy\"") != std::string::npos);
    // User text is escaped in every JSON file.
    for (const auto& [path, bytes] : files)
        if (path.ends_with(".json")) {
            INFO(path);
            CHECK(bytes.find('<') == std::string::npos);
            CHECK(bytes.find('&') == std::string::npos);
        }
    CHECK(files["sok/indeks/doc/0.json"].find("\\u003cb\\u003e\\u0026") != std::string::npos);
}

TEST_CASE("the same input gives byte-identical files") {
    CHECK(build("") == build(""));
}

// An index of `pages` generated pages built on `threads` threads (several ranges of postings and
// many fragment files), with the cache in `cache_dir` ("" = none).
std::map<std::string, std::string> build_many(size_t pages, unsigned threads, const std::string& cache_dir = "") {
    IndexBuilder builder(cache_dir);
    IndexInput input;
    input.facets.push_back({"type", "Type", {{"verktoy", "Verktøy"}, {"metoder", "Arbeidsmåter"}}});
    for (size_t i = 0; i < pages; ++i) {
        const std::string n = std::to_string(i);
        DocInput d;
        d.page = builder.add_page("page" + n, [&] {
            return PageText{"Side " + n + (i % 3 ? " om kommunen" : " om kulturskolen"), i % 5 ? "Et sammendrag." : "",
                            "Kulturskolelederen " + n + " leder ord" + std::to_string(i % 11) + " og kommunane medverkar."};
        });
        d.url = "/side/";
        d.title = "Side";
        d.type = i % 2 ? "verktoy" : "metoder";
        d.facets = {{0, i % 2 ? 0u : 1u}};
        d.tags = {i % 4 ? "Medvirkning" : "Kulturskole"};
        input.docs.push_back(d);
    }
    std::map<std::string, std::string> files;
    for (auto& f : builder.finish(input, threads)) files[f.path] = f.bytes;
    return files;
}

TEST_CASE("finish() writes the same files on one thread and on several, with and without a cache") {
    const auto one = build_many(700, 1);
    CHECK(one.size() > 90);   // about 88 fragment files, lexicons, postings
    CHECK(build_many(700, 3) == one);
    stilas::test::TempDir dir;
    CHECK(build_many(700, 3, dir.str()) == one);   // cold cache
    CHECK(build_many(700, 2, dir.str()) == one);   // warm: parts recalled
    CHECK(build_many(700, 1, dir.str()) == one);
}

TEST_CASE("labels that are pages' titles give the same index from those pages' analyses") {
    // DocInput::tag_pages: a referenced page's title takes its terms from that page's record
    // instead of being analysed again; the files must be the same as without.
    std::vector<std::string> titles;
    for (size_t i = 0; i < 300; ++i)
        titles.push_back("Kommunane " + std::to_string(i % 17) + (i % 3 ? " og kulturskolen" : " leder skolene"));
    auto build_with = [&](bool tag_pages) {
        IndexBuilder builder("");
        IndexInput input;
        std::vector<PageId> ids;
        for (size_t i = 0; i < titles.size(); ++i)
            ids.push_back(builder.add_page("", [&] {
                return PageText{titles[i], "", "Kommunen " + std::to_string(i) + " skole kulturskoleleder medverkar"};
            }));
        for (size_t i = 0; i < titles.size(); ++i) {
            DocInput d;
            d.page = ids[i];
            d.url = "/side/";
            d.title = titles[i];
            const size_t a = (i + 1) % titles.size(), b = (i * 7 + 3) % titles.size();
            d.tags = {"Verktøy", titles[a], "Medvirkning", titles[b]};
            if (tag_pages) d.tag_pages = {k_no_page, ids[a], k_no_page, ids[b]};
            input.docs.push_back(d);
        }
        std::map<std::string, std::string> files;
        for (auto& f : builder.finish(input, 2)) files[f.path] = f.bytes;
        return files;
    };
    const auto analysed_again = build_with(false);
    CHECK(analysed_again.size() > 40);
    CHECK(build_with(true) == analysed_again);
}

TEST_CASE("an empty site has a manifest and no lexicons") {
    IndexBuilder builder("");
    std::map<std::string, std::string> files;
    for (auto& f : builder.finish(IndexInput{})) files[f.path] = f.bytes;
    REQUIRE(files.count("sok/indeks/manifest.json"));
    CHECK(files["sok/indeks/manifest.json"].find("\"docs\":0") != std::string::npos);
    CHECK(files["sok/indeks/manifest.json"].find("\"lexicons\":[]") != std::string::npos);
    CHECK(files.count("sok/indeks/lex/0.bin") == 0);
    CHECK(builder.stats().docs == 0);
}

TEST_CASE("the incremental cache reuses page analyses and gives the same index") {
    stilas::test::TempDir dir;
    IndexStats first, second;
    auto cold = build(dir.str(), &first);
    CHECK(first.cache_hits == 0);
    CHECK(first.pages_analysed == 3);
    CHECK(std::filesystem::exists(PageCache::file_in(dir.str())));
    auto warm = build(dir.str(), &second);
    CHECK(second.cache_hits == 3);
    CHECK(second.pages_analysed == 0);
    CHECK(cold == warm);
    CHECK(cold == build(""));
}

TEST_CASE("a changed page is analysed again; a damaged cache is an empty one") {
    stilas::test::TempDir dir;
    build(dir.str());
    {
        IndexBuilder builder(dir.str());
        PageId a = builder.add_page("blob0", [] { return k_pages[0]; });
        PageId b = builder.add_page("blob-new", [] { return PageText{"Ny side", "", "Helt ny tekst."}; });
        builder.finish(small_input({a, b}));
        CHECK(builder.stats().cache_hits == 1);
        CHECK(builder.stats().pages_analysed == 1);
    }
    stilas::test::write_file(PageCache::file_in(dir.str()),
                             PageCache::header() + "\xFF\xFF\xFF");
    IndexStats stats;
    build(dir.str(), &stats);
    CHECK(stats.pages_analysed == 3);
}
