// DirectorySink: the built site on disk, written to a staging folder beside the output folder
// and published with one rename; a folder without the marker file is never touched.
#pragma once

#include <mutex>
#include <string>
#include <unordered_set>

#include "output/output_sink.hpp"

namespace stilas::output {

/// The marker a staging folder carries from its creation, so leftovers of killed builds can be
/// recognised (with their name) and removed.
inline constexpr const char* k_staging_marker_file = ".stilas-staging";

class DirectorySink : public OutputSink {
public:
    /// Use make_directory_sink(), which checks `out_dir` and creates `staging_dir`.
    DirectorySink(std::string out_dir_shown, std::string out_dir, std::string staging_dir, Durability durability);
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

    std::string m_out_dir_shown;  ///< as the user gave it, for messages
    std::string m_out_dir;        ///< absolute, no trailing '/'
    std::string m_staging_dir;
    Durability m_durability;
    std::mutex m_state_mutex;
    /// Folders already made in the staging folder, so each is made once, not once per file.
    std::mutex m_folders_mutex;
    std::unordered_set<std::string> m_folders;
    State m_state = State::open;
};

}  // namespace stilas::output
