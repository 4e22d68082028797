// mimalloc's options, set as defaults (an environment variable mimalloc reads wins).
#include "memory/memory.hpp"

#include <mimalloc.h>

#include <cstdlib>

namespace stilas::memory {

void configure_for_build() { mi_option_set_enabled_default(mi_option_allow_decommit, false); }

// mimalloc has read this option by now, so a default would be ignored: set it, unless the
// environment set it.
void plan_for_content(size_t content_bytes) {
    if (content_bytes < k_large_pages_from || std::getenv("MIMALLOC_LARGE_OS_PAGES")) return;
    mi_option_set_enabled(mi_option_large_os_pages, true);
}

}  // namespace stilas::memory
