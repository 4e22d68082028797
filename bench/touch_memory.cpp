// Touches and frees memory, for bench/run.sh --memory: `--mb N` maps N MiB, writes one byte in
// every 4 KiB (in 2 MiB pages where the kernel gives them, as the build's allocator asks for),
// unmaps it and prints how fast the memory came. On a virtual machine whose host backs memory
// only when it is first touched and takes freed memory back a few seconds later, this is how a
// benchmark puts every build on the same footing: right after this, the free memory is backed;
// some seconds later, it is not.
//
//   stilas_bench_touch_memory --mb N
#include <sys/mman.h>

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    size_t mb = 0;
    for (int i = 1; i + 1 < argc; i += 2)
        if (std::string(argv[i]) == "--mb") mb = std::strtoull(argv[i + 1], nullptr, 10);
    if (mb == 0) {
        std::fprintf(stderr, "usage: stilas_bench_touch_memory --mb N\n");
        return 2;
    }
    const size_t bytes = mb << 20;
    const auto start = std::chrono::steady_clock::now();
    void* block = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == MAP_FAILED) {
        std::perror("mmap");
        return 1;
    }
    madvise(block, bytes, MADV_HUGEPAGE);
    auto* p = static_cast<volatile char*>(block);
    for (size_t i = 0; i < bytes; i += 4096) p[i] = 1;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    munmap(block, bytes);
    std::printf("%zu MiB in %.3f s: %.2f GB/s\n", mb, seconds, static_cast<double>(bytes) / 1e9 / seconds);
    return 0;
}
