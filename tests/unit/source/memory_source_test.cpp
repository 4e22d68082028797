#include <doctest/doctest.h>

#include "source/blob_id.hpp"
#include "source/content_source.hpp"

using namespace stilas;

TEST_CASE("a memory source gives its files sorted with the same blob ids as a folder") {
    auto src = source::make_memory_source({{"b.md", "b"}, {"a/c.md", "c"}, {"a.md", "a"}});
    diag::Diagnostics d;
    auto result = src->load(d);
    CHECK(result.error.empty());
    std::vector<std::string> paths;
    for (const auto& f : result.files) paths.push_back(f.path);
    CHECK(paths == std::vector<std::string>{"a.md", "a/c.md", "b.md"});
    CHECK(result.files[0].blob_id == source::git_blob_id("a"));
    CHECK(result.files[0].blob_id != result.files[1].blob_id);
    CHECK(src->display_prefix() == "content/");
    CHECK(source::make_memory_source({}, "x/")->display_prefix() == "x/");
}
