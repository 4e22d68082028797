// Test helpers for source/: temporary folders and real git repositories built with the git
// command line (fixed dates, no user or system config).
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace stilas::test {

/// A fresh folder under the system temp folder, removed with everything in it at the end.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "stilas-test-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        m_path = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::string str() const { return m_path.string(); }

private:
    std::filesystem::path m_path;
};

/// Writes `bytes` to `path`, creating its folders.
inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

inline std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// The environment prefix that makes a git command independent of the machine's config.
inline std::string git_env(long long epoch) {
    const std::string date = shell_quote(std::to_string(epoch) + " +0000");
    return "env GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_AUTHOR_DATE=" + date +
           " GIT_COMMITTER_DATE=" + date +
           " git -c user.name=Test -c user.email=test@example.no -c init.defaultBranch=main"
           " -c commit.gpgsign=false -c tag.gpgsign=false -c protocol.file.allow=always ";
}

/// Runs `git <args>` in `dir` with commits dated `epoch`; returns the exit status.
inline int git(const std::filesystem::path& dir, const std::string& args, long long epoch = 1700000000) {
    const std::string cmd = "cd " + shell_quote(dir.string()) + " && " + git_env(epoch) + args + " >/dev/null 2>&1";
    const int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

/// Runs a shell command in `dir` and returns its standard output without the final newline.
inline std::string capture(const std::filesystem::path& dir, const std::string& command) {
    const std::string cmd = "cd " + shell_quote(dir.string()) + " && " + command;
    std::string out;
    if (FILE* pipe = ::popen(cmd.c_str(), "r")) {
        std::array<char, 4096> buf{};
        size_t n = 0;
        while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
        ::pclose(pipe);
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

/// `git add -A && git commit` dated `epoch`; true on success.
inline bool commit_all(const std::filesystem::path& dir, const std::string& message, long long epoch) {
    return git(dir, "add -A", epoch) == 0 && git(dir, "commit -q -m " + shell_quote(message), epoch) == 0;
}

}  // namespace stilas::test
