#include "source/worktree_dates.hpp"

#include <filesystem>

#include "source/git_history.hpp"
#include "source/git_objects.hpp"

namespace stilas::source {

namespace fs = std::filesystem;

void fill_worktree_dates(const std::string& root, std::vector<SourceFile>& files) {
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
