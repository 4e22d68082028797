#include "source/worktree_dates.hpp"

#include <cstdlib>
#include <filesystem>

#include "source/git_history.hpp"
#include "source/git_objects.hpp"

namespace stilas::source {

namespace fs = std::filesystem;

namespace {

// Whether `root` may be inside a git work tree: a ".git" in it or a folder above it, or GIT_DIR
// set. Starting libgit2 reads the system's certificates (about 15 ms), which a folder outside
// any repository can skip.
bool may_be_in_repository(const std::string& root) {
    if (std::getenv("GIT_DIR") != nullptr) return true;
    std::error_code ec;
    fs::path dir = fs::absolute(root, ec);
    if (ec) return true;
    for (;;) {
        if (fs::exists(dir / ".git", ec)) return true;
        if (!dir.has_parent_path() || dir.parent_path() == dir) return false;
        dir = dir.parent_path();
    }
}

}  // namespace

void fill_worktree_dates(const std::string& root, std::vector<SourceFile>& files) {
    if (!may_be_in_repository(root)) return;
    ensure_libgit2();
    git_repository* raw = nullptr;
    if (git_repository_open_ext(&raw, root.c_str(), 0, nullptr) != 0) return;
    RepositoryPtr repo(raw);
    const char* workdir = git_repository_workdir(repo.get());
    if (!workdir) return;
    std::error_code ec;
    const fs::path inside = fs::relative(fs::canonical(root, ec), fs::canonical(workdir, ec), ec);
    if (ec || inside.empty() || *inside.begin() == "..") return;
    const std::string subdir = inside == "." ? std::string() : inside.generic_string();
    git_object* head = nullptr;
    if (git_revparse_single(&head, repo.get(), "HEAD^{commit}") != 0) return;
    ObjectPtr tip(head);
    fill_git_dates(repo.get(), reinterpret_cast<const git_commit*>(tip.get()), subdir, files);
}

}  // namespace stilas::source
