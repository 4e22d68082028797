#include "util/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace stilas::util {

unsigned thread_count(unsigned requested) {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

namespace {

// Worker threads kept for the whole process. A build runs a dozen parallel steps; with threads
// made and ended per step, each ending thread's allocator heap is abandoned and memory it freed
// is slow to be reused, so peak memory grows step by step (about 10 % on a 10,000-page site).
class Pool {
public:
    static Pool& instance() {
        static Pool* pool = new Pool();  // never destroyed: workers may outlive static destructors
        return *pool;
    }

    /// Runs `work` on the calling thread and on `helpers` pool threads, and returns when all of
    /// them have finished it. False (nothing run) when the pool is busy, e.g. inside a job.
    bool run(unsigned helpers, const std::function<void()>& work) {
        if (t_in_pool) return false;  // a job asking again (the caller too: it holds m_busy)
        std::unique_lock busy(m_busy, std::try_to_lock);
        if (!busy.owns_lock()) return false;
        {
            std::lock_guard lock(m_mutex);
            while (m_threads.size() < helpers) m_threads.emplace_back([this] { loop(); });
            m_job = &work;
            m_wanted = helpers;
            m_running = helpers;
            ++m_generation;
        }
        m_wake.notify_all();
        t_in_pool = true;
        work();
        t_in_pool = false;
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [&] { return m_running == 0; });
        m_job = nullptr;
        return true;
    }

private:
    void loop() {
        t_in_pool = true;
        unsigned long seen = 0;
        for (;;) {
            const std::function<void()>* job = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_generation != seen && m_wanted > 0; });
                seen = m_generation;
                --m_wanted;
                job = m_job;
            }
            (*job)();
            std::lock_guard lock(m_mutex);
            if (--m_running == 0) m_done.notify_all();
        }
    }

    static thread_local bool t_in_pool;   ///< running a job: on a pool thread, or the caller its share
    std::mutex m_busy;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    std::vector<std::thread> m_threads;
    const std::function<void()>* m_job = nullptr;
    unsigned m_wanted = 0, m_running = 0;
    unsigned long m_generation = 0;
};

thread_local bool Pool::t_in_pool = false;

}  // namespace

void parallel_for(size_t n, unsigned threads, const std::function<void(size_t)>& fn) {
    threads = static_cast<unsigned>(std::min<size_t>(thread_count(threads), std::max<size_t>(n, 1)));
    // Chunks small enough that the threads finish close together (the last chunk taken is the
    // most one thread can be left working alone: 1/64 of a thread's share), large enough to keep
    // the counter cold.
    const size_t chunk = std::max<size_t>(1, n / (threads * 64));
    std::atomic<size_t> next{0};
    const std::function<void()> work = [&] {
        for (;;) {
            size_t begin = next.fetch_add(chunk);
            if (begin >= n) return;
            size_t end = std::min(n, begin + chunk);
            for (size_t i = begin; i < end; ++i) fn(i);
        }
    };
    if (threads <= 1) return work();
    if (Pool::instance().run(threads - 1, work)) return;
    // Nested or concurrent use: threads of its own.
    std::vector<std::thread> extra;
    for (unsigned t = 1; t < threads; ++t) extra.emplace_back(work);
    work();
    for (auto& t : extra) t.join();
}

}  // namespace stilas::util
