#include <doctest/doctest.h>

#include "support/test_random.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "links/backlinks.hpp"
#include "util/parallel.hpp"

using namespace stilas::links;

TEST_CASE("backlink groups follow the schema order, merge equal labels and list each page once") {
    BacklinkCollector c(4);
    c.add(0, k_mentioned_in, {SIZE_MAX, 0}, 3);
    c.add(0, "Fokusområder", {2, 1}, 2);
    c.add(0, "Brukt i", {1, 0}, 1);
    c.add(0, "Brukt i", {1, 0}, 1);
    c.add(0, "Fokusområder", {2, 1}, 3);
    c.add(0, k_mentioned_in, {SIZE_MAX, 0}, 1);  // already listed under "Brukt i"
    auto groups = c.finish();
    REQUIRE(groups[0].size() == 2);
    CHECK(groups[0][0].label == "Brukt i");
    CHECK(groups[0][0].sources == std::vector<size_t>{1});
    CHECK(groups[0][1].label == "Fokusområder");
    CHECK(groups[0][1].sources == std::vector<size_t>{2, 3});
    CHECK(groups[1].empty());
}

TEST_CASE("a page mentioned only in bodies gets a «Nevnt i» group") {
    BacklinkCollector c(2);
    c.add(1, k_mentioned_in, {SIZE_MAX, 0}, 0);
    auto groups = c.finish();
    REQUIRE(groups[1].size() == 1);
    CHECK(groups[1][0].label == "Nevnt i");
}

TEST_CASE("groups with the same order are ordered by label, and the result does not depend on threads") {
    BacklinkCollector c(300), d(300);
    const char* labels[] = {"Relatert fra", "Brukt i", "Kilde for", "Fokusområder"};
    stilas::test::TestRandom random{12345};
    for (size_t source = 0; source < 300; ++source) {
        for (int k = 0; k < 12; ++k) {
            const size_t target = random.below(300);
            const size_t label = random.below(5);
            for (BacklinkCollector* x : {&c, &d}) {
                if (label == 4) x->add(target, k_mentioned_in, {SIZE_MAX, 0}, source);
                else x->add(target, labels[label], {label % 2, 0}, source);  // two labels share each order
            }
        }
    }
    const auto one = c.finish(1);
    const auto many = d.finish(4);
    REQUIRE(one.size() == many.size());
    size_t groups = 0;
    for (size_t page = 0; page < one.size(); ++page) {
        REQUIRE(one[page].size() == many[page].size());
        for (size_t g = 0; g < one[page].size(); ++g) {
            CHECK(one[page][g].label == many[page][g].label);
            CHECK(one[page][g].sources == many[page][g].sources);
            CHECK(std::is_sorted(one[page][g].sources.begin(), one[page][g].sources.end()));
            ++groups;
        }
        // Order 0: "Kilde for" < "Relatert fra"; order 1: "Brukt i" < "Fokusområder"; "Nevnt i" last.
        std::vector<std::string> seen;
        for (const auto& g : one[page]) seen.push_back(g.label);
        const std::vector<std::string> order{"Kilde for", "Relatert fra", "Brukt i", "Fokusområder", k_mentioned_in};
        size_t at = 0;
        for (const std::string& label : seen) {
            while (at < order.size() && order[at] != label) ++at;
            CHECK(at < order.size());
        }
    }
    CHECK(groups > 600);
}

TEST_CASE("backlinks added from several threads at once, each source from one, group as added in order") {
    // Sources added in parallel (as the link phase does) against the same added one by one.
    constexpr size_t pages = 2000;
    BacklinkCollector serial(pages), parallel(pages);
    auto links_of = [](size_t source, const std::function<void(size_t, bool)>& add) {
        stilas::test::TestRandom random{source + 1};
        for (int k = 0; k < 8; ++k) add(random.below(pages), random.below(3) == 0);
    };
    for (size_t source = 0; source < pages; ++source)
        links_of(source, [&](size_t target, bool ref) {
            serial.add(target, ref ? "Brukt i" : k_mentioned_in, {ref ? 0 : SIZE_MAX, 0}, source);
        });
    stilas::util::parallel_for(pages, 2, [&](size_t source) {
        links_of(source, [&](size_t target, bool ref) {
            parallel.add(target, ref ? "Brukt i" : k_mentioned_in, {ref ? 0 : SIZE_MAX, 0}, source);
        });
    });
    const auto a = serial.finish(1);
    const auto b = parallel.finish(2);
    REQUIRE(a.size() == pages);
    size_t sources = 0;
    for (size_t page = 0; page < pages; ++page) {
        REQUIRE(a[page].size() == b[page].size());
        for (size_t g = 0; g < a[page].size(); ++g) {
            CHECK(a[page][g].label == b[page][g].label);
            CHECK(a[page][g].sources == b[page][g].sources);
            sources += a[page][g].sources.size();
        }
    }
    CHECK(sources > 10000);
}
