// Real git repositories for tests, made with the git command line: fixed dates, no user or
// system configuration.
#pragma once

#include <filesystem>
#include <string>

namespace stilas::test {

/// The start of a git command line that is independent of the machine's config, dated `epoch`.
std::string git_env(long long epoch);

/// Runs `git <args>` in `dir` with commits dated `epoch`; returns the exit status.
int git(const std::filesystem::path& dir, const std::string& args, long long epoch = 1700000000);

/// Runs a shell command in `dir` and returns its standard output without the final newline.
std::string capture(const std::filesystem::path& dir, const std::string& command);

/// `git add -A && git commit` dated `epoch`; true on success.
bool commit_all(const std::filesystem::path& dir, const std::string& message, long long epoch = 1700000000);

}  // namespace stilas::test
