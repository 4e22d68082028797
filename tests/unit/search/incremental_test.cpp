// The incremental cache (--cache): a rebuild from it writes exactly the files of a build without
// it, reuses the analyses of unchanged pages and remembered index parts, and redoes the analyses
// of changed ones.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "search/index_builder.hpp"
#include "search/page_analysis.hpp"
#include "search/page_cache.hpp"
#include "support/temp_dir.hpp"

using namespace stilas::search;

namespace {
const char* const k_words[] = {"kulturskole", "kommunane", "samskaping", "Medvirkning", "barn", "unge", "læring",
                               "dialoggruppene", "kulturskolelederen", "på", "og", "i", "Øvelse", "tjenester",
                               "kommune-Norge", "2021", "IGP", "forankring", "leiar", "skulen"};

// Page `i` of a small site: a few sentences of words chosen by i, `extra` at the start of the body.
PageText page(size_t i, const std::string& extra = "") {
    std::string body = extra;
    for (size_t w = 0; w < 60; ++w)
        body += std::string(k_words[(i * 7 + w * w) % std::size(k_words)]) + (w % 9 == 8 ? ". " : " ");
    const std::string title = "Side " + std::to_string(i) + " om " + k_words[i % std::size(k_words)];
    return PageText{title, i % 3 ? "Et sammendrag." : "", body};
}

struct Build {
    std::map<std::string, std::string> files;
    IndexStats stats;
};

// Builds the index of `pages` (cache keys "blob<i>:<text size>", as the site's keys change with the content).
Build build(const std::string& cache_dir, const std::vector<PageText>& pages) {
    IndexBuilder builder(cache_dir);
    IndexInput input;
    input.facets.push_back({"type", "Type", {{"verktoy", "Verktøy"}, {"metoder", "Arbeidsmåter"}}});
    std::vector<std::string> urls;
    for (size_t i = 0; i < pages.size(); ++i) urls.push_back("/side/" + std::to_string(i) + "/");
    for (size_t i = 0; i < pages.size(); ++i) {
        const std::string key = "blob" + std::to_string(i) + ":" + std::to_string(pages[i].body.size());
        DocInput d;
        d.page = builder.add_page(key, [&] { return pages[i]; });
        d.url = urls[i];
        d.title = pages[i].title;
        d.summary = pages[i].summary;
        d.type = i % 2 ? "verktoy" : "metoder";
        d.facets = {{0, i % 2 ? 0u : 1u}};
        d.tags = {i % 2 ? "Verktøy" : "Arbeidsmåte"};
        input.docs.push_back(d);
    }
    Build out;
    for (auto& f : builder.finish(input)) out.files[f.path] = f.bytes;
    out.stats = builder.stats();
    return out;
}

std::vector<PageText> site(size_t n) {
    std::vector<PageText> pages;
    for (size_t i = 0; i < n; ++i) pages.push_back(page(i));
    return pages;
}
}  // namespace

TEST_CASE("a page restored from the cache gives exactly the record of analysing it") {
    // The previous build: its records and the names its ids stand for.
    Vocabulary before;
    PageAnalyzer writer(before);
    std::vector<std::string> cached;
    for (size_t i = 0; i < 20; ++i) cached.push_back(cache_form(writer.analyze(page(i))));
    const std::string term_bytes = names_bytes(before.terms.by_id());
    const std::string suffix_bytes = names_bytes(before.suffixes.by_id());
    CachedNames names{*read_names(term_bytes), *read_names(suffix_bytes)};

    // This build met other words first, so its ids differ; restored records use its ids.
    Vocabulary now;
    PageAnalyzer reader(now);
    reader.analyze(page(0, "dialogkonferansen samarbeid skulen "));
    reader.analyze(PageText{"Annet", "", "helt andre ord enn sidene har"});
    for (size_t i = 0; i < 20; ++i) {
        INFO(i);
        auto restored = reader.restore(cached[i], names);
        REQUIRE(restored);
        // The same entries in the same order (the scores' sums depend on it), the same excerpt.
        PageRecord fresh = PageAnalyzer(now).analyze(page(i));
        CHECK(restored->entries == fresh.entries);
        CHECK(restored->excerpt == fresh.excerpt);
    }
    CHECK(before.terms.size() != now.terms.size());   // the ids were mapped, not copied

    // A cut record is no record, wherever it is cut; nor is one naming an id the names lack.
    const std::string& record = cached[1];
    for (size_t cut = 0; cut < record.size(); ++cut) {
        INFO(cut);
        CHECK_FALSE(reader.restore(record.substr(0, cut), names));
    }
    CachedNames fewer{{names.terms.begin(), names.terms.begin() + 1}, names.suffixes};
    CHECK_FALSE(PageAnalyzer(now).restore(record, fewer));
    // Damaged name lists are no lists.
    CHECK_FALSE(read_names(term_bytes.substr(0, term_bytes.size() - 1)));
    CHECK_FALSE(read_names(term_bytes + "x"));
    CHECK(read_names(names_bytes({})));
    CHECK(read_names(names_bytes({"", "ene"}))->at(1) == "ene");   // the empty ending is a name
}

TEST_CASE("a rebuild from the cache writes the same files as a build without it") {
    stilas::test::TempDir dir;
    const std::vector<PageText> pages = site(60);
    const Build plain = build("", pages);
    const Build cold = build(dir.str(), pages);
    CHECK(std::filesystem::exists(PageCache::file_in(dir.str(), PageCache::k_index_file)));
    const Build warm = build(dir.str(), pages);
    CHECK(cold.files == plain.files);
    CHECK(warm.files == plain.files);
    CHECK(warm.stats.cache_hits == pages.size());
    CHECK(warm.stats.pages_analysed == 0);
    CHECK(warm.stats.fragment_files == 8);
}

TEST_CASE("a changed page is analysed again and its results change; the rest is reused") {
    stilas::test::TempDir dir;
    std::vector<PageText> pages = site(60);
    const Build before = build(dir.str(), pages);
    pages[13] = page(13, "Tubaorkesteret øver. ");
    const Build plain = build("", pages);
    const Build warm = build(dir.str(), pages);
    CHECK(warm.files == plain.files);
    CHECK(warm.stats.cache_hits == pages.size() - 1);
    CHECK(warm.stats.pages_analysed == 1);
    CHECK(warm.files.at("sok/indeks/doc/1.json") != before.files.at("sok/indeks/doc/1.json"));
    CHECK(warm.files.at("sok/indeks/doc/1.json").find("Tubaorkesteret") != std::string::npos);
    CHECK(warm.files.at("sok/indeks/doc/0.json") == before.files.at("sok/indeks/doc/0.json"));
    CHECK(warm.files.at("sok/indeks/manifest.json") != before.files.at("sok/indeks/manifest.json"));
    // The new word is a term of the index now, and was not before (lexicons write a term's
    // first letters once for terms that share them, so look for the rest).
    auto has_term = [](const Build& b, const std::string& term) {
        for (const auto& [path, bytes] : b.files)
            if (path.starts_with("sok/indeks/lex/") && bytes.find(term) != std::string::npos) return true;
        return false;
    };
    CHECK(has_term(warm, "ubaorkest"));
    CHECK_FALSE(has_term(before, "ubaorkest"));
    // And back: the first content again gives the first files.
    pages[13] = page(13);
    CHECK(build(dir.str(), pages).files == before.files);
}

TEST_CASE("parts remembered by one build are recalled by the next, and only by it") {
    stilas::test::TempDir dir;
    {
        IndexBuilder builder(dir.str());
        CHECK_FALSE(builder.recall("order:1"));
        builder.remember("order:1", std::string("\x02\x00\x01", 3));
        builder.finish(IndexInput{});
    }
    {
        IndexBuilder builder(dir.str());
        auto kept = builder.recall("order:1");
        REQUIRE(kept);
        CHECK(*kept == std::string("\x02\x00\x01", 3));
        CHECK(builder.stats().parts_reused == 1);
        builder.finish(IndexInput{});   // not remembered again: gone from the next build's cache
    }
    IndexBuilder builder(dir.str());
    CHECK_FALSE(builder.recall("order:1"));
    IndexBuilder without("");
    CHECK_FALSE(without.recall("order:1"));
}

TEST_CASE("the cache finds every stored key's record, nothing for others, and a key stored twice keeps its first") {
    stilas::test::TempDir dir;
    // Keys like the site's (a blob id, then more), all sharing their first 41 bytes, some longer
    // than a table slot holds.
    auto key = [](size_t i) { return "0123456789abcdef0123456789abcdef01234567:" + std::to_string(i * 7919); };
    constexpr size_t k_keys = 3000;
    {
        PageCache cache(dir.str());
        for (size_t i = 0; i < k_keys; ++i) cache.store(key(i), "record " + std::to_string(i));
        cache.store(key(5), "a second record for key 5");
        cache.commit();
    }
    PageCache cache(dir.str());
    size_t found = 0;
    for (size_t i = 0; i < k_keys; ++i) {
        const auto record = cache.find(key(i));
        if (record && *record == "record " + std::to_string(i)) ++found;
    }
    CHECK(found == k_keys);
    CHECK_FALSE(cache.find(key(k_keys)));
    CHECK_FALSE(cache.find("0123456789abcdef0123456789abcdef01234567:"));
    CHECK_FALSE(cache.find(""));
    PageCache off("");
    CHECK_FALSE(off.find(key(1)));
}
