// The pipeline: load, parse, index and link, gate, render, write — in that order, every
// phase over every file, and nothing published when any error was found.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "output/output_sink.hpp"
#include "source/content_source.hpp"

namespace stilas::site {

enum class Drafts { skip, publish };

struct BuildOptions {
    Drafts drafts = Drafts::skip;
    /// Folder holding themes/<name>/; the site config names the theme.
    std::string themes_dir = "themes";
    /// Worker threads for parsing and rendering; 0 = all cores.
    unsigned threads = 0;
    /// Folder for what a later build may reuse (the search index's page analyses); "" = none.
    std::string cache_dir;
    /// Write the search index (docs/search.md) with the site.
    bool search = true;
    /// Free the site model when the build ends. A process that exits right after (the CLI)
    /// says false: the model is left to the operating system, which takes it back at once,
    /// instead of being freed piece by piece (tens of milliseconds on a big site).
    bool free_model = true;
};

/// How long one named phase took, the CPU time all threads spent in it, and the process's peak
/// memory (resident set) at its end.
struct PhaseTiming {
    std::string name;
    double seconds = 0;
    double cpu_seconds = 0;
    long peak_rss_kb = 0;
};

struct BuildResult {
    /// "" or an environment error (exit code 2): unreadable source, missing theme, unwritable output.
    std::string environment_error;
    /// The loaded source files, so diagnostics can show their lines (diagnostic path → text).
    std::vector<std::pair<std::string, std::string>> sources;
    size_t pages = 0;       ///< pages published
    size_t files = 0;       ///< files written in all
    std::vector<PhaseTiming> timings;
};

/// Runs the whole pipeline. With `sink` == nullptr nothing is rendered or written
/// (`stilas check`). On any error the sink is abandoned, so the published site stays as it was.
BuildResult build(const source::ContentSource& source, output::OutputSink* sink, const BuildOptions& options,
                  diag::Diagnostics& diagnostics);

}  // namespace stilas::site
