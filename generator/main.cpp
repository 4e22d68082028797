// argv → cli::run; prints what it returns; the exit code. Also the allocator's settings: the
// binary links mimalloc (CMakeLists.txt), and main() owns how it gets and keeps memory.
#include <mimalloc.h>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
    // 2 MiB pages where the kernel gives them (transparent huge pages, "madvise" on Debian): a
    // large site's model is read at random (links, backlinks, listings), and with 4 KiB pages
    // the page-table walks of those reads cost about a tenth of a 100,000-page build.
    mi_option_set_enabled_default(mi_option_large_os_pages, true);
    // Freed memory is kept, not given back: a build lives seconds and allocates again at once,
    // and memory given back comes back zeroed by the kernel (2-4 % of a build's time).
    // The environment (MIMALLOC_LARGE_OS_PAGES, MIMALLOC_ALLOW_DECOMMIT) still decides when set.
    mi_option_set_enabled_default(mi_option_allow_decommit, false);
    return stilas::cli::run(argc, argv);
}
