// The cache file: a header line with the analyzer version, then (key, record) pairs as
// length-prefixed bytes. Written to a temporary file and renamed, so a killed build leaves the
// previous cache whole.
#include "search/page_cache.hpp"

#include <unistd.h>

#include <filesystem>

#include "search/analyzer.hpp"
#include "search/varint.hpp"
#include "util/mapped_file.hpp"
#include "util/paths.hpp"

namespace stilas::search {

// The analyzer's version, then the version of the records' layout (3: entries as the records
// keep them, with the terms and endings named by id beside them).
std::string PageCache::header() { return "stilas-sok-sidecache " + std::to_string(k_analyzer_version) + ".3\n"; }

std::string PageCache::file_in(const std::string& dir, std::string_view name) {
    return util::join_path(dir, std::string(name));
}

PageCache::PageCache(std::string dir, std::string_view name) : m_dir(std::move(dir)) {
    if (!enabled()) return;
    m_file = file_in(m_dir, name);
    load();
    std::error_code ec;
    std::filesystem::create_directories(m_dir, ec);
    m_out_path = m_file + ".tmp" + std::to_string(::getpid());
    m_out = std::fopen(m_out_path.c_str(), "wb");
    if (!m_out) return;
    // Written in large blocks: stdio's own 4 KB buffer made a system call per 4 KB (1,400 for
    // 10,000 pages' records).
    m_out_buffer = std::make_unique_for_overwrite<char[]>(k_out_buffer_bytes);
    std::setvbuf(m_out, m_out_buffer.get(), _IOFBF, k_out_buffer_bytes);
    std::fputs(header().c_str(), m_out);
}

PageCache::~PageCache() {
    if (!m_out) return;
    std::fclose(m_out);
    std::remove(m_out_path.c_str());
}

void PageCache::load() {
    // Mapped, not read: a copy in the process's memory would be 5.5 MB more at peak at 10,000
    // pages, held until commit(), all of it memory the process touches for the first time.
    m_old_file = util::MappedFile(m_file);
    const std::string_view bytes = m_old_file.bytes();
    if (!bytes.starts_with(header())) {
        m_old_file.reset();
        return;
    }
    const size_t start = header().size();
    // The pairs are counted first, so that the table is made at its size.
    size_t pairs = 0;
    for (size_t pos = start; pos < bytes.size(); ++pairs) {
        get_bytes(bytes, pos);
        get_bytes(bytes, pos);
    }
    m_old.reserve(pairs);
    m_old_records.reserve(pairs);
    for (size_t pos = start; pos < bytes.size();) {
        const std::string_view key = get_bytes(bytes, pos);
        const std::string_view record = get_bytes(bytes, pos);
        // (A key met twice keeps its first record.)
        if (m_old.try_emplace(key, m_old_records.size()).second) m_old_records.push_back(record);
    }
}

std::optional<std::string_view> PageCache::find(std::string_view key) const {
    if (const auto i = m_old.find(key)) return m_old_records[*i];
    return std::nullopt;
}

void PageCache::store(std::string_view key, std::string_view record) {
    thread_local std::string bytes;   // (a buffer per thread: no allocation per page)
    bytes.clear();
    put_bytes(bytes, key);
    put_bytes(bytes, record);
    std::lock_guard lock(m_mutex);
    if (m_out) std::fwrite(bytes.data(), 1, bytes.size(), m_out);
}

void PageCache::commit() {
    std::lock_guard lock(m_mutex);
    m_old = util::StringIndex();
    std::vector<std::string_view>().swap(m_old_records);
    m_old_file.reset();
    if (!m_out) return;
    const bool written = std::fclose(m_out) == 0;
    m_out = nullptr;
    m_out_buffer.reset();
    if (!written || std::rename(m_out_path.c_str(), m_file.c_str()) != 0) std::remove(m_out_path.c_str());
}

}  // namespace stilas::search
