// The tokenizer's fast paths (64-byte windows, æ ø å, for_each) against the plain definition.
#include <doctest/doctest.h>

#include "support/test_random.hpp"

#include <string>
#include <vector>

#include "search/fold.hpp"
#include "search/page_analysis.hpp"
#include "util/utf8.hpp"

using namespace stilas::search;

namespace {
// The definition, one code point at a time: runs of letters and digits (fold_code_point), marks
// applied to the letter before them, 2 to 40 characters (a letter folded to two counts two).
std::vector<std::string> reference_tokens(std::string_view text) {
    std::vector<std::string> out;
    std::string token;
    size_t chars = 0;
    auto flush = [&] {
        if (chars >= k_min_token_chars && chars <= k_max_token_chars) out.push_back(token);
        token.clear();
        chars = 0;
    };
    for (size_t pos = 0; pos < text.size();) {
        const char32_t cp = stilas::util::decode_utf8(text, pos);
        const size_t before = token.size();
        switch (fold_code_point(cp, token)) {
            case CharKind::modifier: apply_modifier(cp, token); break;
            case CharKind::separator:
                if (!token.empty()) flush();
                break;
            case CharKind::token:
                chars += token.size() - before > 1 && static_cast<unsigned char>(token[before]) < 0x80 ? 2 : 1;
                break;
        }
    }
    if (!token.empty()) flush();
    return out;
}

struct Read {
    std::vector<std::string> texts;
    bool keys_match = true;   // every token's head words and hash as set_token_key() makes them
};

Read read_next(std::string_view text) {
    Read r;
    Tokenizer tokens(text);
    Token token;
    while (tokens.next(token)) {
        Token key{token.text};
        set_token_key(key);
        r.keys_match = r.keys_match && key.head[0] == token.head[0] && key.head[1] == token.head[1] && key.hash == token.hash;
        r.texts.emplace_back(token.text);
    }
    return r;
}

Read read_for_each(std::string_view text) {
    Read r;
    Tokenizer(text).for_each([&](const Token& token) {
        Token key{token.text};
        set_token_key(key);
        r.keys_match = r.keys_match && key.head[0] == token.head[0] && key.head[1] == token.head[1] && key.hash == token.hash;
        r.texts.emplace_back(token.text);
    });
    return r;
}

// for_each with tokens of up to 15 bytes as their head words: each gives its text back (head_text),
// and is the head words and hash set_token_key() makes for that text; the other tokens (longer, or
// read by the general path) as Tokens.
Read read_heads(std::string_view text) {
    Read r;
    Tokenizer(text).for_each(
        [&](uint64_t head0, uint64_t head1) {
            char bytes[16];
            Token key{head_text(head0, head1, bytes)};
            set_token_key(key);
            r.keys_match = r.keys_match && key.text.size() <= k_head_token_bytes && key.head[0] == head0 &&
                           key.head[1] == head1 && (head1 == 0) == (key.text.size() <= k_short_token_bytes) &&
                           key.hash == fold_detail::head_hash(key.head);
            r.texts.emplace_back(key.text);
        },
        [&](const Token& token) {
            Token key{token.text};
            set_token_key(key);
            r.keys_match = r.keys_match && key.head[0] == token.head[0] && key.head[1] == token.head[1] && key.hash == token.hash;
            r.texts.emplace_back(token.text);
        });
    return r;
}

void check_text(const std::string& text) {
    INFO(text);
    const std::vector<std::string> expected = reference_tokens(text);
    const Read by_next = read_next(text), by_each = read_for_each(text), by_heads = read_heads(text);
    CHECK(by_next.texts == expected);
    CHECK(by_each.texts == expected);
    CHECK(by_heads.texts == expected);
    CHECK(by_next.keys_match);
    CHECK(by_each.keys_match);
    CHECK(by_heads.keys_match);
}
}  // namespace

TEST_CASE("the tokenizer gives the tokens of the plain definition") {
    for (const char* text : {"", "a", "ab", "Kommune-Norge", "ÆRLIG øya Åsane på  å", "KulturSkolen MØTE",
                             "Café naïve Ärzte Öl Straße Þór ĳ", "a\u030Apen o\u0308l e\u0301n kul\u00ADtur",
                             "«sitat» – «Å» … 3.0 12,5 2021", "ΑΒΓ Жук", "\xC3", "ab\xC3", "\xA5" "ab", "ab\xC3(x",
                             "×÷ a×b a÷b", "tab\there\r\nnewline"})
        check_text(text);
    check_text(std::string(40, 'k') + " " + std::string(41, 'k') + " " + std::string(20, 'a') + "\xC3\xA5" +
               std::string(19, 'b') + " " + std::string(39, 'x') + "\xC3\xB8 " + std::string(40, 'y') + "\xC3\xB8");
    // 40 and 41 characters of æ ø å (80 and 82 bytes: longer than a window).
    std::string long_aa, longer_aa;
    for (int i = 0; i < 40; ++i) long_aa += "\xC3\xA5";
    longer_aa = long_aa + "\xC3\xA6";
    check_text(long_aa + " " + longer_aa + " " + long_aa);
}

namespace {
// Runs `f` with the tokenizer's windows scanned with AVX2 (where the CPU has it) and without.
template <typename F>
void with_and_without_avx2(F&& f) {
    const bool before = stilas::search::fold_detail::g_avx2_windows;
    for (const bool avx2 : {true, false}) {
        stilas::search::fold_detail::g_avx2_windows = avx2 && stilas::search::fold_detail::cpu_has_avx2();
        CAPTURE(avx2);
        f();
    }
    stilas::search::fold_detail::g_avx2_windows = before;
}
}  // namespace

TEST_CASE("the tokenizer's windows: varied texts at every offset against the plain definition") {
    with_and_without_avx2([] {
        const std::string long_word(39, 'k');
        const char* const pieces[] = {
            "kommune", "Kommunane", "IGP", "i", "på", "Øvelse", "kulturskolelederen", "2021", "a\u030Apen",
            "dialogkonferansen", "kommune-Norge", "x", long_word.c_str(), "tjenesteutviklingsprosjektene",
            "Tjenesteutviklingsprosjektenes", "«sitat»", "3.0", "Café", "ÆRLIG", "ab", "blåbærsyltetøy",
            "BLÅBÆRSYLTETØY", "kulturskoleLÆRER", "ÅÅ", "øø", "Ørsta", "mål", "\u00AD", "ü", "–", "…", "’",
            "Þ", "ß", "\xC3", "\xA5", "\xE2\x80", "2a\xC3\xB8", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\xC3\xA5",
            "\xC3\xA5\xC3\xA5\xC3\xA5\xC3\xA5\xC3\xA5\xC3\xA5\xC3\xA5\xC3\xA5\xC3\xA5\xC3\xA5\xC3\xA5",
            "å", "Ø", "7", "æb", "bø"};   // (tokens of one character are none)
        const char separators[] = " ,.;:()\t\n-'\"/";
        stilas::test::TestRandom random{11};
        for (int round = 0; round < 300; ++round) {
            std::string text;
            const size_t size = 1 + random.below(400);
            while (text.size() < size) {
                text += random.pick(pieces);
                if (random.below(4)) text += separators[random.below(std::size(separators) - 1)];
            }
            // Every start within a window's width moves the window edges over every byte.
            for (size_t skip = 0; skip < 66 && skip < text.size(); skip += 1 + random.below(5)) check_text(text.substr(skip));
        }
    });
}

TEST_CASE("page analysis gives the same records with and without AVX2") {
    // The body's token loop is compiled twice (PageAnalyzer::add_body): the same records either way.
    const char* const pieces[] = {"kommune", "Kommunane", "og", "i", "på", "Øvelse", "kulturskolelederen", "2021",
                                  "dialogkonferansen", "kommune-Norge", "tjenesteutviklingsprosjektene", "Café",
                                  "blåbærsyltetøy", "skolen", "skulen", "ab", "x", " ", ". ", "\n", "«sitat»"};
    stilas::test::TestRandom random{3};
    std::vector<PageText> pages;
    for (int i = 0; i < 40; ++i)
        pages.push_back(PageText{random.text_of(pieces, 30), random.text_of(pieces, 60), random.text_of(pieces, 2000)});
    std::vector<std::vector<PageRecord>> records;
    with_and_without_avx2([&] {
        Vocabulary vocabulary;   // (fresh: term ids follow the order terms are met)
        PageAnalyzer analyzer(vocabulary);
        records.emplace_back();
        for (const PageText& page : pages) records.back().push_back(analyzer.analyze(page));
    });
    REQUIRE(records.size() == 2);
    for (size_t i = 0; i < pages.size(); ++i) {
        CHECK(records[0][i].entries == records[1][i].entries);
        CHECK(records[0][i].excerpt == records[1][i].excerpt);
    }
}

TEST_CASE("a page's title terms from its record are the terms of the title as a label, with the page's endings") {
    // title_terms() stands in for label_terms() of a referenced page's title (the index's
    // labels): the same terms, in the same order, flagged as a label's; each ending is the
    // page's smallest for the term, never larger than the title's own.
    const char* const pieces[] = {"kommune", "Kommunane", "kommunen", "og", "i", "på", "Øvelse", "kulturskolelederen",
                                  "2021", "skolen", "skulen", "skole", "ab", "x", " ", ". ", "\n", "«sitat»"};
    stilas::test::TestRandom random{11};
    Vocabulary vocabulary;
    PageAnalyzer pages(vocabulary), labels(vocabulary);
    size_t terms = 0, shorter = 0;
    for (int i = 0; i < 300; ++i) {
        const PageText page{random.text_of(pieces, 1 + random.below(12)), random.text_of(pieces, 20),
                            random.text_of(pieces, 200)};
        INFO(page.title);
        const std::vector<TermEntry> from_record = title_terms(pages.analyze(page));
        const std::vector<TermEntry> as_label = labels.label_terms(page.title);
        REQUIRE(from_record.size() == as_label.size());
        for (size_t k = 0; k < as_label.size(); ++k) {
            CHECK(from_record[k].term == as_label[k].term);
            CHECK(from_record[k].count_flags == k_in_tags);
            const std::string_view record_ending = vocabulary.suffixes.by_id()[from_record[k].suffix];
            const std::string_view label_ending = vocabulary.suffixes.by_id()[as_label[k].suffix];
            CHECK_FALSE(suffix_less(label_ending, record_ending));
            shorter += record_ending != label_ending;
        }
        terms += as_label.size();
    }
    CHECK(terms > 250);
    CHECK(shorter > 0);   // the body's smaller endings do reach the title's terms
    CHECK(title_terms(PageRecord{}).empty());
}

TEST_CASE("a page's terms are counted per token and merged in the order they were first met") {
    Vocabulary vocabulary;
    PageAnalyzer analyzer(vocabulary);
    // "kommunen" and "kommunane" share a term: its entry comes where "Kommunen" first is, with the
    // title flag, the body count of both words and the shorter ending ("en").
    const PageText text{"Kommunen og skolen", "Kulturskolen", "kommunane skolen kommunen kulturskolen kommunane"};
    const PageRecord record = analyzer.analyze(text);
    std::vector<TermEntry> entries;
    const uint32_t length = read_entries(record.entries, entries);
    CHECK(length == 8);   // "og" is a stop word
    const auto terms = vocabulary.terms.by_id();
    const auto suffixes = vocabulary.suffixes.by_id();
    REQUIRE(entries.size() == 3);
    CHECK(terms[entries[0].term] == "kommun");
    CHECK(entries[0].count_flags == ((3u << k_flag_bits) | k_in_title));
    CHECK(suffixes[entries[0].suffix] == "en");
    CHECK(terms[entries[1].term] == "skol");
    CHECK(entries[1].count_flags == ((1u << k_flag_bits) | k_in_title));
    CHECK(terms[entries[2].term] == "kulturskol");
    CHECK(entries[2].count_flags == ((1u << k_flag_bits) | k_in_summary));
    // A word in every text: counted in the body only, flagged for the title and the summary.
    const PageRecord everywhere = analyzer.analyze(PageText{"Skolen", "skolen", "skolen skolen"});
    REQUIRE(read_entries(everywhere.entries, entries) == 4);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].count_flags == ((2u << k_flag_bits) | k_in_title | k_in_summary));
    // The next page starts from zero counts.
    const PageRecord again = analyzer.analyze(PageText{"", "", "skolen"});
    CHECK(read_entries(again.entries, entries) == 1);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].count_flags == (1u << k_flag_bits));
}

TEST_CASE("a record's entries read back as written, also those too large for one word") {
    // Each field at the largest a word holds and one past it, alone and together.
    const uint32_t term_max = (EntryWord::k_escape >> EntryWord::k_term_shift) - 1;
    const uint32_t count_max = (1u << EntryWord::k_count_flags_bits) - 1, suffix_max = (1u << EntryWord::k_suffix_bits) - 1;
    const std::vector<TermEntry> written{{0, 0, 0},
                                         {term_max, count_max, suffix_max},
                                         {term_max + 1, 8, 1},
                                         {5, count_max + 1, 2},
                                         {6, 9, suffix_max + 1},
                                         {UINT32_MAX, UINT32_MAX, UINT32_MAX},
                                         {7, 17, 3}};
    std::string bytes(8 + 16 * written.size(), '\0');
    char* p = EntryWord::put(EntryWord::put(bytes.data(), 1234), static_cast<uint32_t>(written.size()));
    for (const TermEntry& e : written) p = EntryWord::write(p, e);
    // Words for those that fit (the first two and the last), four for the others.
    CHECK(p - bytes.data() == static_cast<std::ptrdiff_t>(8 + 4 * 3 + 16 * 4));
    bytes.resize(static_cast<size_t>(p - bytes.data()));
    std::vector<TermEntry> read;
    CHECK(read_entries(bytes, read) == 1234);
    REQUIRE(read.size() == written.size());
    for (size_t i = 0; i < written.size(); ++i) {
        INFO(i);
        CHECK(read[i].term == written[i].term);
        CHECK(read[i].count_flags == written[i].count_flags);
        CHECK(read[i].suffix == written[i].suffix);
    }

    // From a page: a word 40 times (a count of 40 does not fit beside the flags), and its cached
    // form restored with the same names gives the same record.
    Vocabulary vocabulary;
    PageAnalyzer analyzer(vocabulary);
    std::string body;
    for (int i = 0; i < 40; ++i) body += "kulturskolen ";
    const PageRecord record = analyzer.analyze(PageText{"Kommunen", "", body + "kommunen"});
    REQUIRE(read_entries(record.entries, read) == 42);
    REQUIRE(read.size() == 2);
    CHECK(read[1].count_flags == (40u << k_flag_bits));
    const std::string terms = names_bytes(vocabulary.terms.by_id()), suffixes = names_bytes(vocabulary.suffixes.by_id());
    const CachedNames names{*read_names(terms), *read_names(suffixes)};
    const auto restored = analyzer.restore(cache_form(record), names);
    REQUIRE(restored);
    CHECK(restored->entries == record.entries);
    CHECK(restored->excerpt == record.excerpt);
}

TEST_CASE("a page's new tokens are listed once each, also in the densest text and over several pages") {
    // Two-digit numbers one space apart (the most tokens a text's bytes can hold, not stemmed):
    // every token new on the page, then each again; titles, summaries and bodies of growing size,
    // so that the list of the page's tokens (one slot per two bytes of text) grows between pages.
    Vocabulary vocabulary;
    PageAnalyzer analyzer(vocabulary);
    for (int numbers : {10, 90, 45, 90}) {
        std::string once;
        for (int n = 10; n < 10 + numbers; ++n) once += std::to_string(n) + " ";
        const std::string twice = once + once;
        INFO(numbers);
        const PageRecord record = analyzer.analyze(PageText{"10 11", once, twice});
        std::vector<TermEntry> entries;
        CHECK(read_entries(record.entries, entries) == static_cast<uint32_t>(2 + numbers + 2 * numbers));
        const auto terms = vocabulary.terms.by_id();
        REQUIRE(entries.size() == static_cast<size_t>(numbers));
        for (int i = 0; i < numbers; ++i) {
            CHECK(terms[entries[static_cast<size_t>(i)].term] == std::to_string(10 + i));
            const uint32_t title = i < 2 ? uint32_t{k_in_title} : 0u;
            CHECK(entries[static_cast<size_t>(i)].count_flags == ((2u << k_flag_bits) | title | k_in_summary));
        }
    }
}

TEST_CASE("excerpts collapse white space and are cut at a word") {
    CHECK(make_excerpt("  en\n\ttekst  med\r\n mellomrom ") == "en tekst med mellomrom");
    CHECK(make_excerpt("") == "");
    std::string words;
    for (int i = 0; i < 60; ++i) words += "ord" + std::to_string(i) + "  \n";
    const std::string excerpt = make_excerpt(words);
    CHECK(excerpt.size() <= k_excerpt_bytes + 3);
    CHECK(excerpt.ends_with("\xE2\x80\xA6"));
    CHECK(excerpt.starts_with("ord0 ord1 ord2"));
    CHECK(excerpt.find("  ") == std::string::npos);
    CHECK(make_excerpt(std::string(300, 'x')).size() == k_excerpt_bytes + 3);
}

TEST_CASE("excerpts are the plain definition: white space collapsed, then cut at a word") {
    // The definition, byte by byte: runs of space, tab, CR and LF are one space (none at the start).
    auto reference = [](std::string_view body) {
        std::string collapsed;
        bool space = false;
        for (const char c : body) {
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                space = !collapsed.empty();
                continue;
            }
            if (space) collapsed += ' ';
            space = false;
            collapsed += c;
        }
        if (collapsed.size() <= k_excerpt_bytes) return collapsed;
        return std::string(stilas::util::cut_at_word(collapsed, k_excerpt_bytes)) + "\xE2\x80\xA6";
    };
    const std::string long_word(30, 'x');
    const char* const pieces[] = {"ord", "kulturskolelærerne", " ", "  ", "\n", "\t\r\n", "\x01", "\x1F", "-",
                                  "\xC3\xA5", "\xE2\x80\xA6", "a", long_word.c_str(), "\f", "\v"};
    stilas::test::TestRandom random{7};
    for (int round = 0; round < 2000; ++round) {
        const size_t size = random.below(600);
        const std::string body = random.text_of(pieces, size);
        INFO(body);
        CHECK(make_excerpt(body) == reference(body));
    }
    // Prose (taken 16 bytes at a time) that ends, or has white space or a word, around the
    // 241st byte kept.
    const std::string prose = "Kommunen og kulturskolen samarbeider om et tilbud til alle barn. ";
    for (size_t size = 200; size < 280; ++size)
        for (const char* tail : {"", " ", "  \n", " y", "\n\nord", "\t"}) {
            std::string body;
            while (body.size() < size) body += prose;
            body.resize(size);
            body += tail;
            INFO(body);
            CHECK(make_excerpt(body) == reference(body));
            CHECK(make_excerpt(" " + body) == reference(" " + body));
        }
}

TEST_CASE("a page's fields are read as if they followed its body: the same record and excerpt") {
    // Bodies around the excerpt's length (short ones take the excerpt's end from the fields),
    // ending in words or white space, against fields with words, only white space, or nothing.
    const std::string prose = "Kommunen og kulturskolen samarbeider om et tilbud til alle barn. ";
    const char* const tails[] = {"", " ", "  \n", " y", "\t"};
    const char* const fields[] = {"", "\n", "\n\n", "\nVarighet to timer\n", "\n  \t\n", "\nkommunen x\n\nskolen"};
    Vocabulary vocabulary;
    PageAnalyzer apart(vocabulary), joined(vocabulary);
    size_t checked = 0;
    for (size_t size : {0, 1, 30, 200, 236, 238, 239, 240, 241, 242, 245, 300})
        for (const char* tail : tails)
            for (const char* more : fields) {
                std::string body;
                while (body.size() < size) body += prose;
                body.resize(size);
                body += tail;
                INFO("body: «" << body << "» fields: «" << more << "»");
                CHECK(make_excerpt(body, more) == make_excerpt(body + more));
                const PageRecord a = apart.analyze(PageText{"Tittel", "", body, more});
                const PageRecord b = joined.analyze(PageText{"Tittel", "", body + more});
                CHECK(a.entries == b.entries);
                CHECK(a.excerpt == b.excerpt);
                ++checked;
            }
    CHECK(checked == 12 * 5 * 6);
}

TEST_CASE("tokens that share their first 16 bytes are told apart") {
    Vocabulary vocabulary;
    PageAnalyzer analyzer(vocabulary);
    // Digits only (no stemming): 15, 16, 17 and 18 bytes, the last three with the same head words.
    const PageRecord record = analyzer.analyze(PageText{
        "", "", "123456789012345 1234567890123456 12345678901234567 123456789012345678 1234567890123456 "
                "12345678901234567 1234567890123456"});
    std::vector<TermEntry> entries;
    CHECK(read_entries(record.entries, entries) == 7);
    const auto terms = vocabulary.terms.by_id();
    REQUIRE(entries.size() == 4);
    CHECK(terms[entries[0].term] == "123456789012345");
    CHECK(terms[entries[1].term] == "1234567890123456");
    CHECK(terms[entries[2].term] == "12345678901234567");
    CHECK(terms[entries[3].term] == "123456789012345678");
    CHECK(entries[0].count_flags == (1u << k_flag_bits));
    CHECK(entries[1].count_flags == (3u << k_flag_bits));
    CHECK(entries[2].count_flags == (2u << k_flag_bits));
    CHECK(entries[3].count_flags == (1u << k_flag_bits));
}

TEST_CASE("the window classifiers (portable, SSE2, AVX2) give the same bits") {
    using namespace stilas::search::fold_detail;
    const std::string alphabet = std::string("aZz09 .-\t\n") + "\xC3\xA5\xC3\x85\xC3\xA6\xC3\x86\xC3\xB8\xC3\x98\xC3\xA9" +
                                 "\xC2\xAD\xE2\x80\x93\x7F\x80\xFF@[`{/:";
    stilas::test::TestRandom random{5};
    // Rounds of the alphabet, of any bytes, and of ASCII only (which SSE2 takes a shorter way).
    for (int round = 0; round < 3000; ++round) {
        char bytes[64];
        for (char& b : bytes)
            b = round < 1000 ? alphabet[random.below(alphabet.size())] : static_cast<char>(random.next() & (round < 2000 ? 0xFF : 0x7F));
        char lowered[4][64];
        WindowBits bits[4];
        // (AVX2 is SSE2 again on a CPU without it.)
        const Classifier how[4] = {Classifier::portable, Classifier::sse2, Classifier::avx2, Classifier::best};
        for (int k = 0; k < 4; ++k) bits[k] = classify_window(bytes, lowered[k], how[k]);
        for (int k = 1; k < 4; ++k) {
            CHECK(bits[k].alnum == bits[0].alnum);
            CHECK(bits[k].lead == bits[0].lead);
            CHECK(bits[k].second == bits[0].second);
            CHECK(bits[k].high == bits[0].high);
            CHECK(std::string(lowered[k], 64) == std::string(lowered[0], 64));
        }
    }
}

TEST_CASE("a token's count on the page survives the token table growing") {
    Vocabulary vocabulary;
    PageAnalyzer analyzer(vocabulary);
    // 3,000 new words between two "kommunen" (the table starts with 1,024 slots and doubles at
    // half full), and a second page that starts counting from zero.
    std::string body = "kommunen ";
    for (uint32_t n = 0; n < 3000; ++n) {
        std::string word = "w";
        for (uint32_t v = n; v; v /= 26) word += static_cast<char>('a' + v % 26);
        body += word + ' ';
    }
    body += "kommunen kulturskolelederne kulturskolelederne";
    std::vector<TermEntry> entries;
    read_entries(analyzer.analyze(PageText{"", "", body}).entries, entries);
    const auto terms = vocabulary.terms.by_id();
    REQUIRE(entries.size() > 2000);
    CHECK(terms[entries[0].term] == "kommun");
    CHECK(terms[entries.back().term].starts_with("kulturskoleled"));
    CHECK(entries[0].count_flags == (2u << k_flag_bits));
    CHECK(entries.back().count_flags == (2u << k_flag_bits));
    read_entries(analyzer.analyze(PageText{"Kommunen", "", "kommunen"}).entries, entries);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].count_flags == ((1u << k_flag_bits) | k_in_title));
}

TEST_CASE("a thread that forgets its tokens (too many met) still counts pages right") {
    Vocabulary vocabulary;
    PageAnalyzer busy(vocabulary);
    const PageText page{"Kulturskolen i kommunen", "Samskaping", "kommunane skolen kommunen kulturskolen samskaping"};
    const PageRecord first = busy.analyze(page);
    // More distinct words than a thread keeps (200,000), 1,000 a page.
    std::string body;
    for (uint32_t n = 0; n < 210000; ++n) {
        std::string word = "q";
        for (uint32_t v = n; v; v /= 26) word += static_cast<char>('a' + v % 26);
        body += word + ' ';
        if (n % 1000 == 999) {
            busy.analyze(PageText{"", "", body});
            body.clear();
        }
    }
    CHECK(busy.analyze(page).entries == first.entries);
    CHECK(PageAnalyzer(vocabulary).analyze(page).entries == first.entries);
}
