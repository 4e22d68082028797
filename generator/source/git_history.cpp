#include "source/git_history.hpp"

#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace stilas::source {
namespace {

/// Compares two versions of the content tree entry by entry and stamps the files whose blob
/// changed. Identical subtrees (same id) are skipped whole, which keeps a walk over thousands
/// of commits cheap: most commits touch one or two folders.
class TreeComparer {
public:
    TreeComparer(git_repository* repo, std::vector<SourceFile>& files) : m_repo(repo), m_files(files) {
        for (size_t i = 0; i < files.size(); ++i) {
            const std::string& path = files[i].path;
            m_file_index.emplace(path, i);
            for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
                m_folders.insert(path.substr(0, slash));
            }
        }
    }

    void compare(const git_tree* old_tree, const git_tree* new_tree, const std::string& prefix, int64_t time) {
        if (new_tree == nullptr) return;
        if (old_tree != nullptr && git_oid_equal(git_tree_id(old_tree), git_tree_id(new_tree))) return;
        const size_t count = git_tree_entrycount(new_tree);
        for (size_t i = 0; i < count; ++i) {
            const git_tree_entry* entry = git_tree_entry_byindex(new_tree, i);
            const char* name = git_tree_entry_name(entry);
            const git_tree_entry* before =
                old_tree != nullptr ? git_tree_entry_byname(old_tree, name) : nullptr;
            if (before != nullptr && git_oid_equal(git_tree_entry_id(before), git_tree_entry_id(entry))) continue;
            std::string path = prefix.empty() ? std::string(name) : prefix + "/" + name;
            if (git_tree_entry_type(entry) == GIT_OBJECT_TREE) {
                if (m_folders.count(path) == 0) continue;
                TreePtr new_sub = lookup_tree(entry);
                TreePtr old_sub = before != nullptr && git_tree_entry_type(before) == GIT_OBJECT_TREE
                                      ? lookup_tree(before)
                                      : nullptr;
                compare(old_sub.get(), new_sub.get(), path, time);
            } else if (auto it = m_file_index.find(path); it != m_file_index.end()) {
                stamp(m_files[it->second], time);
            }
        }
    }

private:
    TreePtr lookup_tree(const git_tree_entry* entry) const {
        git_tree* tree = nullptr;
        if (git_tree_lookup(&tree, m_repo, git_tree_entry_id(entry)) != 0) return nullptr;
        return TreePtr(tree);
    }

    static void stamp(SourceFile& file, int64_t time) {
        if (file.created == 0 || time < file.created) file.created = time;
        if (time > file.modified) file.modified = time;
    }

    git_repository* m_repo;
    std::vector<SourceFile>& m_files;
    std::unordered_map<std::string, size_t> m_file_index;
    std::unordered_set<std::string> m_folders;
};

std::string oid_key(const git_oid* oid) {
    return std::string(reinterpret_cast<const char*>(oid->id), GIT_OID_RAWSZ);
}

TreePtr content_tree(git_repository* repo, const git_commit* commit, const std::string& subdir) {
    git_tree* root = nullptr;
    if (git_commit_tree(&root, commit) != 0) return nullptr;
    TreePtr root_owner(root);
    return subdir.empty() ? std::move(root_owner) : subtree(repo, root, subdir);
}

}  // namespace

void fill_git_dates(git_repository* repo, const git_commit* tip, const std::string& subdir,
                    std::vector<SourceFile>& files) {
    TreeComparer comparer(repo, files);
    // Our own walk rather than git_revwalk: libgit2 1.5 fails a whole revwalk when a shallow
    // clone lacks a parent, where we want to keep the history that is there.
    std::vector<CommitPtr> pending;
    std::unordered_set<std::string> seen{oid_key(git_commit_id(tip))};
    git_commit* first = nullptr;
    if (git_commit_dup(&first, const_cast<git_commit*>(tip)) != 0) return;
    pending.emplace_back(first);
    while (!pending.empty()) {
        CommitPtr commit = std::move(pending.back());
        pending.pop_back();
        CommitPtr first_parent;
        const unsigned parents = git_commit_parentcount(commit.get());
        for (unsigned n = 0; n < parents; ++n) {
            git_commit* parent = nullptr;
            if (git_commit_parent(&parent, commit.get(), n) != 0) continue;  // cut off by a shallow clone
            CommitPtr owner(parent);
            if (n == 0) {
                git_commit* dup = nullptr;
                if (git_commit_dup(&dup, parent) == 0) first_parent.reset(dup);
            }
            if (seen.insert(oid_key(git_commit_id(parent))).second) pending.push_back(std::move(owner));
        }
        TreePtr now = content_tree(repo, commit.get(), subdir);
        TreePtr before = first_parent ? content_tree(repo, first_parent.get(), subdir) : nullptr;
        comparer.compare(before.get(), now.get(), "", static_cast<int64_t>(git_commit_time(commit.get())));
    }
}

}  // namespace stilas::source
