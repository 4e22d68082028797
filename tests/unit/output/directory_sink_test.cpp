#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <algorithm>
#include <atomic>
#include <sstream>
#include <thread>
#include <vector>

#include "output/directory_sink.hpp"
#include "support/temp_dir.hpp"

using namespace stilas;
using stilas::test::TempDir;
namespace fs = std::filesystem;

namespace {


/// Names in `dir` (not recursive), sorted.
std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::unique_ptr<output::OutputSink> open_sink(const fs::path& out,
                                             output::Durability durability = output::Durability::os_buffered) {
    auto result = output::make_directory_sink(out.string(), durability);
    REQUIRE_MESSAGE(result.sink != nullptr, result.error);
    CHECK(result.error.empty());
    return std::move(result.sink);
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/// Publishes `files` to `out` in one build.
void publish(const fs::path& out, const std::map<std::string, std::string>& files,
             output::Durability durability = output::Durability::os_buffered) {
    auto sink = open_sink(out, durability);
    for (const auto& [path, bytes] : files) REQUIRE(sink->write(path, bytes).empty());
    REQUIRE(sink->commit().empty());
}

/// A pid that surely belongs to no running process: a child that has already been reaped.
pid_t dead_pid() {
    pid_t pid = ::fork();
    if (pid == 0) ::_exit(0);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return pid;
}

}  // namespace

TEST_CASE("a build publishes into a new folder with the marker file and nothing left beside it") {
    TempDir tmp;
    const fs::path out = tmp.path() / "nested" / "site";
    publish(out, {{"index.html", "<p>hei</p>"}, {"verktoy/igp/index.html", "igp"}});
    auto tree = test::read_tree(out);
    CHECK(tree.size() == 3);
    CHECK(tree["index.html"] == "<p>hei</p>");
    CHECK(tree["verktoy/igp/index.html"] == "igp");
    CHECK(tree.count(output::k_marker_file) == 1);
    CHECK(names_in(tmp.path() / "nested") == std::vector<std::string>{"site"});
}

TEST_CASE("publishing over earlier output replaces it completely") {
    TempDir tmp;
    const fs::path out = tmp.path() / "site";
    publish(out, {{"gammel.html", "g"}, {"felles/index.html", "v1"}});
    publish(out, {{"ny.html", "n"}, {"felles/index.html", "v2"}});
    auto tree = test::read_tree(out);
    CHECK(tree.count("gammel.html") == 0);
    CHECK(tree["ny.html"] == "n");
    CHECK(tree["felles/index.html"] == "v2");
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"site"});
}

TEST_CASE("an empty folder may be used as output; trailing slashes are accepted") {
    TempDir tmp;
    fs::create_directories(tmp.path() / "site");
    publish(tmp.path().string() + "/site/", {{"a.html", "a"}});
    CHECK(test::read_tree(tmp.path() / "site")["a.html"] == "a");
}

TEST_CASE("a folder that is not Stilas output is refused and left exactly as it was") {
    TempDir tmp;
    const fs::path out = tmp.path() / "dokumenter";
    test::write_file(out / "viktig.txt", "ikke slett meg");
    const auto before = fs::last_write_time(out / "viktig.txt");
    const auto dir_before = fs::last_write_time(out);
    auto result = output::make_directory_sink(out.string());
    CHECK(result.sink == nullptr);
    CHECK(result.error == "«" + out.string() +
                              "» finnes og ser ikke ut som en mappe Stilas har laget (mangler .stilas-output). "
                              "Stilas sletter ikke mapper det ikke har laget. "
                              "Velg en ny eller tom utdatamappe, eller tøm mappen selv.");
    CHECK(test::read_tree(out) == std::map<std::string, std::string>{{"viktig.txt", "ikke slett meg"}});
    CHECK(fs::last_write_time(out / "viktig.txt") == before);
    CHECK(fs::last_write_time(out) == dir_before);
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"dokumenter"});
}

TEST_CASE("a file or a symbolic link given as output is refused") {
    TempDir tmp;
    test::write_file(tmp.path() / "fil", "x");
    const std::string file = (tmp.path() / "fil").string();
    CHECK(output::make_directory_sink(file).error ==
          "«" + file + "» finnes og er ikke en mappe. Velg en annen utdatamappe, eller flytt filen bort selv.");
    fs::create_directory_symlink("/etc", tmp.path() / "lenke");
    const std::string link = (tmp.path() / "lenke").string();
    CHECK(output::make_directory_sink(link).error ==
          "«" + link + "» er en symbolsk lenke. Stilas publiserer ikke gjennom lenker; oppgi selve mappen som utdatamappe.");
    CHECK(output::make_directory_sink("/").error ==
          "«/» kan ikke brukes som utdatamappe. Oppgi en egen mappe for nettstedet.");
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"fil", "lenke"});
}

TEST_CASE("an abandoned build, or one dropped without commit, leaves the published site byte-identical") {
    TempDir tmp;
    const fs::path out = tmp.path() / "site";
    publish(out, {{"index.html", "v1"}, {"a/b.html", "b"}});
    const auto published = test::read_tree(out);
    {
        auto sink = open_sink(out);
        CHECK(sink->write("index.html", "v2").empty());
        CHECK(sink->write("ny.html", "n").empty());
        sink->abandon();
        CHECK(sink->write("sent.html", "s") ==
              "«sent.html» ble ikke skrevet: utdataene er allerede publisert eller forkastet.");
        CHECK(sink->commit() == "Utdataene er allerede publisert eller forkastet.");
    }
    {
        auto sink = open_sink(out);
        CHECK(sink->write("index.html", "v3").empty());
    }  // destroyed without commit, as when a build stops on content errors
    CHECK(test::read_tree(out) == published);
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"site"});
}

TEST_CASE("a staging folder left by a killed build is removed and does not disturb the next build") {
    TempDir tmp;
    const fs::path out = tmp.path() / "site";
    publish(out, {{"index.html", "v1"}});
    const auto published = test::read_tree(out);
    const std::string pid = std::to_string(dead_pid());
    const fs::path killed = tmp.path() / ("site.stilas-staging-" + pid);
    test::write_file(killed / output::k_staging_marker_file, "");
    test::write_file(killed / "halv.html", "halvt skrevet");
    const fs::path old_tree = tmp.path() / ("site.stilas-staging-" + pid + "-old");
    test::write_file(old_tree / output::k_marker_file, "");
    const fs::path foreign = tmp.path() / ("site.stilas-staging-" + pid + "x");
    test::write_file(foreign / "egen.txt", "ikke vår");
    const fs::path unmarked = tmp.path() / "site.stilas-staging-1";
    test::write_file(unmarked / "egen.txt", "uten markør");

    auto sink = open_sink(out);
    CHECK(test::read_tree(out) == published);
    CHECK(!fs::exists(killed));
    CHECK(!fs::exists(old_tree));
    CHECK(fs::exists(foreign / "egen.txt"));
    CHECK(fs::exists(unmarked / "egen.txt"));
    CHECK(sink->write("index.html", "v2").empty());
    CHECK(sink->commit().empty());
    CHECK(test::read_tree(out)["index.html"] == "v2");
    CHECK(test::read_tree(out).count("halv.html") == 0);
}

TEST_CASE("unsafe and reserved paths are refused and nothing is written outside the staging folder") {
    TempDir tmp;
    const fs::path out = tmp.path() / "site";
    auto sink = open_sink(out);
    for (std::string bad : std::vector<std::string>{"../utenfor.html", "/etc/x", "a//b", "a/./b", "a\\b", ""}) {
        CAPTURE(bad);
        CHECK(sink->write(bad, "x") == "«" + bad + "» er ikke en trygg relativ sti i utdatamappen og blir ikke skrevet.");
    }
    CHECK(sink->write(".stilas-output", "x") ==
          "«.stilas-output» er et filnavn Stilas bruker selv i utdatamappen og blir ikke skrevet.");
    CHECK(sink->write("a.html", "a").empty());
    CHECK(sink->write("a.html/b.html", "b") ==
          "Kunne ikke skrive «a.html/b.html» i «" + out.string() + ".stilas-staging-" + std::to_string(::getpid()) +
              "»: Not a directory. Sjekk at disken har ledig plass og at du har skrivetilgang.");
    CHECK(sink->commit().empty());
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"site"});
    CHECK(names_in(out) == std::vector<std::string>{".stilas-output", "a.html"});
}

TEST_CASE("four threads write different files in parallel") {
    TempDir tmp;
    const fs::path out = tmp.path() / "site";
    auto sink = open_sink(out);
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 250; ++i) {
                const std::string path = "d" + std::to_string(i % 7) + "/s" + std::to_string(i % 3) + "/f" +
                                         std::to_string(t) + "-" + std::to_string(i) + ".html";
                if (!sink->write(path, path).empty()) ++failures;
            }
        });
    }
    for (auto& th : threads) th.join();
    CHECK(failures == 0);
    REQUIRE(sink->commit().empty());
    auto tree = test::read_tree(out);
    CHECK(tree.size() == 4 * 250 + 1);
    CHECK(tree["d3/s1/f2-10.html"] == "d3/s1/f2-10.html");
}

TEST_CASE("publishing refuses a folder that stopped looking like ours during the build") {
    TempDir tmp;
    const fs::path out = tmp.path() / "site";
    fs::create_directories(out);
    auto sink = open_sink(out);
    CHECK(sink->write("a.html", "a").empty());
    test::write_file(out / "noen-andres.txt", "kom inn underveis");
    CHECK(sink->commit() == "«" + out.string() +
                                "» finnes og ser ikke ut som en mappe Stilas har laget (mangler .stilas-output). "
                                "Stilas sletter ikke mapper det ikke har laget. "
                                "Velg en ny eller tom utdatamappe, eller tøm mappen selv.");
    CHECK(test::read_tree(out) == std::map<std::string, std::string>{{"noen-andres.txt", "kom inn underveis"}});
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"site"});
}

TEST_CASE("an output folder below a file, or whose parent cannot be created, is an error") {
    TempDir tmp;
    test::write_file(tmp.path() / "fil", "x");
    const std::string below_file = (tmp.path() / "fil" / "site").string();
    CHECK(output::make_directory_sink(below_file).error ==
          "Kunne ikke undersøke utdatamappen «" + below_file + "»: Not a directory. Sjekk stien.");
    const std::string deeper = (tmp.path() / "fil" / "a" / "site").string();
    CHECK(output::make_directory_sink(deeper).error ==
          "Kunne ikke undersøke utdatamappen «" + deeper + "»: Not a directory. Sjekk stien.");
    const std::string proc = "/proc/stilas-test/site";
    CHECK(output::make_directory_sink(proc).error.rfind("Kunne ikke opprette mappen «/proc/stilas-test»: ", 0) == 0);
}

TEST_CASE("a build that syncs to disk first publishes the same files") {
    TempDir tmp;
    const fs::path out = tmp.path() / "public";
    publish(out, {{"index.html", "en"}}, output::Durability::synced);
    publish(out, {{"index.html", "to"}, {"a/index.html", "a"}}, output::Durability::synced);
    CHECK(read_file(out / "index.html") == "to");
    CHECK(read_file(out / "a/index.html") == "a");
    CHECK(fs::exists(out / output::k_marker_file));
}

TEST_CASE("folders below folders made earlier are made, at any depth, in any order") {
    TempDir tmp;
    const fs::path out = tmp.path() / "site";
    const std::vector<std::string> paths{"a/x.html",     "a/b/c/y.html", "a/b/z.html", "a/b/c/d/e/w.html",
                                         "q/r/s/t.html", "q/u.html",     "top.html",   "a/b/c/d/v.html"};
    publish(out, [&] {
        std::map<std::string, std::string> files;
        for (const auto& p : paths) files[p] = p;
        return files;
    }());
    // std::map writes in sorted order; write the same files again in the given order too.
    auto sink = open_sink(tmp.path() / "site2");
    for (const auto& p : paths) REQUIRE(sink->write(p, p).empty());
    REQUIRE(sink->commit().empty());
    for (const fs::path& root : {out, tmp.path() / "site2"}) {
        auto tree = test::read_tree(root);
        for (const auto& p : paths) CHECK(tree[p] == p);
    }
}
