// CPU time of the calling thread, for the few tests that guard against super-linear blow-ups:
// unlike wall time it does not grow when other processes load the machine.
#pragma once

#include <time.h>

namespace stilas::test {

/// Seconds of CPU time this thread has used so far.
inline double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace stilas::test
