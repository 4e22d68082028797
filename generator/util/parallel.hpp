// parallel_for: run a function over the indexes 0..n-1 on a few threads. Results that callers
// store by index come out the same whatever the thread count.
#pragma once

#include <cstddef>
#include <functional>

namespace stilas::util {

/// The number of worker threads to use for `requested` (0 = all cores, at least 1).
unsigned thread_count(unsigned requested);

/// Calls `fn(i)` once for every i in [0, n), on up to `threads` threads (the calling thread is
/// one of them). Work is handed out in small chunks from a shared counter. `fn` must not throw.
void parallel_for(size_t n, unsigned threads, const std::function<void(size_t)>& fn);

}  // namespace stilas::util
