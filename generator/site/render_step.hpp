// The render and write phases: the theme, every rendered file and the content's own files
// (media) through the OutputSink.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "diag/diagnostics.hpp"
#include "output/output_sink.hpp"
#include "site/build.hpp"
#include "site/published.hpp"
#include "source/source_file.hpp"

namespace stilas::site {

struct RenderStepResult {
    size_t files = 0;
    std::string environment_error;   ///< a file that could not be written
};

/// Loads the theme named by the config from options.themes_dir (TPL… diagnostics when it is
/// broken), renders `site`, copies `assets` from `files`, all into `sink` (not committed).
/// Each regular page's pre-rendered body is freed once its file is written.
RenderStepResult render_and_write(const config::SiteConfig& config, Published& site,
                                  const std::vector<source::SourceFile>& files, const std::vector<std::string>& assets,
                                  const BuildOptions& options, unsigned threads, int64_t reference_time,
                                  output::OutputSink& sink, diag::Diagnostics& diagnostics);

}  // namespace stilas::site
