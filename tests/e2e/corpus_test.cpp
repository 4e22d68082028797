// The bad-input corpus: tests/corpus/<case>/content is laid over tests/corpus/_base/content and
// built from disk; the diagnostics must be exactly tests/corpus/<case>/expected.txt, nothing is
// published when there is an error, and no output ever carries script.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "source/content_source.hpp"
#include "support/theme_scripts.hpp"
#include "support/inline_site.hpp"
#include "support/printers.hpp"
#include "support/process.hpp"
#include "util/strings.hpp"

namespace fs = std::filesystem;
using namespace stilas;

namespace {
const fs::path k_corpus = fs::path(STILAS_SOURCE_DIR) / "tests" / "corpus";

std::vector<std::string> expected_lines(const fs::path& file) {
    std::vector<std::string> out;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(line);
    return out;
}

void overlay(const fs::path& from, const fs::path& to) {
    fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing | fs::copy_options::copy_symlinks);
}
}  // namespace

TEST_CASE("every case of the bad-input corpus gives exactly its expected diagnostics") {
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(k_corpus))
        if (entry.is_directory() && entry.path().filename() != "_base") cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 30);
    for (const auto& dir : cases) {
        CAPTURE(dir.filename().string());
        REQUIRE(fs::exists(dir / "expected.txt"));
        test::TempDir tmp;
        overlay(k_corpus / "_base" / "content", tmp.path() / "content");
        overlay(dir / "content", tmp.path() / "content");
        auto source = source::make_directory_source((tmp.path() / "content").string());
        output::MemorySink sink;
        diag::Diagnostics diagnostics;
        site::BuildOptions options;
        options.themes_dir = test::themes_dir();
        site::build(*source, &sink, options, diagnostics);
        // Paths in diagnostics start with the temporary folder; the corpus files say "content/".
        std::vector<std::string> actual;
        std::string prefix = (tmp.path() / "content").string() + "/";
        for (const auto& line : diagnostics.headlines()) actual.push_back(util::replace_all(line, prefix, "content/"));
        CHECK(actual == expected_lines(dir / "expected.txt"));
        CHECK(sink.committed() == !diagnostics.has_errors());
        for (const auto& [path, written] : sink.files()) {
            CAPTURE(path);
            if (path.starts_with("sok/") && path.ends_with(".js")) continue;  // the search engine itself
            const std::string bytes = stilas::test::without_theme_scripts(written);
            CHECK(bytes.find("<script") == std::string::npos);
            CHECK(bytes.find("javascript:") == std::string::npos);
            CHECK(bytes.find("onerror=") == std::string::npos);
            CHECK(bytes.find("root:x:0") == std::string::npos);
        }
    }
}
