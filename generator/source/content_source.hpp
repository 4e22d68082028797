// ContentSource: where the content tree comes from (a folder, a git tree at a ref, memory).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostics.hpp"
#include "source/source_file.hpp"

namespace stilas::source {

/// What load() gives: the files sorted by path, or an environment error (missing folder,
/// not a repository, unknown ref: exit code 2) in `error`, in Norwegian with what to do.
struct LoadResult {
    std::vector<SourceFile> files;
    std::string error;
    /// Files whose blob ids were computed from their bytes (not taken from a stamp table).
    size_t hashed = 0;
};

class ContentSource {
public:
    virtual ~ContentSource() = default;
    /// Reads every regular file below the root. Entries that must not be read (symlinks,
    /// submodules, special files) are skipped with a diagnostic, never followed.
    virtual LoadResult load(diag::Diagnostics& diagnostics) const = 0;
    /// Prefix for diagnostic paths: the root as the editor knows it ("content/").
    virtual std::string display_prefix() const = 0;
    /// The bytes of a file load() gave, read again (the build frees page text once parsed and
    /// needs it back only to show the lines of diagnostics); nullopt when the file is gone or
    /// no longer has the bytes `file.blob_id` names.
    virtual std::optional<std::string> reread(const SourceFile& file) const = 0;
};

/// How a folder source reads its files.
struct FolderOptions {
    /// Give every file its blob id. Without, reread() knows a file by its size, modification
    /// time and inode (hashing every byte is only worth it for a build that keeps a cache keyed
    /// by blob ids).
    bool blob_ids = true;
    /// With blob ids: the file (in the cache folder) in which each build leaves its files'
    /// stamps and blob ids, so that the next hashes only files that changed (stamp_cache.hpp);
    /// "" for none.
    std::string stamp_file;
    /// A stamp is trusted only for a file changed this long before the recording build began
    /// reading: 2 s, more than the coarsest file times of the usual file systems (FAT's are
    /// 2 s; ext4's, tmpfs's and btrfs's follow the kernel's tick). Tests make it shorter.
    int64_t stamp_margin_ns = 2'000'000'000;
};

/// A folder on disk, walked without following symbolic links; names starting with '.' are
/// skipped. display_prefix() is `root` with one trailing '/'; dates come from git where the
/// folder lies in a work tree, else stay 0.
std::unique_ptr<ContentSource> make_directory_source(std::string root, FolderOptions options);
inline std::unique_ptr<ContentSource> make_directory_source(std::string root, bool blob_ids = true) {
    FolderOptions options;
    options.blob_ids = blob_ids;
    return make_directory_source(std::move(root), std::move(options));
}

/// The stamp table's name in a cache folder.
inline constexpr std::string_view k_stamp_file = "kilde-stempler.bin";

/// The tree of `ref` (branch, tag, commit id, `HEAD~2`, …) in the git repository at
/// `repo_path` (bare or not), below `subdir` (may be empty), read through libgit2 without a
/// checkout. display_prefix() is `subdir` + "/" ("" at the root), so diagnostic paths are
/// repository paths. created/modified come from the history up to `ref`.
std::unique_ptr<ContentSource> make_git_source(std::string repo_path, std::string ref, std::string subdir);

/// Files held in memory (tests). Paths as keys.
std::unique_ptr<ContentSource> make_memory_source(std::map<std::string, std::string> files,
                                                  std::string display_prefix = "content/");

}  // namespace stilas::source
