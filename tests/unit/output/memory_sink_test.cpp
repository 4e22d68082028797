#include <doctest/doctest.h>

#include <thread>
#include <vector>

#include "output/output_sink.hpp"

using namespace stilas;

TEST_CASE("a memory sink collects files, refuses unsafe paths and records the commit") {
    output::MemorySink sink;
    CHECK(sink.write("a/index.html", "a").empty());
    CHECK(sink.write("a/index.html", "a2").empty());
    CHECK(sink.write("../x", "x") == "«../x» er ikke en trygg relativ sti i utdatamappen og blir ikke skrevet.");
    CHECK_FALSE(sink.committed());
    CHECK(sink.commit().empty());
    CHECK(sink.committed());
    CHECK(sink.files() == std::map<std::string, std::string>{{"a/index.html", "a2"}});
    sink.abandon();
    CHECK(sink.files().empty());
    CHECK_FALSE(sink.committed());
}

TEST_CASE("a memory sink takes writes from four threads at once") {
    output::MemorySink sink;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&sink, t] {
            for (int i = 0; i < 500; ++i) sink.write("t" + std::to_string(t) + "/" + std::to_string(i), "x");
        });
    }
    for (auto& th : threads) th.join();
    CHECK(sink.files().size() == 2000);
}
