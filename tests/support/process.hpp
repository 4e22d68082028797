// Running shell commands and the stilas binary from tests.
#pragma once

#include <filesystem>
#include <string>

#include "support/temp_dir.hpp"

namespace stilas::test {

struct CommandResult {
    int exit_code = -1;
    std::string output;   ///< stdout and stderr together
};

/// Runs `command` with /bin/sh; captures its output and exit code.
CommandResult run_command(const std::string& command);

/// Quotes `s` for /bin/sh.
std::string shell_quote(const std::string& s);

/// The built stilas binary (only in the stilas_tests binary).
std::string stilas_binary();

}  // namespace stilas::test
