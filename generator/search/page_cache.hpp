// The incremental cache: page analyses of the previous build, keyed by the page's content hash
// (plus whatever else its analysis depends on, as the caller builds the key), in one file under
// the cache folder (sok-sider.bin). A build reads it once and writes a new one with exactly its
// own pages. The same kind of file (sok-indeks.bin) keeps parts of the index files keyed by a
// hash of their inputs.
#pragma once

#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/mapped_file.hpp"
#include "util/string_index.hpp"

namespace stilas::search {

class PageCache {
public:
    /// `dir` = "" turns the cache off. A missing, unreadable or outdated file is an empty cache.
    explicit PageCache(std::string dir, std::string_view name = k_pages_file);
    ~PageCache();
    PageCache(const PageCache&) = delete;
    PageCache& operator=(const PageCache&) = delete;

    bool enabled() const { return !m_dir.empty(); }

    /// The record the previous build stored for `key`.
    std::optional<std::string_view> find(std::string_view key) const;

    /// Keeps `record` for the next build. Thread-safe.
    void store(std::string_view key, std::string_view record);

    /// Publishes what was stored as the cache the next build reads, and frees the old one.
    void commit();

    /// The cache file `name` in `dir`.
    static std::string file_in(const std::string& dir, std::string_view name = k_pages_file);

    /// The first line of a cache file: a file with another is not read.
    static std::string header();

    static constexpr std::string_view k_pages_file = "sok-sider.bin";
    static constexpr std::string_view k_index_file = "sok-indeks.bin";

private:
    void load();

    std::string m_dir;
    std::string m_file;
    /// The previous build's file, which m_old_records' views are into (m_old keeps its keys).
    util::MappedFile m_old_file;
    /// The previous build's keys → their records (a flat table: a node-based map took about
    /// 10 ms at 10,000 pages to make and to look up in, an allocation a key and a miss on the
    /// node before the key).
    util::StringIndex m_old;
    std::vector<std::string_view> m_old_records;
    std::mutex m_mutex;
    static constexpr size_t k_out_buffer_bytes = size_t{1} << 20;
    std::unique_ptr<char[]> m_out_buffer;   ///< m_out's buffer, which stdio uses until the file is closed
    std::FILE* m_out = nullptr;
    std::string m_out_path;
};

}  // namespace stilas::search
