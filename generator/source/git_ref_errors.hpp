// Internal to source/: the environment errors of the git source (exit code 2), in Norwegian,
// each saying what to do.
#pragma once

#include <string>

#include "source/git_objects.hpp"

namespace stilas::source {

/// git_repository_open_ext failed with `code`: missing folder, not a repository, wrong owner.
std::string open_error_text(const std::string& repo_path, int code, const std::string& git_message);

/// The repository has no commit yet (unborn HEAD, no references).
std::string empty_repository_text(const std::string& repo_path);

/// `ref` does not resolve; names the closest branch or tag and lists the branches (or says
/// the repository is empty when it has no commit at all).
std::string unknown_ref_text(git_repository* repo, const std::string& repo_path, const std::string& ref);

/// `ref` resolves to something that is neither a commit nor a tree (a blob).
std::string not_a_tree_text(const std::string& repo_path, const std::string& ref);

/// `subdir` is missing at `ref` or is not a folder there.
std::string missing_subdir_text(const std::string& repo_path, const std::string& ref, const std::string& subdir);

}  // namespace stilas::source
