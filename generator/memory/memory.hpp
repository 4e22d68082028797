// How the process gets memory from the system: the settings of mimalloc, the allocator the
// binary links (CMakeLists.txt), for a build. The only component that includes mimalloc.
#pragma once

namespace stilas::memory {

/// At start, for the whole build:
/// - memory a build frees is kept for its next allocations, not given back to the system (a
///   build lives seconds; memory given back would come back zeroed by the kernel, at 2-4 % of
///   a build's time);
/// - new memory comes in 2 MiB pages where the kernel gives them (transparent huge pages): a
///   large model is read at random (links, backlinks, listings), and with 4 KiB pages the page
///   faults and page-table walks grow with the site. Set here, after mimalloc has started, they
///   back about half the heap (80 of 146 MB at 10,000 pages, 17,900 page faults instead of
///   38,100; about 2 % faster in 12 alternating pairs on a noisy machine, 1.30 against 1.33 s).
///   MIMALLOC_LARGE_OS_PAGES=1 in the environment, read as mimalloc starts, gets 117 of 154 MB
///   (9,300 faults; 6 % faster in 8 quiet pairs). Taken only once the content was read, as
///   until the seventh session, they gained nothing at 10,000 pages. They cost every build
///   about 5 MB (the bundled site 24 -> 30 MB; 10,000 pages 164 against 159 MB).
/// MIMALLOC_ALLOW_DECOMMIT and MIMALLOC_LARGE_OS_PAGES in the environment still decide.
void configure_for_build();

}  // namespace stilas::memory
