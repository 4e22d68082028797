#include <doctest/doctest.h>

#include <unistd.h>

#include "support/git_repo.hpp"
#include "support/temp_dir.hpp"
#include "source/content_source.hpp"

using namespace stilas;
using stilas::test::commit_all;
using stilas::test::git;
using stilas::test::TempDir;
using stilas::test::write_file;

namespace {

std::vector<std::string> paths_of(const source::LoadResult& r) {
    std::vector<std::string> out;
    for (const auto& f : r.files) out.push_back(f.path);
    return out;
}

/// A repository with two commits on main (tag v1 on the first), a branch `utkast`, and an
/// uncommitted change in the work tree.
struct HistoryRepo {
    TempDir tmp;
    std::filesystem::path dir = tmp.path() / "repo";

    HistoryRepo() {
        std::filesystem::create_directories(dir);
        REQUIRE(git(dir, "init -q") == 0);
        write_file(dir / "a.md", "første\n");
        REQUIRE(commit_all(dir, "en", 1700000000));
        REQUIRE(git(dir, "tag v1") == 0);
        write_file(dir / "a.md", "andre\n");
        write_file(dir / "b.md", "ny\n");
        REQUIRE(commit_all(dir, "to", 1700001000));
        REQUIRE(git(dir, "branch utkast") == 0);
        write_file(dir / "a.md", "arbeidskopi\n");
        write_file(dir / "c.md", "ikke lagt inn\n");
    }
};

source::LoadResult load_git(const std::string& repo, const std::string& ref, const std::string& subdir,
                            diag::Diagnostics& d) {
    return source::make_git_source(repo, ref, subdir)->load(d);
}

}  // namespace

TEST_CASE("a git source loads the tree of the ref, not HEAD and not the work tree") {
    HistoryRepo r;
    diag::Diagnostics d;
    for (std::string ref : std::vector<std::string>{"v1", "HEAD~1", test::capture(r.dir, "git rev-parse HEAD~1")}) {
        CAPTURE(ref);
        auto old = load_git(r.dir.string(), ref, "", d);
        CHECK(old.error.empty());
        REQUIRE(paths_of(old) == std::vector<std::string>{"a.md"});
        CHECK(old.files[0].bytes == "første\n");
        CHECK(old.files[0].blob_id == test::capture(r.dir, "git rev-parse v1:a.md"));
    }
    auto head = load_git(r.dir.string(), "main", "", d);
    REQUIRE(paths_of(head) == std::vector<std::string>{"a.md", "b.md"});
    CHECK(head.files[0].bytes == "andre\n");
    CHECK(load_git(r.dir.string(), "", "", d).files.size() == 2);  // empty ref means HEAD
    CHECK(d.headlines().empty());
}

TEST_CASE("a git source reads a bare clone") {
    HistoryRepo r;
    const auto bare = r.tmp.path() / "bare.git";
    REQUIRE(git(r.tmp.path(), "clone -q --bare repo bare.git") == 0);
    diag::Diagnostics d;
    auto result = load_git(bare.string(), "main", "", d);
    CHECK(result.error.empty());
    CHECK(paths_of(result) == std::vector<std::string>{"a.md", "b.md"});
    CHECK(load_git(bare.string(), "v1", "", d).files.at(0).bytes == "første\n");
}

TEST_CASE("a git source below a subfolder reads only it, and refuses links and submodules") {
    TempDir tmp;
    const auto dir = tmp.path();
    REQUIRE(git(dir, "init -q") == 0);
    write_file(dir / "README.md", "rot\n");
    write_file(dir / "content" / "verktoy" / "igp.md", "igp\n");
    write_file(dir / "content" / "om.md", "om\n");
    write_file(dir / "content" / ".gitkeep", "");
    write_file(dir / "content" / ".skjult" / "x.md", "x\n");
    std::filesystem::create_symlink("../README.md", dir / "content" / "lenke.md");
    std::filesystem::create_directory_symlink("/etc", dir / "content" / "verktoy" / "etc");
    REQUIRE(commit_all(dir, "en", 1700000000));
    const std::string sha = test::capture(dir, "git rev-parse HEAD");
    REQUIRE(git(dir, "update-index --add --cacheinfo 160000," + sha + ",content/modul") == 0);
    REQUIRE(git(dir, "commit -q -m undermodul", 1700000100) == 0);

    for (std::string subdir : std::vector<std::string>{"content", "content/", "./content"}) {
        CAPTURE(subdir);
        diag::Diagnostics d;
        auto src = source::make_git_source(dir.string(), "HEAD", subdir);
        auto result = src->load(d);
        CHECK(result.error.empty());
        CHECK(src->display_prefix() == "content/");
        CHECK(paths_of(result) == std::vector<std::string>{"om.md", "verktoy/igp.md"});
        CHECK(d.headlines() == std::vector<std::string>{
            "content/lenke.md: advarsel[SRC001]: «lenke.md» er en symbolsk lenke og blir ikke lest. "
            "Erstatt lenken med selve filen eller mappen.",
            "content/modul: advarsel[SRC003]: «modul» er en git-undermodul og blir ikke lest. "
            "Legg innholdet direkte i depotet i stedet for som undermodul.",
            "content/verktoy/etc: advarsel[SRC001]: «etc» er en symbolsk lenke og blir ikke lest. "
            "Erstatt lenken med selve filen eller mappen.",
        });
    }
    diag::Diagnostics d;
    auto whole = source::make_git_source(dir.string(), "HEAD", "");
    CHECK(whole->display_prefix() == "");
    CHECK(paths_of(whole->load(d)) ==
          std::vector<std::string>{"README.md", "content/om.md", "content/verktoy/igp.md"});
}

TEST_CASE("an unknown ref names the closest branch and lists branches and tags") {
    HistoryRepo r;
    diag::Diagnostics d;
    const std::string repo = r.dir.string();
    CHECK(load_git(repo, "mainn", "", d).error ==
          "Fant ikke «mainn» i git-depotet «" + repo + "». Mente du «main»? Grener: main, utkast. Merkelapper: v1.");
    CHECK(load_git(repo, "publisert", "", d).error ==
          "Fant ikke «publisert» i git-depotet «" + repo + "». Grener: main, utkast. Merkelapper: v1.");
    CHECK(load_git(repo, "HEAD~5", "", d).error ==
          "Fant ikke «HEAD~5» i git-depotet «" + repo + "». Grener: main, utkast. Merkelapper: v1.");
    CHECK(d.headlines().empty());
}

TEST_CASE("a folder that is not a repository, a missing folder and an empty repository are errors") {
    TempDir tmp;
    diag::Diagnostics d;
    const std::string plain = tmp.str();
    CHECK(load_git(plain, "main", "", d).error ==
          "«" + plain + "» er ikke et git-depot. Oppgi toppmappen i depotet (der .git ligger) eller et bart depot.");
    const std::string missing = tmp.str() + "/borte";
    CHECK(load_git(missing, "main", "", d).error ==
          "Fant ikke git-depotet «" + missing + "»: mappen finnes ikke. Sjekk stien.");
    const auto empty = tmp.path() / "tomt";
    std::filesystem::create_directories(empty);
    REQUIRE(git(empty, "init -q") == 0);
    CHECK(load_git(empty.string(), "HEAD", "", d).error ==
          "Git-depotet «" + empty.string() + "» har ingen commits ennå. Legg inn innholdet med «git commit» først.");
}

TEST_CASE("a subfolder missing at the ref, or a file in its place, is an error") {
    HistoryRepo r;
    diag::Diagnostics d;
    const std::string repo = r.dir.string();
    CHECK(load_git(repo, "v1", "content", d).error ==
          "Fant ikke mappen «content» i «v1» i git-depotet «" + repo +
              "». Sjekk at mappen finnes i den versjonen («git ls-tree --name-only v1»).");
    CHECK(load_git(repo, "main", "a.md", d).error ==
          "Fant ikke mappen «a.md» i «main» i git-depotet «" + repo +
              "». Sjekk at mappen finnes i den versjonen («git ls-tree --name-only main»).");
    CHECK(load_git(repo, "main", "../x", d).error ==
          "Fant ikke mappen «../x» i «main» i git-depotet «" + repo +
              "». Sjekk at mappen finnes i den versjonen («git ls-tree --name-only main»).");
}

TEST_CASE("a ref that names a blob is refused") {
    HistoryRepo r;
    diag::Diagnostics d;
    const std::string repo = r.dir.string();
    CHECK(load_git(repo, "main:a.md", "", d).error ==
          "«main:a.md» i git-depotet «" + repo +
              "» peker ikke på en commit. Oppgi en gren, en merkelapp eller en commit-id.");
}

TEST_CASE("a repository owned by another user gives the safe.directory command") {
    if (::geteuid() != 0) return;  // only root can hand the folder to another user
    HistoryRepo r;
    REQUIRE(::chown(r.dir.c_str(), 4242, 4242) == 0);
    REQUIRE(::chown((r.dir / ".git").c_str(), 4242, 4242) == 0);
    diag::Diagnostics d;
    const std::string repo = r.dir.string();
    CHECK(load_git(repo + "/", "main", "", d).error ==
          "Git nekter å åpne «" + repo + "/» fordi mappen eies av en annen bruker. "
          "Stoler du på depotet, kjør «git config --global --add safe.directory " + repo + "» og prøv igjen.");
}

TEST_CASE("a blob missing from the object store is an SRC006 error naming the file") {
    HistoryRepo r;
    const std::string id = test::capture(r.dir, "git rev-parse main:b.md");
    std::filesystem::remove(r.dir / ".git" / "objects" / id.substr(0, 2) / id.substr(2));
    diag::Diagnostics d;
    auto result = load_git(r.dir.string(), "main", "", d);
    CHECK(result.error.empty());
    CHECK(paths_of(result) == std::vector<std::string>{"a.md"});
    CHECK(d.headlines() == std::vector<std::string>{
        "b.md: feil[SRC006]: Git-objektet «" + id + "» for «b.md» mangler eller er skadet. "
        "Kjør «git fsck» i depotet for å finne feilen."});
}
