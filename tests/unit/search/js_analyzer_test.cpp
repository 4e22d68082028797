// The browser's analysis (client/stemmer.js, client/analyzer.js) against the build's: every word
// of content/ and of the seed texts stemmed by libstemmer and by the JS port, and every text
// analysed on both sides, through tests/search/analyzer_check.mjs. Needs node.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "search/analyzer.hpp"
#include "search/fold.hpp"
#include "search/stemmer.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "util/paths.hpp"

namespace fs = std::filesystem;
using namespace stilas::search;

namespace {
const fs::path k_source = STILAS_SOURCE_DIR;

// content/ (Markdown and YAML) and the seed texts beside the repository, when they are there.
std::vector<fs::path> text_files() {
    std::vector<fs::path> out;
    for (const fs::path& root : {k_source / "content", k_source.parent_path() / "shared" / "seeds"}) {
        if (!fs::is_directory(root)) continue;
        for (const auto& entry : fs::recursive_directory_iterator(root))
            if (entry.is_regular_file()) out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string json_string_array(const std::vector<std::string_view>& items) {
    std::string out = "[";
    for (std::string_view s : items) out += (out.size() > 1 ? ",\"" : "\"") + std::string(s) + "\"";
    return out + "]";
}

void write_tables(const fs::path& dir) {
    std::string stems = "[";
    for (const StemMapping& m : stem_mappings())
        stems += (stems.size() > 1 ? ",[\"" : "[\"") + std::string(m.from) + "\",\"" + std::string(m.to) + "\"," +
                 (m.whole ? "1]" : "0]");
    stilas::test::write_file(dir / "tables.json",
                             "{\"stopwords\":" + json_string_array(stop_words()) + ",\"stems\":" + stems + "]}");
}
}  // namespace

TEST_CASE("the JS stemmer and analyzer give exactly what libstemmer and the build give") {
    stilas::test::TempDir dir;
    write_tables(dir.path());
    Stemmer stemmer;
    Analyzer analyzer;
    std::set<std::string> words;
    std::vector<fs::path> files = text_files();
    REQUIRE(files.size() > 50);
    for (size_t i = 0; i < files.size(); ++i) {
        std::string text;
        REQUIRE(stilas::util::read_whole_file(files[i].string(), text));
        std::string terms;
        Tokenizer tokens(text);
        std::string_view token;
        while (tokens.next(token)) {
            if (has_letter(token)) words.emplace(token);
            terms += analyzer.term(token) + "\n";
        }
        dir.write("text-" + std::to_string(1000 + i) + ".txt", text);
        dir.write("terms-" + std::to_string(1000 + i) + ".txt", terms);
    }
    std::string stems;
    for (const std::string& w : words) stems += w + "\t" + stemmer.stem(w) + "\n";
    dir.write("stems.tsv", stems);
    MESSAGE(words.size() << " ord fra " << files.size() << " filer");
    const std::string command = "cd " + stilas::test::shell_quote(k_source.string()) +
                                " && node tests/search/analyzer_check.mjs " + stilas::test::shell_quote(dir.str());
    stilas::test::CommandResult result = stilas::test::run_command(command);
    INFO(result.output);
    CHECK(result.exit_code == 0);
    CHECK(result.output.find(" 0 forskjeller.") != std::string::npos);
}
