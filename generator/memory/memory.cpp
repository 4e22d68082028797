// mimalloc's options, set as defaults (an environment variable mimalloc reads wins), and the
// build's own thread.
#include "memory/memory.hpp"

#include <mimalloc.h>
#include <pthread.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace stilas::memory {

namespace {
// The environment's choice of 2 MiB pages wins over every call here.
bool pages_from_environment() { return std::getenv("MIMALLOC_LARGE_OS_PAGES") != nullptr; }
bool g_large_pages_to_the_end = false;
}  // namespace

void configure_for_build() {
    mi_option_set_enabled_default(mi_option_allow_decommit, false);
    // mimalloc has read its options from the environment at start: an option set here is
    // taken for what it allocates from now on (a default would be ignored).
    if (pages_from_environment()) return;
    mi_option_set_enabled(mi_option_large_os_pages, true);
    // Else a thread's first block (when more than one thread runs) comes in 4 KiB pages.
    if (!std::getenv("MIMALLOC_EAGER_COMMIT_DELAY")) mi_option_set(mi_option_eager_commit_delay, 0);
}

int run_on_fresh_heap(const std::function<int()>& work) {
    struct Job {
        const std::function<int()>* work;
        int result = 0;
    } job{&work};
    // The stack the main thread would have had (8 MiB unless the limit says more; at least that).
    size_t stack = size_t{8} << 20;
    rlimit limit{};
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        stack = std::max(stack, static_cast<size_t>(limit.rlim_cur));
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, stack);
    pthread_t thread;
    const int made = pthread_create(
        &thread, &attributes,
        [](void* arg) -> void* {
            auto* j = static_cast<Job*>(arg);
            j->result = (*j->work)();
            return nullptr;
        },
        &job);
    pthread_attr_destroy(&attributes);
    if (made != 0) return work();   // no thread to be had: the build runs here, as before
    pthread_join(thread, nullptr);
    return job.result;
}

void plan_for_content(size_t content_bytes) {
    g_large_pages_to_the_end = content_bytes >= k_large_pages_from;
    if (g_large_pages_to_the_end && !pages_from_environment()) mi_option_set_enabled(mi_option_large_os_pages, true);
}

void bulk_allocated() {
    if (pages_from_environment() || g_large_pages_to_the_end) return;
    mi_option_set_enabled(mi_option_large_os_pages, false);
}

}  // namespace stilas::memory
