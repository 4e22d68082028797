#include <doctest/doctest.h>
#include <mimalloc.h>

#include <cstdlib>
#include <thread>

#include "memory/memory.hpp"

using namespace stilas;

TEST_CASE("a build keeps freed memory, and takes 2 MiB pages for its bulk, to the end only for large content") {
    if (!std::getenv("MIMALLOC_ALLOW_DECOMMIT")) {
        memory::configure_for_build();
        CHECK_FALSE(mi_option_is_enabled(mi_option_allow_decommit));
    }
    if (std::getenv("MIMALLOC_LARGE_OS_PAGES")) return;   // the environment decides then

    memory::configure_for_build();
    CHECK(mi_option_is_enabled(mi_option_large_os_pages));
    if (!std::getenv("MIMALLOC_EAGER_COMMIT_DELAY")) CHECK(mi_option_get(mi_option_eager_commit_delay) == 0);
    memory::plan_for_content(memory::k_large_pages_from - 1);
    CHECK(mi_option_is_enabled(mi_option_large_os_pages));   // still reading the pages
    memory::bulk_allocated();
    CHECK_FALSE(mi_option_is_enabled(mi_option_large_os_pages));

    memory::configure_for_build();
    memory::plan_for_content(memory::k_large_pages_from);
    memory::bulk_allocated();
    CHECK(mi_option_is_enabled(mi_option_large_os_pages));

    // The other tests as before.
    mi_option_disable(mi_option_large_os_pages);
    mi_option_set(mi_option_eager_commit_delay, 1);
}

TEST_CASE("the build runs on a thread of its own, and its result comes back") {
    const auto caller = std::this_thread::get_id();
    std::thread::id ran_on;
    const int result = memory::run_on_fresh_heap([&] {
        ran_on = std::this_thread::get_id();
        // A deep stack, as the main thread would have it: 4 MiB of it in use at once.
        volatile char deep[4 << 20];
        deep[0] = 1;
        deep[sizeof deep - 1] = 2;
        return deep[0] + deep[sizeof deep - 1] + 40;
    });
    CHECK(result == 43);
    CHECK(ran_on != caller);
}
