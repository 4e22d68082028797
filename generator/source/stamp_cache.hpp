// Internal to source/: the blob ids of a folder's files, kept from one build to the next beside
// each file's stamp (size, modification and change times, inode, device), so that a folder
// build with --cache hashes only the files that changed since the last one: what git's index
// does for `git status`. One file in the cache folder (kilde-stempler.bin).
//
// A stamp is trusted only for a file last changed well before the recording build started
// reading (by `margin_ns`): file times come from a coarse clock, and a file changed twice
// within one tick, once before it was read and once after, keeps its stamp but not its bytes.
// Such a file is hashed again, as git treats a "racily clean" entry.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/string_index.hpp"

namespace stilas::source {

/// What the file system says of a file that changes when its bytes do.
struct FileStamp {
    uint64_t size = 0;
    int64_t mtime_ns = 0;
    int64_t ctime_ns = 0;   ///< set by the system on every change; no program can set it back
    uint64_t inode = 0;
    uint64_t device = 0;
    bool operator==(const FileStamp&) const = default;
};

/// One file as recorded: its path below the root, its stamp when read, its blob id.
struct StampEntry {
    std::string path;
    FileStamp stamp;
    std::string blob_id;
};

class StampCache {
public:
    StampCache() = default;
    StampCache(StampCache&&) = default;
    StampCache& operator=(StampCache&&) = default;
    StampCache(const StampCache&) = delete;
    StampCache& operator=(const StampCache&) = delete;

    /// The table `file` holds for the folder `root`; empty when the file is missing,
    /// unreadable, cut, in another format or recorded for another folder.
    static StampCache read(const std::string& file, std::string_view root, int64_t margin_ns);

    /// Writes the table for the next build: `entries` as read from `root`, whose reading began
    /// at `started_ns` (nanoseconds since the epoch, the file times' clock). Through a
    /// temporary file and a rename; the folder is made if missing. A cache: a failure leaves
    /// the previous table or none, and is not reported.
    static void write(const std::string& file, std::string_view root, int64_t started_ns,
                      const std::vector<StampEntry>& entries);

    /// The blob id recorded for `path`, when the file still has the `stamp` it had then and was
    /// last changed at least the margin before that build began reading; else nullptr.
    const std::string* find(std::string_view path, const FileStamp& stamp) const;

    size_t size() const { return m_entries.size(); }

private:
    int64_t m_trusted_before = 0;   ///< the recording build's start − the margin
    std::vector<StampEntry> m_entries;
    util::StringIndex m_by_path;   ///< path → its entry
};

/// Nanoseconds since the epoch now, on the clock file times are given by.
int64_t wall_clock_ns();

}  // namespace stilas::source
