// GitSource: the content tree at a ref of a git repository, read through libgit2 without a
// checkout; links, submodules and hidden names are never read.
#include <algorithm>
#include <optional>

#include "source/blob_id.hpp"
#include "source/content_source.hpp"
#include "source/git_history.hpp"
#include "source/git_objects.hpp"
#include "source/git_ref_errors.hpp"
#include "source/source_diagnostics.hpp"
#include "util/paths.hpp"

namespace stilas::source {
namespace {

/// The repository, the commit (null when the ref names a bare tree) and the content tree.
struct ResolvedTree {
    RepositoryPtr repo;
    CommitPtr commit;
    TreePtr tree;
    std::string error;
};

class GitSource : public ContentSource {
public:
    GitSource(std::string repo_path, std::string ref, std::string subdir)
        : m_repo_path(std::move(repo_path)),
          m_ref(ref.empty() ? std::string("HEAD") : std::move(ref)),
          m_subdir(std::move(subdir)) {}

    LoadResult load(diag::Diagnostics& diagnostics) const override;

    std::string display_prefix() const override {
        std::optional<std::string> sub = normalized_subdir();
        return sub && !sub->empty() ? *sub + "/" : "";
    }

    // A blob id names its bytes, so reading the blob again gives exactly what load() read.
    std::optional<std::string> reread(const SourceFile& file) const override {
        ensure_libgit2();
        git_repository* raw = nullptr;
        if (git_repository_open_ext(&raw, m_repo_path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
            return std::nullopt;
        }
        RepositoryPtr repo(raw);
        git_oid oid;
        git_blob* blob = nullptr;
        if (git_oid_fromstr(&oid, file.blob_id.c_str()) != 0 || git_blob_lookup(&blob, repo.get(), &oid) != 0) {
            return std::nullopt;
        }
        BlobPtr owner(blob);
        const auto* data = static_cast<const char*>(git_blob_rawcontent(blob));
        return std::string(data, static_cast<size_t>(git_blob_rawsize(blob)));
    }

private:
    std::optional<std::string> normalized_subdir() const;
    ResolvedTree resolve() const;
    void read_tree(git_repository* repo, const git_tree* root, LoadResult& result,
                   diag::Diagnostics& diagnostics) const;

    std::string m_repo_path;
    std::string m_ref;
    std::string m_subdir;
};

std::optional<std::string> GitSource::normalized_subdir() const {
    std::string sub = m_subdir;
    while (!sub.empty() && sub.back() == '/') sub.pop_back();
    if (sub.empty()) return std::string();
    return util::normalize_relative(sub);
}

ResolvedTree GitSource::resolve() const {
    ResolvedTree out;
    git_repository* repo = nullptr;
    if (int rc = git_repository_open_ext(&repo, m_repo_path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr); rc != 0) {
        out.error = open_error_text(m_repo_path, rc, last_git_error());
        return out;
    }
    out.repo.reset(repo);
    git_object* target = nullptr;
    if (git_revparse_single(&target, repo, m_ref.c_str()) != 0) {
        out.error = unknown_ref_text(repo, m_repo_path, m_ref);
        return out;
    }
    ObjectPtr target_owner(target);
    git_object* peeled = nullptr;
    if (git_object_peel(&peeled, target, GIT_OBJECT_COMMIT) == 0) {
        out.commit.reset(reinterpret_cast<git_commit*>(peeled));
    }
    git_object* tree = nullptr;
    if (git_object_peel(&tree, target, GIT_OBJECT_TREE) != 0) {
        out.error = not_a_tree_text(m_repo_path, m_ref);
        return out;
    }
    TreePtr root(reinterpret_cast<git_tree*>(tree));
    std::optional<std::string> sub = normalized_subdir();
    if (!sub) {
        out.error = missing_subdir_text(m_repo_path, m_ref, m_subdir);
        return out;
    }
    out.tree = subtree(repo, root.get(), *sub);
    if (!out.tree) out.error = missing_subdir_text(m_repo_path, m_ref, *sub);
    return out;
}

LoadResult GitSource::load(diag::Diagnostics& diagnostics) const {
    ensure_libgit2();
    LoadResult result;
    ResolvedTree resolved = resolve();
    if (!resolved.error.empty()) {
        result.error = std::move(resolved.error);
        return result;
    }
    read_tree(resolved.repo.get(), resolved.tree.get(), result, diagnostics);
    std::sort(result.files.begin(), result.files.end(),
              [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    if (resolved.commit) {
        fill_git_dates(resolved.repo.get(), resolved.commit.get(), normalized_subdir().value_or(""), result.files);
        if (git_repository_is_shallow(resolved.repo.get()) == 1) report_shallow_history(diagnostics, m_repo_path);
    }
    return result;
}

void GitSource::read_tree(git_repository* repo, const git_tree* root, LoadResult& result,
                          diag::Diagnostics& diagnostics) const {
    const std::string prefix = display_prefix();
    // An explicit stack: a hostile repository with very deep trees cannot overflow the call stack.
    std::vector<std::pair<TreePtr, std::string>> pending;
    git_tree* first = nullptr;
    if (git_tree_dup(&first, const_cast<git_tree*>(root)) != 0) return;
    pending.emplace_back(TreePtr(first), "");
    while (!pending.empty()) {
        auto [tree, folder] = std::move(pending.back());
        pending.pop_back();
        for (size_t i = 0, n = git_tree_entrycount(tree.get()); i < n; ++i) {
            const git_tree_entry* entry = git_tree_entry_byindex(tree.get(), i);
            const std::string name = git_tree_entry_name(entry);
            if (is_hidden_name(name)) continue;
            const std::string rel = folder.empty() ? name : folder + "/" + name;
            const std::string shown = prefix + rel;
            const git_oid* id = git_tree_entry_id(entry);
            switch (git_tree_entry_filemode(entry)) {
                case GIT_FILEMODE_TREE: {
                    git_tree* sub = nullptr;
                    if (git_tree_lookup(&sub, repo, id) != 0) {
                        report_missing_object(diagnostics, shown, oid_hex(*id));
                    } else {
                        pending.emplace_back(TreePtr(sub), rel);
                    }
                    break;
                }
                case GIT_FILEMODE_BLOB:
                case GIT_FILEMODE_BLOB_EXECUTABLE: {
                    git_blob* blob = nullptr;
                    if (git_blob_lookup(&blob, repo, id) != 0) {
                        report_missing_object(diagnostics, shown, oid_hex(*id));
                        break;
                    }
                    BlobPtr owner(blob);
                    const auto* data = static_cast<const char*>(git_blob_rawcontent(blob));
                    std::string bytes(data, static_cast<size_t>(git_blob_rawsize(blob)));
                    result.files.push_back(SourceFile{rel, std::move(bytes), oid_hex(*id), 0, 0});
                    break;
                }
                case GIT_FILEMODE_LINK: report_symlink(diagnostics, shown); break;
                case GIT_FILEMODE_COMMIT: report_submodule(diagnostics, shown); break;
                default: report_special_file(diagnostics, shown); break;
            }
        }
    }
}

}  // namespace

std::unique_ptr<ContentSource> make_git_source(std::string repo_path, std::string ref, std::string subdir) {
    return std::make_unique<GitSource>(std::move(repo_path), std::move(ref), std::move(subdir));
}

}  // namespace stilas::source
