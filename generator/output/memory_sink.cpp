// MemorySink: the site kept in a map, for tests and `stilas check`.
#include "output/output_sink.hpp"
#include "util/paths.hpp"

namespace stilas::output {

std::string MemorySink::write(const std::string& path, std::string_view bytes) {
    // Checked like the directory sink, so tests catch a path that would be refused on disk.
    if (!util::is_safe_relative_path(path)) {
        return "«" + path + "» er ikke en trygg relativ sti i utdatamappen og blir ikke skrevet.";
    }
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
