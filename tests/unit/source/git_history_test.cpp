#include <doctest/doctest.h>

#include "support/cpu_clock.hpp"

#include <chrono>
#include <csignal>
#include <cstdio>

#include "support/git_repo.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "source/content_source.hpp"

using namespace stilas;
using stilas::test::commit_all;
using stilas::test::git;
using stilas::test::TempDir;
using stilas::test::write_file;

namespace {

constexpr long long k_t1 = 1700000000;
constexpr long long k_t2 = 1700100000;
constexpr long long k_t3 = 1700200000;

/// Three commits below content/: a.md changed in the second, b.md in the third, c.md added in
/// the second; the third also changes a file outside content/.
struct DatedRepo {
    TempDir tmp;
    std::filesystem::path dir = tmp.path() / "repo";

    DatedRepo() {
        std::filesystem::create_directories(dir);
        REQUIRE(git(dir, "init -q") == 0);
        write_file(dir / "content" / "a.md", "a1\n");
        write_file(dir / "content" / "x" / "b.md", "b1\n");
        write_file(dir / "README.md", "r1\n");
        REQUIRE(commit_all(dir, "en", k_t1));
        write_file(dir / "content" / "a.md", "a2\n");
        write_file(dir / "content" / "c.md", "c1\n");
        REQUIRE(commit_all(dir, "to", k_t2));
        write_file(dir / "content" / "x" / "b.md", "b2\n");
        write_file(dir / "README.md", "r2\n");
        REQUIRE(commit_all(dir, "tre", k_t3));
    }
};

struct Dates {
    int64_t created;
    int64_t modified;
    friend bool operator==(const Dates&, const Dates&) = default;
};

std::map<std::string, Dates> dates_of(const source::LoadResult& r) {
    std::map<std::string, Dates> out;
    for (const auto& f : r.files) out[f.path] = Dates{f.created, f.modified};
    return out;
}

}  // namespace

namespace doctest {
template <>
struct StringMaker<Dates> {
    static String convert(const Dates& d) {
        return (std::to_string(d.created) + "/" + std::to_string(d.modified)).c_str();
    }
};
}  // namespace doctest

TEST_CASE("git dates are the times of the first and last commit that changed each file") {
    DatedRepo r;
    diag::Diagnostics d;
    auto dates = dates_of(source::make_git_source(r.dir.string(), "main", "content")->load(d));
    CHECK(dates["a.md"] == Dates{k_t1, k_t2});
    CHECK(dates["c.md"] == Dates{k_t2, k_t2});
    CHECK(dates["x/b.md"] == Dates{k_t1, k_t3});
    CHECK(d.headlines().empty());

    auto whole = dates_of(source::make_git_source(r.dir.string(), "main", "")->load(d));
    CHECK(whole["README.md"] == Dates{k_t1, k_t3});
    CHECK(whole["content/a.md"] == Dates{k_t1, k_t2});
}

TEST_CASE("git dates stop at the ref: later commits do not count") {
    DatedRepo r;
    diag::Diagnostics d;
    auto dates = dates_of(source::make_git_source(r.dir.string(), "HEAD~1", "content")->load(d));
    CHECK(dates["a.md"] == Dates{k_t1, k_t2});
    CHECK(dates["x/b.md"] == Dates{k_t1, k_t1});
    CHECK(dates.count("c.md") == 1);
}

TEST_CASE("a shallow clone keeps the dates it can see and warns once with SRC004") {
    DatedRepo r;
    const auto shallow = r.tmp.path() / "grunn";
    REQUIRE(git(r.tmp.path(), "clone -q --depth 2 file://" + r.dir.string() + " grunn") == 0);
    diag::Diagnostics d;
    auto result = source::make_git_source(shallow.string(), "HEAD", "content")->load(d);
    CHECK(result.error.empty());
    auto dates = dates_of(result);
    // The oldest commit present (t2) stands in as the creation of everything it holds.
    CHECK(dates["a.md"] == Dates{k_t2, k_t2});
    CHECK(dates["x/b.md"] == Dates{k_t2, k_t3});
    CHECK(d.headlines() == std::vector<std::string>{
        shallow.string() + ": advarsel[SRC004]: Git-historikken er grunn (shallow clone); datoene kan være feil. "
        "Hent hele historikken med «git fetch --unshallow» (i GitHub Actions: «fetch-depth: 0» i actions/checkout)."});
}

TEST_CASE("a folder source in the work tree gets the same dates as the git source at HEAD") {
    DatedRepo r;
    diag::Diagnostics d;
    auto from_folder = dates_of(source::make_directory_source((r.dir / "content").string())->load(d));
    auto from_git = dates_of(source::make_git_source(r.dir.string(), "HEAD", "content")->load(d));
    CHECK(from_folder == from_git);
    CHECK(from_folder["a.md"].modified > 0);
}

TEST_CASE("git dates over thousands of commits stay fast") {
    TempDir tmp;
    REQUIRE(git(tmp.path(), "init -q") == 0);
    // fast-import writes 3000 commits in well under a second; each changes one of 300 files.
    constexpr int k_commits = 3000;
    constexpr int k_files = 300;
    std::string stream;
    for (int i = 0; i < k_commits; ++i) {
        const std::string data = "versjon " + std::to_string(i) + "\n";
        const std::string when = std::to_string(k_t1 + i * 60) + " +0000";
        stream += "commit refs/heads/main\ncommitter T <t@example.no> " + when + "\ndata 2\nc\n";
        stream += "M 100644 inline content/d" + std::to_string(i % 10) + "/f" + std::to_string(i % k_files) +
                  ".md\ndata " + std::to_string(data.size()) + "\n" + data + "\n";
    }
    const std::string cmd = "cd " + test::shell_quote(tmp.str()) + " && " + test::git_env(k_t1) + "fast-import --quiet";
    // If fast-import dies, a write must fail instead of killing the test binary with SIGPIPE.
    auto* previous = std::signal(SIGPIPE, SIG_IGN);
    FILE* pipe = ::popen(cmd.c_str(), "w");
    REQUIRE(pipe != nullptr);
    std::fwrite(stream.data(), 1, stream.size(), pipe);
    const int status = ::pclose(pipe);
    std::signal(SIGPIPE, previous);
    REQUIRE(status == 0);

    diag::Diagnostics d;
    const double start = stilas::test::thread_cpu_seconds();
    auto result = source::make_git_source(tmp.str(), "main", "content")->load(d);
    const double elapsed = stilas::test::thread_cpu_seconds() - start;
    CHECK(result.files.size() == static_cast<size_t>(k_files));
    auto dates = dates_of(result);
    // f7 lives in d7 and is written by commits 7, 307, …, 2707.
    CHECK(dates["d7/f7.md"] == Dates{k_t1 + 7 * 60, k_t1 + 2707 * 60});
    CHECK(elapsed < 3.0);
    MESSAGE("3000 commits: " << elapsed * 1000 << " ms CPU");
}
