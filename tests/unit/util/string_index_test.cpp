#include <doctest/doctest.h>

#include <string>
#include <unordered_map>

#include "util/string_index.hpp"

using namespace stilas::util;

TEST_CASE("a string index finds what an unordered_map finds, for short, long and missing keys") {
    StringIndex index;
    std::unordered_map<std::string, size_t> plain;
    // Keys around the 48 bytes a slot holds, with shared starts, and enough of them to grow the
    // table several times from empty.
    auto key = [](size_t i) {
        std::string k = "verktoy/" + std::to_string(i);
        if (i % 3 == 1) k += std::string(40, 'x');   // 49-56 bytes: kept outside the slot
        if (i % 7 == 0) k = std::to_string(i);
        return k;
    };
    for (size_t i = 0; i < 5000; ++i) {
        auto [stored, added] = index.try_emplace(key(i), i);
        auto [it, fresh] = plain.try_emplace(key(i), i);
        CHECK(added == fresh);
        CHECK(stored == it->second);
    }
    CHECK(index.size() == plain.size());
    for (size_t i = 0; i < 5000; ++i) {
        REQUIRE(index.find(key(i)));
        CHECK(*index.find(key(i)) == plain.at(key(i)));
    }
    // The first value stays with try_emplace; assign replaces it.
    CHECK(index.try_emplace(key(5), 99) == std::pair<size_t, bool>{5, false});
    index.assign(key(5), 99);
    index.assign(key(4), 4);
    CHECK(*index.find(key(5)) == 99);
    CHECK(*index.find(key(4)) == 4);
    index.assign("ny", 7);
    CHECK(*index.find("ny") == 7);
    // Missing keys: longer, shorter, one byte off, empty.
    CHECK_FALSE(index.find(key(1) + "y"));
    CHECK_FALSE(index.find(key(1).substr(0, key(1).size() - 1)));
    CHECK_FALSE(index.find("verktoy/5000"));
    CHECK_FALSE(index.find(""));
    index.try_emplace("", 3);
    CHECK(*index.find("") == 3);
    CHECK_FALSE(StringIndex().find("a"));
}

TEST_CASE("a string index finds a key by its hash worked out ahead as by the key alone") {
    StringIndex index;
    CHECK_FALSE(index.find("a", StringIndex::hash_of("a")));
    index.prefetch(StringIndex::hash_of("a"));   // an empty table: nothing to fetch
    const std::string long_key = "metoder/" + std::string(60, 'l') + ".md";   // kept outside its slot
    for (const std::string& key : {std::string("metoder/igp.md"), long_key, std::string()}) index.try_emplace(key, key.size());
    for (const std::string& key : {std::string("metoder/igp.md"), long_key, std::string(), std::string("metoder/ig.md")}) {
        const uint64_t hash = StringIndex::hash_of(key);
        index.prefetch(hash);
        CHECK(index.find(key, hash) == index.find(key));
    }
    CHECK(index.find(long_key, StringIndex::hash_of(long_key)) == long_key.size());
    CHECK_FALSE(index.find("metoder/ig.md", StringIndex::hash_of("metoder/ig.md")));
}
