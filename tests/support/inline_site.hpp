// Inline test sites in txtar style: "-- path --" lines start each file. Builds them through
// the whole pipeline from memory into memory.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"
#include "output/output_sink.hpp"
#include "site/build.hpp"

namespace stilas::test {

/// Splits "-- a.md --\ntext\n-- b.md --\n…" into files; the text between markers is kept as is.
std::map<std::string, std::string> parse_txtar(std::string_view text);

struct InlineBuild {
    diag::Diagnostics diagnostics;
    output::MemorySink sink;
    site::BuildResult result;

    std::vector<std::string> headlines() const { return diagnostics.headlines(); }
    /// The file at `path` in the output ("" when missing).
    std::string file(const std::string& path) const;
    bool has(const std::string& path) const { return sink.files().count(path) > 0; }
};

/// The themes folder of this repository (the standard theme lives there).
std::string themes_dir();

/// Builds the files of `txtar` (paths relative to the content root, shown as "content/…").
std::unique_ptr<InlineBuild> build_inline(std::string_view txtar, site::BuildOptions options = {});

/// A minimal typed config: stilas.yaml with theme standard plus the files given.
std::string minimal_site_config();

}  // namespace stilas::test
