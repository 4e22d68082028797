// The token table (search/token_table.hpp): tokens of every length in one table keyed by their
// head words (tokens of 16 bytes or more also by the bytes after them); lookups by Token and by
// head words, entries by index, growth and clearing.
#include <doctest/doctest.h>

#include "support/test_random.hpp"

#include <set>
#include <string>
#include <vector>

#include "search/token_table.hpp"

using namespace stilas::search;

namespace {
Token key_of(std::string_view text) {
    Token token{text};
    set_token_key(token);
    return token;
}

// Tokens that a table must tell apart: every length from 2 to 40, and neighbours sharing their
// first 8 or 16 bytes (8 and 9 bytes, 15, 16 and 17 bytes, 17 and 18 bytes with one head).
std::vector<std::string> varied_tokens(size_t random_count) {
    std::vector<std::string> tokens = {"ab", "kommune", "kommunen", "kommunene", "kommunenes", "abcdefghijklmno",
                                       "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopr",
                                       "abcdefghijklmnopqr", "x\xC3\xA5", "bl\xC3\xA5" "b\xC3\xA6r", "2021"};
    for (size_t length = 2; length <= 40; ++length) tokens.push_back(std::string(length, 'k'));
    const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    stilas::test::TestRandom random{5};
    std::set<std::string> seen(tokens.begin(), tokens.end());
    while (tokens.size() < random_count) {
        std::string token(2 + random.below(random.below(2) ? 7 : 39), 'a');
        for (char& c : token) c = letters[random.below(std::size(letters) - 1)];
        if (seen.insert(token).second) tokens.push_back(token);
    }
    return tokens;
}
}  // namespace

TEST_CASE("the token table finds every token it holds, short and long, by token and by word") {
    // Enough tokens to grow both tables several times (each starts with 1,024 slots, half full at most).
    const std::vector<std::string> tokens = varied_tokens(6000);
    TokenTable<std::string> table;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token token = key_of(tokens[i]);
        REQUIRE(table.find(token) == nullptr);
        auto& entry = table.insert(token, tokens[i]);
        CHECK(entry.index == i);
        CHECK(entry.count == 0);
        entry.count = static_cast<uint32_t>(i * 3 + 1);   // the caller's counter stays with the token
    }
    REQUIRE(table.size() == tokens.size());
    size_t short_tokens = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        INFO(tokens[i]);
        const Token token = key_of(tokens[i]);
        auto* entry = table.find(token);
        REQUIRE(entry != nullptr);
        CHECK(entry->index == i);
        CHECK(entry->count == i * 3 + 1);
        CHECK(table[entry->index] == tokens[i]);
        CHECK(&table.entry(entry->index) == entry);
        if (tokens[i].size() <= k_short_token_bytes) ++short_tokens;
        if (tokens[i].size() <= k_head_token_bytes) CHECK(table.find_head(token.head[0], token.head[1]) == entry);
    }
    CHECK(short_tokens > 2000);
    CHECK(tokens.size() - short_tokens > 2000);
    // Tokens not in the table, next to ones that are (a byte more or less, another last byte).
    for (const char* absent : {"kommun", "kommunenes2", "abcdefghijklmnopqrs", "abcdefghijklmnopz", "abcdefghijklmn",
                               "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk", "zz9"}) {
        INFO(absent);
        const Token token = key_of(absent);
        CHECK(table.find(token) == nullptr);
        if (token.text.size() <= k_head_token_bytes) CHECK(table.find_head(token.head[0], token.head[1]) == nullptr);
    }
    table.clear();
    CHECK(table.size() == 0);
    CHECK(table.find(key_of("kommunen")) == nullptr);
    CHECK(table.find(key_of("abcdefghijklmnopq")) == nullptr);
    CHECK(table.insert(key_of("abcdefghijklmnopq"), "x").index == 0);
    CHECK(table.find(key_of("abcdefghijklmnopq"))->index == 0);
    CHECK(table.find(key_of("abcdefghijklmnop")) == nullptr);
}

TEST_CASE("a token's head words give its text back") {
    for (const char* text : {"ab", "kommune", "kommunen", "kommunene", "x\xC3\xA5", "2021", "abcdefghijklmno"}) {
        const Token token = key_of(text);
        char bytes[16];
        CHECK(head_text(token.head[0], token.head[1], bytes) == text);
    }
}

TEST_CASE("the token table tells apart long tokens that share their first 16 bytes") {
    // Tokens of a few heads, the table half full: lookups probe over each other's slots, where
    // only the length and the bytes after the 16th differ.
    const char* const heads[] = {"kulturskoleleder", "tjenesteutviklin", "dialogkonferanse", "medvirkningsproa",
                                 "kommunesammensla"};
    const char* const rests[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p",
                                 "q", "r", "s", "t"};
    TokenTable<int> table;
    std::vector<std::string> tokens;
    for (const char* head : heads)
        for (const char* rest : rests)
            for (const char* more : {"", "n", "ne", "nes", "x"}) tokens.push_back(std::string(head) + rest + more);
    REQUIRE(tokens.size() == 500);   // (the table grows at 512, from 1,024 slots)
    for (size_t i = 0; i < tokens.size(); ++i) table.insert(key_of(tokens[i]), static_cast<int>(i));
    for (size_t i = 0; i < tokens.size(); ++i) {
        INFO(tokens[i]);
        auto* entry = table.find(key_of(tokens[i]));
        REQUIRE(entry != nullptr);
        CHECK(table[entry->index] == static_cast<int>(i));
    }
    // Absent: the 16-byte heads alone, and longer tokens with other rests.
    for (const char* head : heads)
        for (const char* rest : {"", "u", "az", "nnn", "aaaaaaaaaaaaaaaaaaaaaaa"}) {
            const std::string absent = std::string(head) + rest;
            INFO(absent);
            CHECK(table.find(key_of(absent)) == nullptr);
        }
}

TEST_CASE("the token table tells apart tokens of 8 to 15 bytes that share their first 8") {
    // One first word for all, the table half full: only the second head word differs (0 for
    // the token of 8 bytes).
    TokenTable<int> table;
    std::vector<std::string> tokens;
    for (char a = 'a'; a <= 'z'; ++a)
        for (char b = 'a'; b <= 's'; ++b) tokens.push_back(std::string("kommunen") + a + b);
    // The same first word alone (8 bytes: no second word) and with one byte more.
    tokens.push_back("kommunen");
    tokens.push_back("kommunenz");
    REQUIRE(tokens.size() == 496);   // (the table grows at 512, from 1,024 slots)
    for (size_t i = 0; i < tokens.size(); ++i) table.insert(key_of(tokens[i]), static_cast<int>(i));
    for (size_t i = 0; i < tokens.size(); ++i) {
        INFO(tokens[i]);
        const Token token = key_of(tokens[i]);
        auto* entry = table.find(token);
        REQUIRE(entry != nullptr);
        CHECK(table[entry->index] == static_cast<int>(i));
        CHECK(table.find_head(token.head[0], token.head[1]) == entry);
    }
    for (const char* absent : {"kommune", "kommunena", "kommunenat", "kommunenzz", "kommunenaaa", "kommunenabcdefg"}) {
        INFO(absent);
        CHECK(table.find(key_of(absent)) == nullptr);
    }
}
