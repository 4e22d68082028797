// argv → cli::run; prints what it returns; the exit code. Nothing else but the allocator's
// settings for a build, and the thread the build runs on (memory/).
#include "cli/cli.hpp"
#include "memory/memory.hpp"

int main(int argc, char** argv) {
    stilas::memory::configure_for_build();
    return stilas::memory::run_on_fresh_heap([&] { return stilas::cli::run(argc, argv); });
}
