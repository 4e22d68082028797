// The stamp table's file: a header line, the root it was recorded for, when that build began
// reading, then per file its path, stamp and blob id, and last a hash of all that (a damaged
// file is not read: a wrong id trusted would key the search cache wrongly). Numbers are fixed
// 8-byte words in this machine's byte order (a check word in the header rejects another order).
#include "source/stamp_cache.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "util/content_hash.hpp"
#include "util/paths.hpp"

namespace stilas::source {

namespace {

constexpr std::string_view k_header = "stilas-filstempler 1\n";
constexpr uint64_t k_byte_order = 0x0102030405060708ull;
constexpr size_t k_blob_id_size = 40;
constexpr size_t k_check_size = 2 * sizeof(uint64_t);

/// The check written after the table's bytes.
std::string check_of(std::string_view bytes) {
    const util::ContentHash hash = util::ContentHash().add(bytes);
    std::string out;
    const uint64_t words[2] = {hash.first(), hash.second()};
    out.append(reinterpret_cast<const char*>(words), sizeof words);
    return out;
}

void put_word(std::string& out, uint64_t word) { out.append(reinterpret_cast<const char*>(&word), sizeof word); }

void put_text(std::string& out, std::string_view text) {
    put_word(out, text.size());
    out.append(text);
}

/// Reads from a byte string, and remembers when it ran past the end.
class Reader {
public:
    explicit Reader(std::string_view bytes, size_t pos) : m_bytes(bytes), m_pos(pos) {}

    uint64_t word() {
        uint64_t w = 0;
        if (m_bytes.size() - m_pos < sizeof w) return fail();
        std::memcpy(&w, m_bytes.data() + m_pos, sizeof w);
        m_pos += sizeof w;
        return w;
    }
    std::string_view text() {
        const uint64_t n = word();
        if (n > m_bytes.size() - m_pos) {
            fail();
            return {};
        }
        std::string_view t = m_bytes.substr(m_pos, n);
        m_pos += n;
        return t;
    }
    bool ok() const { return m_ok; }
    bool at_end() const { return m_pos == m_bytes.size(); }

private:
    uint64_t fail() {
        m_ok = false;
        m_pos = m_bytes.size();
        return 0;
    }
    std::string_view m_bytes;
    size_t m_pos;
    bool m_ok = true;
};

bool is_blob_id(std::string_view id) {
    if (id.size() != k_blob_id_size) return false;
    for (char c : id)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

}  // namespace

int64_t wall_clock_ns() {
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return static_cast<int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

StampCache StampCache::read(const std::string& file, std::string_view root, int64_t margin_ns) {
    StampCache cache;
    std::string bytes;
    if (!util::read_whole_file(file, bytes) || !std::string_view(bytes).starts_with(k_header) ||
        bytes.size() < k_header.size() + k_check_size)
        return cache;
    const std::string_view table = std::string_view(bytes).substr(0, bytes.size() - k_check_size);
    if (check_of(table) != std::string_view(bytes).substr(table.size())) return cache;
    Reader in(table, k_header.size());
    if (in.word() != k_byte_order || in.text() != root) return cache;
    const auto started = static_cast<int64_t>(in.word());
    const uint64_t count = in.word();
    // Each entry takes at least eight words and its id: a count beyond that is a damaged file.
    if (!in.ok() || count > table.size() / (8 * sizeof(uint64_t) + k_blob_id_size)) return cache;
    std::vector<StampEntry> entries(count);
    for (StampEntry& e : entries) {
        e.path = in.text();
        e.stamp.size = in.word();
        e.stamp.mtime_ns = static_cast<int64_t>(in.word());
        e.stamp.ctime_ns = static_cast<int64_t>(in.word());
        e.stamp.inode = in.word();
        e.stamp.device = in.word();
        e.blob_id = in.text();
        if (!in.ok() || !is_blob_id(e.blob_id)) return cache;
    }
    if (!in.at_end()) return cache;
    cache.m_trusted_before = started - margin_ns;
    cache.m_entries = std::move(entries);
    cache.m_by_path.reserve(cache.m_entries.size());
    for (size_t i = 0; i < cache.m_entries.size(); ++i) cache.m_by_path.try_emplace(cache.m_entries[i].path, i);
    return cache;
}

void StampCache::write(const std::string& file, std::string_view root, int64_t started_ns,
                       const std::vector<StampEntry>& entries) {
    std::string out(k_header);
    put_word(out, k_byte_order);
    put_text(out, root);
    put_word(out, static_cast<uint64_t>(started_ns));
    put_word(out, entries.size());
    for (const StampEntry& e : entries) {
        put_text(out, e.path);
        put_word(out, e.stamp.size);
        put_word(out, static_cast<uint64_t>(e.stamp.mtime_ns));
        put_word(out, static_cast<uint64_t>(e.stamp.ctime_ns));
        put_word(out, e.stamp.inode);
        put_word(out, e.stamp.device);
        put_text(out, e.blob_id);
    }
    out += check_of(out);
    std::error_code ec;
    const std::filesystem::path parent = std::filesystem::path(file).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    const std::string temp = file + ".tmp" + std::to_string(::getpid());
    std::FILE* f = std::fopen(temp.c_str(), "wb");
    if (!f) return;
    const bool written = std::fwrite(out.data(), 1, out.size(), f) == out.size();
    if (std::fclose(f) != 0 || !written || std::rename(temp.c_str(), file.c_str()) != 0) std::remove(temp.c_str());
}

const std::string* StampCache::find(std::string_view path, const FileStamp& stamp) const {
    const auto i = m_by_path.find(path);
    if (!i) return nullptr;
    const StampEntry& e = m_entries[*i];
    if (!(e.stamp == stamp) || std::max(stamp.mtime_ns, stamp.ctime_ns) >= m_trusted_before) return nullptr;
    return &e.blob_id;
}

}  // namespace stilas::source
