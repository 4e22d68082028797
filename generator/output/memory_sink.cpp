// MemorySink (the site kept in a map, for tests) and DiscardSink (for `stilas check`).
#include "output/output_sink.hpp"
#include "util/paths.hpp"

namespace stilas::output {

namespace {
// Checked like the directory sink, so tests and `check` catch a path that would be refused on disk.
std::string check_path(const std::string& path) {
    if (util::is_safe_relative_path(path)) return {};
    return "«" + path + "» er ikke en trygg relativ sti i utdatamappen og blir ikke skrevet.";
}
}  // namespace

std::string DiscardSink::write(const std::string& path, std::string_view) {
    std::string error = check_path(path);
    if (error.empty()) ++m_files;
    return error;
}

std::string MemorySink::write(const std::string& path, std::string_view bytes) {
    if (std::string error = check_path(path); !error.empty()) return error;
    std::lock_guard lock(m_mutex);
    m_files[path] = std::string(bytes);
    return {};
}

std::string MemorySink::commit() {
    std::lock_guard lock(m_mutex);
    m_committed = true;
    return {};
}

void MemorySink::abandon() {
    std::lock_guard lock(m_mutex);
    m_files.clear();
    m_committed = false;
}

}  // namespace stilas::output
