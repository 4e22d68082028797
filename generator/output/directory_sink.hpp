// DirectorySink: the built site on disk, written to a staging folder beside the output folder
// and published with one rename; a folder without the marker file is never touched.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>

#include "output/output_sink.hpp"

namespace stilas::output {

/// The marker a staging folder carries from its creation, so leftovers of killed builds can be
/// recognised (with their name) and removed.
inline constexpr const char* k_staging_marker_file = ".stilas-staging";

class DirectorySink : public OutputSink {
public:
    /// Use make_directory_sink(), which checks `out_dir`, creates `staging_dir` and opens it as
    /// `staging_folder` (a descriptor the sink closes).
    DirectorySink(std::string out_dir_shown, std::string out_dir, std::string staging_dir, int staging_folder,
                  Durability durability);
    ~DirectorySink() override;
    DirectorySink(const DirectorySink&) = delete;
    DirectorySink& operator=(const DirectorySink&) = delete;

    std::string write(const std::string& path, std::string_view bytes) override;
    std::string commit() override;
    void abandon() override;

    /// The staging folder files are written to before commit().
    const std::string& staging_dir() const { return m_staging_dir; }

private:
    enum class State { open, committed, abandoned };

    std::string publish();
    /// Closes m_staging_folder (before the staging folder is published or removed).
    void close_staging();

    /// Looks folders up by any string's view (no string made per file written).
    struct FolderHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };

    std::string m_out_dir_shown;  ///< as the user gave it, for messages
    std::string m_out_dir;        ///< absolute, no trailing '/'
    std::string m_staging_dir;
    /// The staging folder, open while files are written: their paths are looked up from it, not
    /// from the file system's root (five fewer folders walked a file for a site under /dev/shm).
    int m_staging_folder = -1;
    Durability m_durability;
    /// Changes of state are made under the lock; writes only read it (no lock a file).
    std::mutex m_state_mutex;
    std::atomic<State> m_state = State::open;
    /// Folders already made in the staging folder, so each is made once, not once per file.
    std::mutex m_folders_mutex;
    std::unordered_set<std::string, FolderHash, std::equal_to<>> m_folders;
};

}  // namespace stilas::output
