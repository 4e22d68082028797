#include <doctest/doctest.h>

#include "source/content_source.hpp"
#include "support/git_repo.hpp"
#include "support/temp_dir.hpp"

using namespace stilas;
using stilas::test::commit_all;
using stilas::test::git;
using stilas::test::TempDir;
using stilas::test::write_file;

namespace {

const source::SourceFile& file_named(const source::LoadResult& r, const std::string& path) {
    for (const auto& f : r.files)
        if (f.path == path) return f;
    FAIL("no file " << path);
    return r.files.front();
}

}  // namespace

TEST_CASE("a folder source reads a file again only while it has the bytes it had when loaded") {
    TempDir tmp;
    write_file(tmp.path() / "a.md", "første\n");
    const auto source = source::make_directory_source(tmp.path().string());
    diag::Diagnostics d;
    const auto loaded = source->load(d);
    const auto& a = file_named(loaded, "a.md");
    CHECK(source->reread(a) == std::optional<std::string>("første\n"));
    write_file(tmp.path() / "a.md", "endret\n");
    CHECK_FALSE(source->reread(a).has_value());
    std::filesystem::remove(tmp.path() / "a.md");
    CHECK_FALSE(source->reread(a).has_value());
}

TEST_CASE("a folder source without blob ids knows a file again by its size and time") {
    TempDir tmp;
    write_file(tmp.path() / "a.md", "første\n");
    const auto source = source::make_directory_source(tmp.path().string(), false);
    diag::Diagnostics d;
    const auto loaded = source->load(d);
    const auto& a = file_named(loaded, "a.md");
    CHECK(a.blob_id.empty());
    CHECK(a.stamp != 0);
    CHECK(source->reread(a) == std::optional<std::string>("første\n"));
    write_file(tmp.path() / "a.md", "endret igjen\n");  // another size (a time within the same clock tick could repeat)
    CHECK_FALSE(source->reread(a).has_value());
    std::filesystem::remove(tmp.path() / "a.md");
    CHECK_FALSE(source->reread(a).has_value());
}

TEST_CASE("a git source reads a file of the ref again from its blob, whatever the work tree holds") {
    TempDir tmp;
    const auto dir = tmp.path() / "repo";
    std::filesystem::create_directories(dir);
    REQUIRE(git(dir, "init -q") == 0);
    write_file(dir / "a.md", "lagt inn\n");
    REQUIRE(commit_all(dir, "en", 1700000000));
    write_file(dir / "a.md", "arbeidskopi\n");
    const auto source = source::make_git_source(dir.string(), "HEAD", "");
    diag::Diagnostics d;
    const auto loaded = source->load(d);
    const auto& a = file_named(loaded, "a.md");
    CHECK(source->reread(a) == std::optional<std::string>("lagt inn\n"));
    source::SourceFile unknown = a;
    unknown.blob_id = std::string(40, '0');
    CHECK_FALSE(source->reread(unknown).has_value());
}

TEST_CASE("a memory source reads its own bytes again") {
    const auto source = source::make_memory_source({{"a.md", "x\n"}});
    diag::Diagnostics d;
    const auto loaded = source->load(d);
    CHECK(source->reread(loaded.files.at(0)) == std::optional<std::string>("x\n"));
    source::SourceFile other = loaded.files.at(0);
    other.path = "b.md";
    CHECK_FALSE(source->reread(other).has_value());
}
