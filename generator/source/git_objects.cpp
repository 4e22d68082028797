#include "source/git_objects.hpp"

namespace stilas::source {

void ensure_libgit2() {
    // A function-local static gives a thread-safe once; the library stays up for the process.
    static const int k_init = git_libgit2_init();
    (void)k_init;
}

std::string last_git_error() {
    const git_error* e = git_error_last();
    return e != nullptr && e->message != nullptr ? std::string(e->message) : "ukjent feil";
}

std::string oid_hex(const git_oid& oid) {
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &oid);
    return buf;
}

TreePtr subtree(git_repository* repo, const git_tree* root, const std::string& subdir) {
    if (subdir.empty()) {
        git_tree* dup = nullptr;
        if (git_tree_dup(&dup, const_cast<git_tree*>(root)) != 0) return nullptr;
        return TreePtr(dup);
    }
    git_tree_entry* raw = nullptr;
    if (git_tree_entry_bypath(&raw, root, subdir.c_str()) != 0) return nullptr;
    TreeEntryPtr entry(raw);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE) return nullptr;
    git_tree* tree = nullptr;
    if (git_tree_lookup(&tree, repo, git_tree_entry_id(entry.get())) != 0) return nullptr;
    return TreePtr(tree);
}

}  // namespace stilas::source
