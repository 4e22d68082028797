#include "support/git_repo.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>

#include "support/process.hpp"

namespace stilas::test {

std::string git_env(long long epoch) {
    const std::string date = shell_quote(std::to_string(epoch) + " +0000");
    return "env GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_AUTHOR_DATE=" + date +
           " GIT_COMMITTER_DATE=" + date +
           " git -c user.name=Test -c user.email=test@example.no -c init.defaultBranch=main"
           " -c commit.gpgsign=false -c tag.gpgsign=false -c protocol.file.allow=always ";
}

int git(const std::filesystem::path& dir, const std::string& args, long long epoch) {
    const std::string cmd = "cd " + shell_quote(dir.string()) + " && " + git_env(epoch) + args + " >/dev/null 2>&1";
    const int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::string capture(const std::filesystem::path& dir, const std::string& command) {
    // Standard output only: popen directly, since run_command mixes in standard error.
    std::string out;
    const std::string cmd = "cd " + shell_quote(dir.string()) + " && " + command;
    if (FILE* pipe = ::popen(cmd.c_str(), "r")) {
        std::array<char, 4096> buf{};
        size_t n = 0;
        while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
        ::pclose(pipe);
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

bool commit_all(const std::filesystem::path& dir, const std::string& message, long long epoch) {
    return git(dir, "add -A", epoch) == 0 && git(dir, "commit -q -m " + shell_quote(message), epoch) == 0;
}

}  // namespace stilas::test
