#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "source/blob_id.hpp"
#include "source/content_source.hpp"
#include "source/stamp_cache.hpp"
#include "support/temp_dir.hpp"

using namespace stilas;
using stilas::test::TempDir;

namespace {

// File times follow the kernel's tick (up to 10 ms): steps of a test are further apart than that,
// so that a change after a build never shares its time with what that build saw.
void next_tick() { std::this_thread::sleep_for(std::chrono::milliseconds(30)); }

struct Folder {
    TempDir tmp;
    std::string root = (tmp.path() / "content").string();
    std::string table = (tmp.path() / "cache" / std::string(source::k_stamp_file)).string();

    source::LoadResult load(int64_t margin_ns = 0) const {
        source::FolderOptions options;
        options.stamp_file = table;
        options.stamp_margin_ns = margin_ns;
        diag::Diagnostics d;
        auto result = source::make_directory_source(root, options)->load(d);
        CHECK(d.sorted().empty());
        return result;
    }
};

// Every file's id is the id of the bytes it was loaded with.
void check_ids(const source::LoadResult& r) {
    for (const auto& f : r.files) CHECK_MESSAGE(f.blob_id == source::git_blob_id(f.bytes), f.path);
}

}  // namespace

TEST_CASE("a folder build with a stamp table hashes only the files changed since the last build") {
    Folder f;
    f.tmp.write("content/a.md", "en\n");
    f.tmp.write("content/b/c.md", "to\n");
    f.tmp.write("content/d.png", "tre");
    next_tick();

    const auto first = f.load();
    CHECK(first.files.size() == 3);
    CHECK(first.hashed == 3);   // no table yet
    check_ids(first);
    CHECK(std::filesystem::exists(f.table));

    const auto second = f.load();
    CHECK(second.hashed == 0);
    check_ids(second);

    // Same size, and the modification time set back: the change time still tells.
    next_tick();
    struct stat before {};
    REQUIRE(::stat((f.tmp.path() / "content/a.md").c_str(), &before) == 0);
    f.tmp.write("content/a.md", "E1\n");
    const timespec times[2] = {before.st_atim, before.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, (f.tmp.path() / "content/a.md").c_str(), times, 0) == 0);
    f.tmp.write("content/e.md", "fire\n");   // a new file
    next_tick();
    const auto third = f.load();
    CHECK(third.files.size() == 4);
    CHECK(third.hashed == 2);
    check_ids(third);

    // A removed file leaves the table with the next build.
    std::filesystem::remove(f.tmp.path() / "content/d.png");
    next_tick();
    const auto fourth = f.load();
    CHECK(fourth.hashed == 0);
    check_ids(fourth);
    CHECK(source::StampCache::read(f.table, std::filesystem::absolute(f.root).lexically_normal().string(), 0).size() == 3);
}

TEST_CASE("a stamp is not trusted for a file changed within the margin before the recording build") {
    Folder f;
    f.tmp.write("content/a.md", "en\n");
    f.tmp.write("content/b.md", "to\n");
    next_tick();
    const int64_t hour = int64_t{3600} * 1'000'000'000;
    CHECK(f.load(hour).hashed == 2);
    const auto again = f.load(hour);   // both were written less than an hour before the first build
    CHECK(again.hashed == 2);
    check_ids(again);
    CHECK(f.load(0).hashed == 0);   // the same table, with no margin
}

TEST_CASE("a damaged, foreign or missing stamp table only means hashing every file") {
    Folder f;
    f.tmp.write("content/a.md", "en\n");
    f.tmp.write("content/b.md", "to\n");
    next_tick();
    CHECK(f.load().hashed == 2);
    std::string bytes;
    {
        std::ifstream in(f.table, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    REQUIRE(bytes.size() > 100);
    auto rewrite = [&](const std::string& b) {
        std::ofstream(f.table, std::ios::binary | std::ios::trunc) << b;
    };
    // Every cut of the file, and every byte changed to another (most of them land in the
    // stamps, which must then not match, or in the lengths and ids, which must be rejected).
    for (size_t cut = 0; cut < bytes.size(); ++cut) {
        rewrite(bytes.substr(0, cut));
        const auto r = f.load();
        CHECK(r.hashed == 2);
        check_ids(r);
    }
    for (size_t i = 0; i < bytes.size(); ++i) {
        std::string changed = bytes;
        changed[i] = static_cast<char>(changed[i] ^ 0x5A);
        rewrite(changed);
        const auto r = f.load();
        check_ids(r);
    }
    // A table recorded for another folder with the same files.
    TempDir other;
    std::filesystem::copy(f.root, other.path() / "content", std::filesystem::copy_options::recursive);
    rewrite(bytes);
    source::FolderOptions options;
    options.stamp_file = f.table;
    options.stamp_margin_ns = 0;
    diag::Diagnostics d;
    CHECK(source::make_directory_source((other.path() / "content").string(), options)->load(d).hashed == 2);
}

TEST_CASE("without a stamp table every file is hashed, and none without blob ids") {
    Folder f;
    f.tmp.write("content/a.md", "en\n");
    diag::Diagnostics d;
    const auto with_ids = source::make_directory_source(f.root)->load(d);
    CHECK(with_ids.hashed == 1);
    check_ids(with_ids);
    CHECK(source::make_directory_source(f.root)->load(d).hashed == 1);
    const auto without = source::make_directory_source(f.root, false)->load(d);
    CHECK(without.hashed == 0);
    CHECK(without.files.at(0).blob_id.empty());
    CHECK_FALSE(std::filesystem::exists(f.table));
}

TEST_CASE("a stamp that no longer matches is never trusted, even with a clock that says the file is old") {
    // A table recorded by a build whose clock ran an hour ahead: the margin alone would trust
    // every file, so only the stamps tell a changed one.
    Folder f;
    f.tmp.write("content/a.md", "en\n");
    f.tmp.write("content/b.md", "to\n");
    const std::string root = std::filesystem::absolute(f.root).lexically_normal().string();
    auto entry = [&](const std::string& name, const std::string& bytes) {
        struct stat st {};
        REQUIRE(::stat((f.tmp.path() / "content" / name).c_str(), &st) == 0);
        const auto ns = [](const timespec& t) { return static_cast<int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; };
        return source::StampEntry{name,
                                  {static_cast<uint64_t>(st.st_size), ns(st.st_mtim), ns(st.st_ctim),
                                   static_cast<uint64_t>(st.st_ino), static_cast<uint64_t>(st.st_dev)},
                                  source::git_blob_id(bytes)};
    };
    const std::vector<source::StampEntry> entries{entry("a.md", "en\n"), entry("b.md", "to\n")};
    const int64_t hour = int64_t{3600} * 1'000'000'000;
    source::StampCache::write(f.table, root, source::wall_clock_ns() + hour, entries);
    CHECK(f.load().hashed == 0);
    source::StampCache::write(f.table, root, source::wall_clock_ns() + hour, entries);
    next_tick();
    f.tmp.write("content/a.md", "E1\n");   // same size; the change time moves
    const auto r = f.load();
    CHECK(r.hashed == 1);
    check_ids(r);
}
