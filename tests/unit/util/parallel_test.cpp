#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
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

TEST_CASE("parallel_for runs on as many threads as asked, reusing them from call to call") {
    // Each index waits until two threads are inside fn at once, so the check cannot pass
    // on one thread; a bounded wait keeps a broken pool from hanging the suite.
    for (int round = 0; round < 3; ++round) {
        std::atomic<int> inside{0}, max_inside{0};
        std::mutex ids_mutex;
        std::set<std::thread::id> ids;
        parallel_for(64, 2, [&](size_t) {
            const int now = ++inside;
            int seen = max_inside.load();
            while (now > seen && !max_inside.compare_exchange_weak(seen, now)) {}
            for (int spin = 0; spin < 2000 && max_inside.load() < 2; ++spin)
                std::this_thread::sleep_for(std::chrono::microseconds(100));
            --inside;
            std::lock_guard lock(ids_mutex);
            ids.insert(std::this_thread::get_id());
        });
        CHECK(max_inside.load() == 2);
        CHECK(ids.size() == 2);
    }
}

TEST_CASE("parallel_for inside parallel_for finishes and visits every pair once") {
    std::vector<std::atomic<int>> seen(40 * 50);
    parallel_for(40, 2, [&](size_t i) { parallel_for(50, 3, [&](size_t j) { seen[i * 50 + j]++; }); });
    for (auto& s : seen) CHECK(s.load() == 1);
}
