// How the process gets memory from the system: the settings of mimalloc, the allocator the
// binary links (CMakeLists.txt), for a build. The only component that includes mimalloc.
#pragma once

#include <cstddef>

namespace stilas::memory {

/// At start: memory a build frees is kept for its next allocations, not given back to the
/// system (a build lives seconds; memory given back would come back zeroed by the kernel, at
/// 2-4 % of a build's time). MIMALLOC_ALLOW_DECOMMIT in the environment still decides.
void configure_for_build();

/// Once the content is read (`content_bytes` in all): for a large site, new memory comes in
/// 2 MiB pages where the kernel gives them (transparent huge pages). A large model is read at
/// random (links, backlinks, listings), and with 4 KiB pages the page-table walks of those
/// reads grow faster than the site; for a small one 2 MiB pages only cost memory (they are
/// committed whole). MIMALLOC_LARGE_OS_PAGES in the environment still decides. (Seventh
/// session, 10,000 pages: asked for at the start of the build they took 38,100 page faults down
/// to 17,900, for 5 MB more at peak, 10 MB right after another big process freed its memory;
/// the speed gain, about 2 %, was within the machine's noise, and the memory target has no room
/// for it; asked for only once the content is read, at 32 MB, they gained nothing.)
void plan_for_content(size_t content_bytes);

/// Content from which plan_for_content() asks for 2 MiB pages.
inline constexpr size_t k_large_pages_from = size_t{128} << 20;

}  // namespace stilas::memory
