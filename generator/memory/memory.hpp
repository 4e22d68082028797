// How the process gets memory from the system: the settings of mimalloc, the allocator the
// binary links (CMakeLists.txt), for a build. The only component that includes mimalloc.
#pragma once

#include <cstddef>
#include <functional>

namespace stilas::memory {

/// At start, two settings:
/// - Memory a build frees is kept for its next allocations, not given back to the system (a
///   build lives seconds; memory given back would come back zeroed by the kernel, at 2-4 % of a
///   build's time). MIMALLOC_ALLOW_DECOMMIT in the environment still decides.
/// - New memory comes in 2 MiB pages where the kernel gives them (transparent huge pages), every
///   thread's first block too, until plan_for_content() and bulk_allocated() say otherwise. A
///   build touches all its memory once, and a page fault costs per page: 38,000 faults at
///   10,000 pages, on a virtual machine 10-11 µs each (a quarter of the build's CPU time), against
///   under 2,000. MIMALLOC_LARGE_OS_PAGES (and MIMALLOC_EAGER_COMMIT_DELAY) in the environment
///   still decide.
void configure_for_build();

/// Runs `work` on a thread of its own (with the main thread's stack size) and returns what it
/// returns. The main thread's first block of memory was taken before main(), in 4 KiB pages;
/// a thread started after configure_for_build() gets its own in 2 MiB pages.
int run_on_fresh_heap(const std::function<int()>& work);

/// Once the content is read (`content_bytes` in all): whether the 2 MiB pages stay for the whole
/// build. For a large site they do: a large model is read at random (links, backlinks,
/// listings), and with 4 KiB pages the page-table walks of those reads grow faster than the site.
void plan_for_content(size_t content_bytes);

/// Once every page is parsed and linked (the bulk of the build's memory taken): for a site under
/// k_large_pages_from, new memory comes in 4 KiB pages from here on. What rendering and the
/// search index add is small and made of many small blocks, and 2 MiB pages would hold more
/// memory than it needs (10,000 pages: 3-4 MB more at peak with 2 MiB pages to the end). The
/// link phase's model is no such thing: made in 4 KiB pages it cost 1,700-3,000 more faults and
/// 50-80 ms more CPU a build at 10,000 pages (in the link and render phases), for 0.5-2 MB less
/// at peak.
void bulk_allocated();

/// Content from which the 2 MiB pages stay for the whole build.
inline constexpr size_t k_large_pages_from = size_t{128} << 20;

}  // namespace stilas::memory
