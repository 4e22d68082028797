#include "util/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace stilas::util {

unsigned thread_count(unsigned requested) {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

void parallel_for(size_t n, unsigned threads, const std::function<void(size_t)>& fn) {
    threads = static_cast<unsigned>(std::min<size_t>(thread_count(threads), std::max<size_t>(n, 1)));
    // Chunks small enough to balance uneven pages, large enough to keep the counter cold.
    const size_t chunk = std::max<size_t>(1, n / (threads * 16));
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (;;) {
            size_t begin = next.fetch_add(chunk);
            if (begin >= n) return;
            size_t end = std::min(n, begin + chunk);
            for (size_t i = begin; i < end; ++i) fn(i);
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
}

}  // namespace stilas::util
