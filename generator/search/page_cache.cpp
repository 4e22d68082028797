// The cache file: a header line with the analyzer version, then (key, record) pairs as
// length-prefixed bytes. Written to a temporary file and renamed, so a killed build leaves the
// previous cache whole.
#include "search/page_cache.hpp"

#include <unistd.h>

#include <filesystem>

#include "search/analyzer.hpp"
#include "search/varint.hpp"
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
    if (m_out) std::fputs(header().c_str(), m_out);
}

PageCache::~PageCache() {
    if (!m_out) return;
    std::fclose(m_out);
    std::remove(m_out_path.c_str());
}

void PageCache::load() {
    if (!util::read_whole_file(m_file, m_old_bytes)) return;
    const std::string head = header();
    if (!std::string_view(m_old_bytes).starts_with(head)) {
        m_old_bytes.clear();
        return;
    }
    std::string_view bytes = m_old_bytes;
    size_t pos = head.size();
    while (pos < bytes.size()) {
        std::string_view key = get_bytes(bytes, pos);
        std::string_view record = get_bytes(bytes, pos);
        m_old.emplace(key, record);
    }
}

std::optional<std::string_view> PageCache::find(std::string_view key) const {
    if (auto it = m_old.find(key); it != m_old.end()) return it->second;
    return std::nullopt;
}

void PageCache::store(std::string_view key, std::string_view record) {
    std::string bytes;
    put_bytes(bytes, key);
    put_bytes(bytes, record);
    std::lock_guard lock(m_mutex);
    if (m_out) std::fwrite(bytes.data(), 1, bytes.size(), m_out);
}

void PageCache::commit() {
    std::lock_guard lock(m_mutex);
    m_old.clear();
    std::string().swap(m_old_bytes);
    if (!m_out) return;
    const bool written = std::fclose(m_out) == 0;
    m_out = nullptr;
    if (!written || std::rename(m_out_path.c_str(), m_file.c_str()) != 0) std::remove(m_out_path.c_str());
}

}  // namespace stilas::search
