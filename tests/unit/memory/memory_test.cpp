#include <doctest/doctest.h>
#include <mimalloc.h>

#include <cstdlib>

#include "memory/memory.hpp"

using namespace stilas;

TEST_CASE("a build keeps freed memory and asks for 2 MiB pages") {
    const bool decommit_set = std::getenv("MIMALLOC_ALLOW_DECOMMIT") != nullptr;
    const bool large_set = std::getenv("MIMALLOC_LARGE_OS_PAGES") != nullptr;   // the environment decides then
    const bool large_before = mi_option_is_enabled(mi_option_large_os_pages);
    memory::configure_for_build();
    if (!decommit_set) CHECK_FALSE(mi_option_is_enabled(mi_option_allow_decommit));
    if (!large_set) CHECK(mi_option_is_enabled(mi_option_large_os_pages));
    if (!large_before) mi_option_disable(mi_option_large_os_pages);   // the other tests as before
}
