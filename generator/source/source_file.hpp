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
    /// equal ids from a folder, from git and from memory.
    std::string blob_id;
    /// Commit times (seconds since the epoch, UTC) when known from git history, else 0.
    int64_t created = 0;
    int64_t modified = 0;
};

}  // namespace stilas::source
