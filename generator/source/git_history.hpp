// Internal to source/: created/modified dates of loaded files from one walk over the git history.
#pragma once

#include <string>
#include <vector>

#include "source/git_objects.hpp"
#include "source/source_file.hpp"

namespace stilas::source {

/// Sets `created` and `modified` of each file (paths below `subdir`) to the commit times of
/// the earliest and latest commit reachable from `tip` whose tree differs from its first
/// parent's at that path. Parents missing from a shallow clone are treated as absent, so the
/// oldest commit present counts as the one that created every file it holds.
void fill_git_dates(git_repository* repo, const git_commit* tip, const std::string& subdir,
                    std::vector<SourceFile>& files);

}  // namespace stilas::source
