#include <doctest/doctest.h>
#include <mimalloc.h>

#include <cstdlib>

#include "memory/memory.hpp"

using namespace stilas;

TEST_CASE("a build keeps freed memory, and asks for 2 MiB pages only for large content") {
    if (!std::getenv("MIMALLOC_ALLOW_DECOMMIT")) {
        memory::configure_for_build();
        CHECK_FALSE(mi_option_is_enabled(mi_option_allow_decommit));
    }
    if (std::getenv("MIMALLOC_LARGE_OS_PAGES")) return;   // the environment decides then
    REQUIRE_FALSE(mi_option_is_enabled(mi_option_large_os_pages));
    memory::plan_for_content(memory::k_large_pages_from - 1);
    CHECK_FALSE(mi_option_is_enabled(mi_option_large_os_pages));
    memory::plan_for_content(memory::k_large_pages_from);
    CHECK(mi_option_is_enabled(mi_option_large_os_pages));
    mi_option_disable(mi_option_large_os_pages);   // the other tests as before
}
