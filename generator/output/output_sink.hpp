// OutputSink: where the built site goes. Staging folder + atomic publish on disk; memory in tests.
#pragma once

#include <map>
#include <memory>
#include <atomic>
#include <mutex>
#include <string>
#include <string_view>

namespace stilas::output {

class OutputSink {
public:
    virtual ~OutputSink() = default;
    /// Writes one file at `path` (relative, `/`-separated, checked by
    /// util::is_safe_relative_path). Thread-safe. Returns "" or an error text.
    virtual std::string write(const std::string& path, std::string_view bytes) = 0;
    /// Publishes everything written so far as the whole site. Returns "" or an error text.
    virtual std::string commit() = 0;
    /// Drops everything written so far; the published site stays as it was.
    virtual void abandon() = 0;
};

/// The name of the marker file that says "this folder is Stilas output".
inline constexpr const char* k_marker_file = ".stilas-output";

/// A site folder on disk. Files go to a staging folder beside `out_dir`; commit() swaps it
/// in with one rename (renameat2 RENAME_EXCHANGE when `out_dir` exists), then removes the old
/// one. If `out_dir` exists, is not empty and has no marker file (or is a link or a file),
/// make_directory_sink() fails and nothing is ever deleted. The class is in directory_sink.hpp.
/// The rename makes publishing atomic for readers; with `Durability::synced` the staged files
/// are also forced to disk first (syncfs), so that not even a power cut can leave a published
/// site with half-written files. Like Hugo, Zola and Eleventy, the default does not wait for
/// the disk.
class DirectorySink;
enum class Durability { os_buffered, synced };
struct DirectorySinkResult {
    std::unique_ptr<OutputSink> sink;
    std::string error;   ///< environment error (exit 2) in Norwegian, when sink is null
};
DirectorySinkResult make_directory_sink(const std::string& out_dir, Durability durability = Durability::os_buffered);

/// Collects files in memory (tests and `stilas check`). write() is thread-safe and refuses
/// unsafe paths like the directory sink; read files() once the writers are done.
class MemorySink : public OutputSink {
public:
    std::string write(const std::string& path, std::string_view bytes) override;
    std::string commit() override;
    void abandon() override;
    bool committed() const { return m_committed; }
    const std::map<std::string, std::string>& files() const { return m_files; }

private:
    std::mutex m_mutex;
    std::map<std::string, std::string> m_files;
    bool m_committed = false;
};

/// Checks every path and counts the files, but keeps no bytes: `stilas check` renders the
/// whole site (so template errors are found) without writing or holding it.
class DiscardSink : public OutputSink {
public:
    std::string write(const std::string& path, std::string_view bytes) override;
    std::string commit() override { return {}; }
    void abandon() override {}
    size_t files() const { return m_files; }

private:
    std::atomic<size_t> m_files{0};
};

}  // namespace stilas::output
