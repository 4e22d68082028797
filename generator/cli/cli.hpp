// The command table: build, check (and --help on each). Owns argument parsing and exit codes.
#pragma once

namespace stilas::cli {

/// Exit codes: 0 success, 1 content errors, 2 usage or environment errors.
enum ExitCode : int { k_exit_ok = 0, k_exit_content = 1, k_exit_usage = 2 };

int run(int argc, char** argv);

}  // namespace stilas::cli
