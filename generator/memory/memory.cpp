// mimalloc's options for a build (an environment variable mimalloc reads wins).
#include "memory/memory.hpp"

#include <mimalloc.h>

#include <cstdlib>

namespace stilas::memory {

void configure_for_build() {
    mi_option_set_enabled_default(mi_option_allow_decommit, false);
    // mimalloc has read this option already (allocations before main), so a default would be
    // ignored: set it, unless the environment set it.
    if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) mi_option_set_enabled(mi_option_large_os_pages, true);
}


}  // namespace stilas::memory
