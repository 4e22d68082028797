// End to end through the stilas binary: exit codes, git refs, publishing safely,
// byte-identical rebuilds.
#include <doctest/doctest.h>

#include <filesystem>

#include "e2e/site_fixture.hpp"
#include "support/inline_site.hpp"
#include "support/printers.hpp"
#include "support/git_repo.hpp"
#include "support/process.hpp"

using namespace stilas::test;
namespace fs = std::filesystem;

namespace {
std::string run_stilas(const std::string& args) { return shell_quote(stilas_binary()) + " " + args; }

// A content folder plus the repository's themes, ready for --source/--themes.
struct SiteOnDisk {
    TempDir dir;
    explicit SiteOnDisk(const std::string& txtar) { dir.write_files(parse_txtar(txtar), "content"); }
    std::string content() const { return shell_quote((dir.path() / "content").string()); }
    std::string out() const { return shell_quote((dir.path() / "public").string()); }
    std::string common() const { return "--source " + content() + " --themes " + shell_quote(themes_dir()); }
};


}  // namespace

TEST_CASE("stilas build writes the site and exits 0; check writes nothing") {
    SiteOnDisk site(typed_site_config() + typed_site_pages());
    auto check = run_command(run_stilas("check " + site.common()));
    CHECK(check.exit_code == 0);
    CHECK(check.output.find("Ingen feil.") != std::string::npos);
    CHECK_FALSE(fs::exists(site.dir.path() / "public"));
    auto build = run_command(run_stilas("build " + site.common() + " --out " + site.out()));
    CHECK(build.exit_code == 0);
    CHECK(fs::exists(site.dir.path() / "public/verktoy/igp/index.html"));
    CHECK(fs::exists(site.dir.path() / "public/.stilas-output"));
}

TEST_CASE("content errors exit 1 with every error printed with its source line; usage errors exit 2") {
    SiteOnDisk site(typed_site_config() + typed_site_pages() + "-- verktoy/ny.md --\n---\ntitle: Ny\nmetoder: [x]\n---\n");
    auto build = run_command(run_stilas("build " + site.common() + " --out " + site.out()));
    CHECK(build.exit_code == 1);
    CHECK(build.output.find("content/verktoy/ny.md:3:11: feil[REF001]") != std::string::npos);
    CHECK(build.output.find("  3 | metoder: [x]\n    |           ^\n") != std::string::npos);
    CHECK(build.output.find("1 feil.") != std::string::npos);
    CHECK_FALSE(fs::exists(site.dir.path() / "public"));

    CHECK(run_command(run_stilas("build --no-such-option")).exit_code == 2);
    CHECK(run_command(run_stilas("build --source /finnes/ikke --out " + site.out())).exit_code == 2);
    CHECK(run_command(run_stilas("--help")).exit_code == 0);
    auto help = run_command(run_stilas("build --help"));
    CHECK(help.exit_code == 0);
    CHECK(help.output.find("--repo") != std::string::npos);
}

TEST_CASE("a failed build leaves the previous site exactly as it was") {
    SiteOnDisk site(typed_site_config() + typed_site_pages());
    REQUIRE(run_command(run_stilas("build " + site.common() + " --out " + site.out())).exit_code == 0);
    auto before = read_tree(site.dir.path() / "public");
    REQUIRE(before.size() > 3);
    site.dir.write_files({{"verktoy/ny.md", "---\ntitle: Ny\nmetoder: [finnes-ikke]\n---\n"}}, "content");
    CHECK(run_command(run_stilas("build " + site.common() + " --out " + site.out())).exit_code == 1);
    CHECK(read_tree(site.dir.path() / "public") == before);
    // No staging folder is left behind either.
    for (const auto& entry : fs::directory_iterator(site.dir.path()))
        CHECK(entry.path().filename().string().find("stilas-staging") == std::string::npos);
}

TEST_CASE("an --out folder that Stilas did not make is refused and left alone") {
    SiteOnDisk site(typed_site_config() + typed_site_pages());
    site.dir.write_files({{"viktig.txt", "ikke slett meg"}}, "public");
    auto build = run_command(run_stilas("build " + site.common() + " --out " + site.out()));
    CHECK(build.exit_code == 2);
    CHECK(read_tree(site.dir.path() / "public") == std::map<std::string, std::string>{{"viktig.txt", "ikke slett meg"}});
}

TEST_CASE("two builds are byte-identical whatever the threads, time zone, locale and path") {
    SiteOnDisk a(typed_site_config() + typed_site_pages());
    SiteOnDisk b(typed_site_config() + typed_site_pages());
    REQUIRE(run_command("TZ=UTC LANG=C " + run_stilas("build -j 1 " + a.common() + " --out " + a.out())).exit_code == 0);
    REQUIRE(run_command("TZ=Pacific/Auckland LANG=nb_NO.UTF-8 " +
                        run_stilas("build -j 4 " + b.common() + " --out " + b.out()))
                .exit_code == 0);
    auto first = read_tree(a.dir.path() / "public");
    CHECK(first.size() > 3);
    CHECK(first == read_tree(b.dir.path() / "public"));
}

TEST_CASE("a folder build with --cache writes what a build without it writes, after edits too") {
    SiteOnDisk site(typed_site_config() + typed_site_pages());
    const std::string cache = shell_quote((site.dir.path() / "cache").string());
    const std::string warm = "build " + site.common() + " --cache " + cache + " --out " + site.out();
    REQUIRE(run_command(run_stilas(warm)).exit_code == 0);
    CHECK(fs::exists(site.dir.path() / "cache/kilde-stempler.bin"));
    // An edit of the same size (the stamp table sees it by the file's change time).
    const fs::path page = site.dir.path() / "content/verktoy/igp.md";
    std::string text = read_tree(site.dir.path() / "content").at("verktoy/igp.md");
    const size_t at = text.find("[rommene]");
    REQUIRE(at != std::string::npos);
    text[at + 1] = 'R';
    write_file(page, text);
    const auto second = run_command(run_stilas(warm));
    INFO(second.output);
    REQUIRE(second.exit_code == 0);
    const auto with_cache = read_tree(site.dir.path() / "public");
    const std::string other_out = shell_quote((site.dir.path() / "cold").string());
    REQUIRE(run_command(run_stilas("build " + site.common() + " --out " + other_out)).exit_code == 0);
    CHECK(with_cache.size() > 3);
    CHECK(with_cache == read_tree(site.dir.path() / "cold"));
}

TEST_CASE("builds straight from a git ref whose content differs from the work tree") {
    TempDir dir;
    fs::path repo = dir.path() / "repo";
    dir.write_files(parse_txtar(typed_site_config() + typed_site_pages()), "repo/content");
    REQUIRE(git(repo.parent_path(), "init -q -b main repo") == 0);
    REQUIRE(commit_all(repo, "first"));
    REQUIRE(git(repo, "tag v1") == 0);
    // The next commit renames the tool, and the work tree has an uncommitted broken page.
    dir.write_files({{"verktoy/igp.md", "---\ntitle: IGP endret\nmetoder: [aksjonslaering]\n---\n"}}, "repo/content");
    REQUIRE(commit_all(repo, "second", 1700000000 + 30 * 86400));
    dir.write_files({{"verktoy/brutt.md", "---\ntitle: Brutt\nmetoder: [nei]\n---\n"}}, "repo/content");

    std::string common = "--repo " + shell_quote(repo.string()) + " --subdir content --themes " +
                         shell_quote(themes_dir()) + " --out ";
    auto at_tag = run_command(run_stilas("build --ref v1 " + common + shell_quote((dir.path() / "v1").string())));
    CHECK(at_tag.exit_code == 0);
    auto tagged = read_tree(dir.path() / "v1");
    CHECK(tagged["verktoy/igp/index.html"].find("IGP endret") == std::string::npos);
    CHECK(tagged.count("verktoy/brutt/index.html") == 0);

    auto at_head = run_command(run_stilas("build --ref main " + common + shell_quote((dir.path() / "head").string())));
    CHECK(at_head.exit_code == 0);
    const std::string igp = read_tree(dir.path() / "head")["verktoy/igp/index.html"];
    CHECK(igp.find("IGP endret") != std::string::npos);
    // Git-native dates: first and last commit of the file, the Norwegian way.
    CHECK(igp.find("Publisert <time datetime=\"2023-11-14\">14. november 2023</time>") != std::string::npos);
    CHECK(igp.find("Sist oppdatert <time datetime=\"2023-12-14\">14. desember 2023</time>") != std::string::npos);

    // A bare clone works the same, and an unknown ref is an environment error (exit 2).
    REQUIRE(run_command("git clone -q --bare " + shell_quote(repo.string()) + " " +
                        shell_quote((dir.path() / "bare.git").string()))
                .exit_code == 0);
    std::string bare = "--repo " + shell_quote((dir.path() / "bare.git").string()) + " --subdir content --themes " +
                       shell_quote(themes_dir());
    CHECK(run_command(run_stilas("check --ref v1 " + bare)).exit_code == 0);
    auto unknown = run_command(run_stilas("check --ref finnes-ikke " + bare));
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.output.find("finnes-ikke") != std::string::npos);
}

TEST_CASE("stilas check renders the site too, so a missing theme is caught without writing anything") {
    std::string config = typed_site_config();
    config.replace(config.find("theme: standard"), 15, "theme: finnes-ikke");
    SiteOnDisk site(config + typed_site_pages());
    auto check = run_command(run_stilas("check " + site.common()));
    CHECK(check.exit_code == 1);
    CHECK(check.output.find("feil[TPL001]: Fant ikke temaet «finnes-ikke».") != std::string::npos);
    CHECK(read_tree(site.dir.path()).count("public/index.html") == 0);
}
