#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/git_repo.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "source/blob_id.hpp"
#include "source/content_source.hpp"

using namespace stilas;
using stilas::test::TempDir;
using stilas::test::write_file;

namespace {

std::vector<std::string> paths_of(const source::LoadResult& r) {
    std::vector<std::string> out;
    for (const auto& f : r.files) out.push_back(f.path);
    return out;
}

}  // namespace

TEST_CASE("a folder source reads every regular file, sorted in byte order, hidden names skipped") {
    TempDir tmp;
    const auto root = tmp.path() / "content";
    write_file(root / "b.md", "bee\n");
    write_file(root / "a" / "z.md", "zed\n");
    write_file(root / "a.md", "aa\n");
    write_file(root / "Z.md", "stor\n");
    write_file(root / ".DS_Store", "junk");
    write_file(root / ".git" / "config", "[core]\n");
    write_file(root / "a" / ".skjult" / "x.md", "skjult\n");
    diag::Diagnostics d;
    auto result = source::make_directory_source(root.string())->load(d);
    CHECK(result.error.empty());
    CHECK(paths_of(result) == std::vector<std::string>{"Z.md", "a.md", "a/z.md", "b.md"});
    CHECK(result.files[2].bytes == "zed\n");
    CHECK(result.files[2].created == 0);
    CHECK(result.files[2].modified == 0);
    CHECK(d.headlines().empty());
}

TEST_CASE("a folder source reads empty, small and large files byte for byte") {
    TempDir tmp;
    const auto root = tmp.path() / "content";
    std::string large;
    for (int i = 0; large.size() < 300000; ++i) large += "linje " + std::to_string(i) + " æøå\n";
    write_file(root / "empty.md", "");
    write_file(root / "one.md", "x");
    write_file(root / "large.md", large);
    diag::Diagnostics d;
    auto result = source::make_directory_source(root.string())->load(d);
    REQUIRE(paths_of(result) == std::vector<std::string>{"empty.md", "large.md", "one.md"});
    CHECK(result.files[0].bytes.empty());
    CHECK(result.files[1].bytes == large);
    CHECK(result.files[2].bytes == "x");
    CHECK(d.headlines().empty());
}

TEST_CASE("a folder source gives each file the blob id git gives the same bytes") {
    TempDir tmp;
    write_file(tmp.path() / "a.md", "blåbær\n");
    diag::Diagnostics d;
    auto result = source::make_directory_source(tmp.str())->load(d);
    REQUIRE(result.files.size() == 1);
    const std::string from_git = test::capture(tmp.path(), "git hash-object a.md");
    CHECK(from_git.size() == 40);
    CHECK(result.files[0].blob_id == from_git);
    CHECK(source::git_blob_id("blåbær\n") == from_git);
}

TEST_CASE("a symbolic link to /etc/passwd or to a folder is not read and gives SRC001") {
    TempDir tmp;
    const auto root = tmp.path() / "content";
    write_file(root / "ok.md", "ok\n");
    std::filesystem::create_symlink("/etc/passwd", root / "hemmelig.md");
    std::filesystem::create_directories(root / "verktoy");
    std::filesystem::create_directory_symlink("/etc", root / "verktoy" / "lenket");
    diag::Diagnostics d;
    auto result = source::make_directory_source(root.string())->load(d);
    CHECK(paths_of(result) == std::vector<std::string>{"ok.md"});
    const std::string prefix = root.string() + "/";
    CHECK(d.headlines() == std::vector<std::string>{
        prefix + "hemmelig.md: advarsel[SRC001]: «hemmelig.md» er en symbolsk lenke og blir ikke lest. "
                 "Erstatt lenken med selve filen eller mappen.",
        prefix + "verktoy/lenket: advarsel[SRC001]: «lenket» er en symbolsk lenke og blir ikke lest. "
                 "Erstatt lenken med selve filen eller mappen.",
    });
    for (const auto& f : result.files) CHECK(f.bytes.find("root:") == std::string::npos);
}

TEST_CASE("a FIFO in the content folder is skipped with SRC002 and never opened") {
    TempDir tmp;
    write_file(tmp.path() / "a.md", "a\n");
    REQUIRE(::mkfifo((tmp.path() / "ror").c_str(), 0644) == 0);
    diag::Diagnostics d;
    auto result = source::make_directory_source(tmp.str())->load(d);
    CHECK(paths_of(result) == std::vector<std::string>{"a.md"});
    CHECK(d.headlines() == std::vector<std::string>{
        tmp.str() + "/ror: advarsel[SRC002]: «ror» er ikke en vanlig fil eller mappe og blir ikke lest. "
                    "Fjern den fra innholdsmappen."});
}

TEST_CASE("an unreadable file is an SRC005 error with the system's reason") {
    if (::geteuid() == 0) return;  // root reads files whatever their mode
    TempDir tmp;
    write_file(tmp.path() / "laast.md", "x\n");
    std::filesystem::permissions(tmp.path() / "laast.md", std::filesystem::perms::none);
    diag::Diagnostics d;
    auto result = source::make_directory_source(tmp.str())->load(d);
    CHECK(result.files.empty());
    CHECK(d.headlines() == std::vector<std::string>{
        tmp.str() + "/laast.md: feil[SRC005]: «laast.md» kunne ikke leses: Permission denied. "
                    "Sjekk at du har lesetilgang til den."});
}

TEST_CASE("a missing content folder or a file given as the folder is an environment error") {
    TempDir tmp;
    diag::Diagnostics d;
    const std::string missing = tmp.str() + "/finnes-ikke";
    CHECK(source::make_directory_source(missing)->load(d).error ==
          "Fant ikke innholdsmappen «" + missing + "». Sjekk at stien er riktig.");
    write_file(tmp.path() / "fil.md", "x");
    const std::string file = tmp.str() + "/fil.md";
    CHECK(source::make_directory_source(file)->load(d).error ==
          "Innholdsmappen «" + file + "» er ikke en mappe. Oppgi mappen som har innholdet.");
    CHECK(d.headlines().empty());
}

TEST_CASE("the folder source's display prefix is the root as given with one trailing slash") {
    CHECK(source::make_directory_source("content")->display_prefix() == "content/");
    CHECK(source::make_directory_source("content/")->display_prefix() == "content/");
    CHECK(source::make_directory_source("../site/content")->display_prefix() == "../site/content/");
}

TEST_CASE("a folder whose path is too long to open is an SRC005 error, also for root") {
    TempDir tmp;
    write_file(tmp.path() / "a.md", "a\n");
    // Folders created relative to each other's descriptors, so the whole path may exceed PATH_MAX.
    const std::string name(200, 'd');
    int fd = ::open(tmp.path().c_str(), O_RDONLY | O_DIRECTORY);
    REQUIRE(fd >= 0);
    std::string rel;
    std::string first_too_long;
    for (int i = 0; i < 25; ++i) {
        REQUIRE(::mkdirat(fd, name.c_str(), 0755) == 0);
        int next = ::openat(fd, name.c_str(), O_RDONLY | O_DIRECTORY);
        ::close(fd);
        REQUIRE(next >= 0);
        fd = next;
        rel += (rel.empty() ? "" : "/") + name;
        if (first_too_long.empty() && tmp.str().size() + 1 + rel.size() >= 4096) first_too_long = rel;
    }
    ::close(fd);
    diag::Diagnostics d;
    auto result = source::make_directory_source(tmp.str())->load(d);
    CHECK(paths_of(result) == std::vector<std::string>{"a.md"});
    CHECK(d.headlines() == std::vector<std::string>{
        tmp.str() + "/" + first_too_long + ": feil[SRC005]: «" + name +
        "» kunne ikke leses: File name too long. Sjekk at du har lesetilgang til den."});
    std::system(("rm -rf " + test::shell_quote(tmp.str() + "/" + name)).c_str());
}
