// SourceFile: one file of the content tree as loaded, whatever it was loaded from.
#pragma once

#include <cstdint>
#include <string>

namespace stilas::source {

struct SourceFile {
    /// Path below the content root, `/`-separated, e.g. "verktoy/igp.md".
    std::string path;
    /// The file's bytes, unmodified.
    std::string bytes;
    /// The git blob id (40 hex digits) of the bytes, whatever the source: equal bytes give
    /// equal ids from a folder, from git and from memory. Empty from a folder source asked to
    /// make none.
    std::string blob_id;
    /// A folder source that makes no blob ids (make_directory_source) keeps the file's size,
    /// modification time and inode as read here instead, for reread(); 0 otherwise.
    uint64_t stamp = 0;
    /// Commit times (seconds since the epoch, UTC) when known from git history, else 0.
    int64_t created = 0;
    int64_t modified = 0;
};

}  // namespace stilas::source
