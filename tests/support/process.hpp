// Running the stilas binary and shell commands from tests, in temporary folders.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace stilas::test {

struct CommandResult {
    int exit_code = -1;
    std::string output;   ///< stdout and stderr together
};

/// Runs `command` with /bin/sh; captures its output and exit code.
CommandResult run_command(const std::string& command);

/// The built stilas binary.
std::string stilas_binary();

/// Quotes `s` for /bin/sh.
std::string shell_quote(const std::string& s);

/// A fresh temporary folder, removed (with everything in it) when this object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    /// Writes the files (relative paths) below `sub`.
    void write_files(const std::map<std::string, std::string>& files, const std::string& sub = "") const;

private:
    std::filesystem::path m_path;
};

/// Every regular file below `root` as relative path → bytes (for comparing whole sites).
std::map<std::string, std::string> read_tree(const std::filesystem::path& root);

}  // namespace stilas::test
