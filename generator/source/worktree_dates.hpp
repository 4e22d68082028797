// Internal to source/: git dates for a content folder on disk that lies in a git work tree.
#pragma once

#include <string>
#include <vector>

#include "source/source_file.hpp"

namespace stilas::source {

/// When `root` lies inside a (non-bare) git work tree, sets each file's created/modified from
/// the history of HEAD, as the git source does for a ref. Files git does not know keep 0.
/// Anything that is not a readable repository with commits leaves the files as they are:
/// dates are a bonus for a folder, never a reason to fail.
void fill_worktree_dates(const std::string& root, std::vector<SourceFile>& files);

}  // namespace stilas::source
