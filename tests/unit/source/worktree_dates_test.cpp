#include <doctest/doctest.h>

#include "source/content_source.hpp"
#include "support/git_repo.hpp"
#include "support/temp_dir.hpp"

using namespace stilas;

TEST_CASE("a content folder inside a git work tree gets its files' dates from the history of HEAD") {
    test::TempDir tmp;
    tmp.write("content/a.md", "en");
    tmp.write("content/b.md", "to");
    REQUIRE(test::git(tmp.path(), "init -q") == 0);
    REQUIRE(test::commit_all(tmp.path(), "first", 1700000000));
    tmp.write("content/b.md", "to, endret");
    REQUIRE(test::commit_all(tmp.path(), "second", 1700086400));
    tmp.write("content/ny.md", "ikke lagt inn i git");

    diag::Diagnostics d;
    auto loaded = source::make_directory_source((tmp.path() / "content").string())->load(d);
    REQUIRE(loaded.files.size() == 3);
    CHECK(loaded.files[0].path == "a.md");
    CHECK(loaded.files[0].created == 1700000000);
    CHECK(loaded.files[0].modified == 1700000000);
    CHECK(loaded.files[1].created == 1700000000);
    CHECK(loaded.files[1].modified == 1700086400);
    CHECK(loaded.files[2].path == "ny.md");
    CHECK(loaded.files[2].modified == 0);
    CHECK(d.headlines().empty());
}

TEST_CASE("a content folder outside any git repository simply has no dates") {
    test::TempDir tmp;
    tmp.write("a.md", "en");
    diag::Diagnostics d;
    auto loaded = source::make_directory_source(tmp.str())->load(d);
    REQUIRE(loaded.files.size() == 1);
    CHECK(loaded.files[0].modified == 0);
}
