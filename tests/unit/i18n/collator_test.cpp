// Norwegian collation: the order, sort keys against compare(), stable sorts, use from threads.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "i18n/collator.hpp"

using stilas::i18n::Collator;

namespace {

std::vector<std::string> sorted(std::vector<std::string> words) {
    Collator nb("nb");
    nb.sort_by_title(words, [](const std::string& s) -> const std::string& { return s; });
    return words;
}

}  // namespace

TEST_CASE("Norwegian order puts Æ, Ø and Å after Z, in that order") {
    CHECK(Collator("nb").ok());
    CHECK(sorted({"Å", "Ø", "Z", "Æ", "A"}) == std::vector<std::string>{"A", "Z", "Æ", "Ø", "Å"});
    CHECK(sorted({"åpen", "ørret", "zebra", "ærlig"}) ==
          std::vector<std::string>{"zebra", "ærlig", "ørret", "åpen"});
}

TEST_CASE("\"aa\" sorts as å, as ICU's Norwegian rules do") {
    Collator nb("nb");
    CHECK(nb.compare("Aasen", "Øvre") > 0);
    CHECK(nb.compare("Aasen", "Zebra") > 0);
    CHECK(nb.compare("Ål", "Aasen") < 0);
    CHECK(sorted({"Aasen", "Åse", "Ål", "Øvre", "Abel"}) ==
          std::vector<std::string>{"Abel", "Øvre", "Ål", "Åse", "Aasen"});
}

TEST_CASE("case and accents are secondary to the letters") {
    Collator nb("nb");
    CHECK(nb.compare("ab", "Ab") < 0);
    CHECK(nb.compare("Ab", "abc") < 0);
    CHECK(nb.compare("é", "f") < 0);
    CHECK(nb.compare("e", "é") < 0);
    CHECK(nb.compare("same", "same") == 0);
}

TEST_CASE("sort keys order like compare") {
    Collator nb("nb");
    const std::vector<std::string> words = {"Å", "aa", "Ø", "Æ", "Z", "z", "ab", "Ab", "é", "e", ""};
    for (const auto& a : words)
        for (const auto& b : words) {
            CAPTURE(a);
            CAPTURE(b);
            const int c = nb.compare(a, b);
            const std::string ka = nb.sort_key(a), kb = nb.sort_key(b);
            CHECK((ka < kb) == (c < 0));
            CHECK((ka == kb) == (c == 0));
        }
}

TEST_CASE("sort_by_title is stable for equal titles") {
    struct Item {
        std::string title;
        int id;
    };
    std::vector<Item> items = {{"b", 1}, {"a", 2}, {"b", 3}, {"a", 4}};
    Collator("nb").sort_by_title(items, [](const Item& i) -> const std::string& { return i.title; });
    std::vector<int> ids;
    for (const auto& i : items) ids.push_back(i.id);
    CHECK(ids == std::vector<int>{2, 4, 1, 3});
}

TEST_CASE("one collator can be used from several threads at once") {
    const Collator nb("nb");
    std::vector<int> failures(4, 0);
    std::vector<std::thread> workers;
    for (size_t t = 0; t < failures.size(); ++t)
        workers.emplace_back([&nb, &failures, t] {
            for (int i = 0; i < 2000; ++i) {
                if (nb.compare("Zebra", "Ærlig") >= 0) ++failures[t];
                if (!(nb.sort_key("Ørn") < nb.sort_key("Ål"))) ++failures[t];
            }
        });
    for (auto& w : workers) w.join();
    CHECK(failures == std::vector<int>(4, 0));
}

TEST_CASE("sort_by_title (a stable sort by compare()) gives the sort keys' order (what ranks and facets rely on)") {
    // Norwegian letters, "aa" as å, case, accents, equal and empty titles, titles that are
    // prefixes of others, and the same title several times at different places.
    const std::vector<std::string> titles = {
        "Ålesund", "Aasen", "Øvre Eiker", "Ærlig", "Zebra", "ålesund", "Alta", "Årdal", "Aal", "Bø",
        "Bodø", "Bo", "Bø", "Élan", "Elan", "elan", "", "Øvre Eiker", "Oslo", "Ørland", "Os", "Aasen",
        "Kulturskolen i Bø", "Kulturskolen i Bodø", "Kulturskolen", "Steinkjer", "Stjørdal", "Ås", "Ås"};
    struct Item {
        std::string title;
        size_t id;
    };
    std::vector<Item> by_keys;
    for (size_t i = 0; i < titles.size(); ++i) by_keys.push_back({titles[i], i});
    std::vector<Item> by_compare = by_keys;
    const Collator nb("nb");
    std::stable_sort(by_keys.begin(), by_keys.end(),
                     [&](const Item& a, const Item& b) { return nb.sort_key(a.title) < nb.sort_key(b.title); });
    nb.sort_by_title(by_compare, [](const Item& i) -> const std::string& { return i.title; });
    std::vector<size_t> keys_order, compare_order;
    for (const Item& i : by_keys) keys_order.push_back(i.id);
    for (const Item& i : by_compare) compare_order.push_back(i.id);
    CHECK(compare_order == keys_order);
    // Equal titles keep their first order: the two "Bø" (9 before 12) and the two "Ås".
    const auto at = [&](size_t id) { return std::find(compare_order.begin(), compare_order.end(), id) - compare_order.begin(); };
    CHECK(at(9) < at(12));
    CHECK(at(27) < at(28));
    CHECK(at(24) < at(23));   // "Kulturskolen" before its longer titles
}
