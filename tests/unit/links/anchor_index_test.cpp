// Unit tests of links::AnchorIndex: each page's heading ids found exactly, on any thread count.
#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <vector>

#include "links/anchor_index.hpp"

using namespace stilas;
using links::AnchorIndex;

namespace {
std::vector<markdown::Heading> headings(const std::vector<std::string>& ids) {
    std::vector<markdown::Heading> out;
    for (const auto& id : ids) out.push_back(markdown::Heading{2, "tekst", id, {}});
    return out;
}
}  // namespace

TEST_CASE("an anchor index finds each page's own heading ids and nothing else") {
    const std::string long_id(300, 'x');
    const std::vector<std::vector<markdown::Heading>> pages{
        headings({"innledning", "fire-rom", "fire-rom-1"}),
        headings({}),
        headings({"", long_id, "a"}),
        headings({"innledning"}),
    };
    for (unsigned threads : {1u, 2u, 0u}) {
        CAPTURE(threads);
        const AnchorIndex index(pages.size(), [&](size_t p) -> const auto& { return pages[p]; }, threads);
        CHECK(index.page_count() == 4);
        CHECK(index.contains(0, "innledning"));
        CHECK(index.contains(0, "fire-rom"));
        CHECK(index.contains(0, "fire-rom-1"));
        // Prefixes, extensions and other pages' ids are not anchors of a page.
        CHECK_FALSE(index.contains(0, "fire"));
        CHECK_FALSE(index.contains(0, "fire-rom-2"));
        CHECK_FALSE(index.contains(0, "a"));
        CHECK_FALSE(index.contains(1, "innledning"));
        CHECK_FALSE(index.contains(1, ""));
        CHECK(index.contains(2, ""));
        CHECK(index.contains(2, long_id));
        CHECK_FALSE(index.contains(2, long_id + "x"));
        CHECK_FALSE(index.contains(2, long_id.substr(1)));
        CHECK(index.contains(2, "a"));
        CHECK(index.contains(3, "innledning"));
        CHECK_FALSE(index.contains(3, "fire-rom"));
        // Pages past the end have no anchors.
        CHECK_FALSE(index.contains(4, "innledning"));
    }
    CHECK_FALSE(AnchorIndex().contains(0, ""));
}

TEST_CASE("an anchor index lists a page's ids in order, and says when it has read each page") {
    const std::vector<std::vector<markdown::Heading>> pages{headings({"b", "a", "b-1"}), headings({}),
                                                            headings({"x"})};
    std::vector<std::atomic<int>> read(pages.size());
    const AnchorIndex index(pages.size(), [&](size_t p) -> const auto& { return pages[p]; }, 2,
                            [&](size_t p) { ++read[p]; });
    for (const auto& count : read) CHECK(count == 1);
    CHECK(index.ids(0) == std::vector<std::string>{"b", "a", "b-1"});
    CHECK(index.ids(1).empty());
    CHECK(index.ids(2) == std::vector<std::string>{"x"});
    CHECK(index.ids(3).empty());
}
