// Internal to source/: RAII owners for libgit2 objects, one-time library set-up, error text.
// Only source/*.cpp include this header (it exposes libgit2 types).
#pragma once

#include <git2.h>

#include <memory>
#include <string>

namespace stilas::source {

/// Frees a libgit2 object with its own free function.
template <auto Free>
struct GitFree {
    template <typename T>
    void operator()(T* p) const { Free(p); }
};

using RepositoryPtr = std::unique_ptr<git_repository, GitFree<&git_repository_free>>;
using ObjectPtr = std::unique_ptr<git_object, GitFree<&git_object_free>>;
using TreePtr = std::unique_ptr<git_tree, GitFree<&git_tree_free>>;
using CommitPtr = std::unique_ptr<git_commit, GitFree<&git_commit_free>>;
using BlobPtr = std::unique_ptr<git_blob, GitFree<&git_blob_free>>;
using TreeEntryPtr = std::unique_ptr<git_tree_entry, GitFree<&git_tree_entry_free>>;
using ReferencePtr = std::unique_ptr<git_reference, GitFree<&git_reference_free>>;
using BranchIteratorPtr = std::unique_ptr<git_branch_iterator, GitFree<&git_branch_iterator_free>>;

/// Initialises libgit2 once per process (thread-safe; never shut down).
void ensure_libgit2();

/// libgit2's last error message on this thread, or "ukjent feil".
std::string last_git_error();

/// The 40-character hex form of `oid`.
std::string oid_hex(const git_oid& oid);

/// The tree `subdir` (a `/`-separated path, "" for the root) below `root`; null when it is
/// missing or not a folder.
TreePtr subtree(git_repository* repo, const git_tree* root, const std::string& subdir);

}  // namespace stilas::source
