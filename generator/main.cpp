// argv → cli::run; prints what it returns; the exit code. Also the allocator's one setting: the
// binary links mimalloc (CMakeLists.txt), and main() owns how it gets memory from the system.
#include <mimalloc.h>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
    // 2 MiB pages where the kernel gives them (transparent huge pages, "madvise" on Debian): a
    // large site's model is read at random (links, backlinks, listings), and with 4 KiB pages
    // the page-table walks of those reads cost about a tenth of a 100,000-page build. The
    // environment (MIMALLOC_LARGE_OS_PAGES=0) still decides when it says.
    mi_option_set_enabled_default(mi_option_large_os_pages, true);
    return stilas::cli::run(argc, argv);
}
