#include <doctest/doctest.h>

#include <atomic>
#include <vector>

#include "util/parallel.hpp"

using namespace stilas::util;

TEST_CASE("parallel_for visits every index exactly once whatever the thread count") {
    for (unsigned threads : {1u, 2u, 4u, 9u}) {
        std::vector<std::atomic<int>> seen(1000);
        parallel_for(seen.size(), threads, [&](size_t i) { seen[i]++; });
        for (auto& s : seen) CHECK(s.load() == 1);
    }
    parallel_for(0, 4, [](size_t) { FAIL("no work expected"); });
}
