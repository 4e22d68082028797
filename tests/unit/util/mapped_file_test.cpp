#include <doctest/doctest.h>

#include "util/mapped_file.hpp"
#include "util/paths.hpp"

#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>

#include "support/temp_dir.hpp"

using namespace stilas::util;

namespace {
// Bytes of every value, some zero, over more than one page.
std::string sample_bytes(size_t n) {
    std::string s(n, '\0');
    for (size_t i = 0; i < n; ++i) s[i] = static_cast<char>((i * 131 + i / 7) & 0xFF);
    return s;
}
}  // namespace

TEST_CASE("read_whole_file reads every byte of a file, and refuses what is not one") {
    stilas::test::TempDir dir;
    for (const size_t size : {size_t{0}, size_t{1}, size_t{4095}, size_t{4096}, size_t{70001}}) {
        INFO(size);
        const std::string bytes = sample_bytes(size);
        dir.write("f.bin", bytes);
        std::string out = "left over";
        REQUIRE(read_whole_file((dir.path() / "f.bin").string(), out));
        CHECK(out == bytes);
    }
    std::string out;
    CHECK_FALSE(read_whole_file((dir.path() / "missing.bin").string(), out));
    std::filesystem::create_directories(dir.path() / "folder");
    CHECK_FALSE(read_whole_file((dir.path() / "folder").string(), out));
}

TEST_CASE("a mapped file gives the file's bytes, and keeps them when the file is replaced") {
    stilas::test::TempDir dir;
    const std::string path = (dir.path() / "cache.bin").string();
    const std::string bytes = sample_bytes(10000);
    dir.write("cache.bin", bytes);
    MappedFile file(path);
    REQUIRE(file.mapped());
    CHECK(file.bytes() == bytes);

    // Replaced by a rename, as the caches replace their files: the mapping keeps the old bytes.
    dir.write("new.bin", "other bytes");
    REQUIRE(std::rename((dir.path() / "new.bin").string().c_str(), path.c_str()) == 0);
    CHECK(file.bytes() == bytes);
    CHECK(MappedFile(path).bytes() == "other bytes");

    MappedFile moved(std::move(file));
    CHECK_FALSE(file.mapped());
    CHECK(moved.bytes() == bytes);
    file = std::move(moved);
    CHECK(file.bytes() == bytes);
    file.reset();
    CHECK_FALSE(file.mapped());
    CHECK(file.bytes().empty());
}

TEST_CASE("what cannot be mapped is no mapping: a missing file, an empty one, a folder") {
    stilas::test::TempDir dir;
    dir.write("empty.bin", "");
    std::filesystem::create_directories(dir.path() / "folder");
    for (const char* name : {"missing.bin", "empty.bin", "folder"}) {
        INFO(name);
        const MappedFile file((dir.path() / name).string());
        CHECK_FALSE(file.mapped());
        CHECK(file.bytes().empty());
    }
}
