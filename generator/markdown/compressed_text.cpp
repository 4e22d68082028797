#include "markdown/compressed_text.hpp"

#include <lz4.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <stdexcept>
#include <vector>

namespace stilas::markdown {
namespace {

// Below this size compressing saves too little to be worth the time.
constexpr size_t k_min_size = 512;
// LZ4 finds matches at most 64 KB back: a longer dictionary would only take memory.
constexpr size_t k_max_dictionary = size_t{64} << 10;

// One stream and one output buffer per thread. A stream is reset in O(1) between pages (a
// fresh one clears 16 KB of table, more than compressing a small page costs); after the reset
// nothing of the previous page is referred to, so each page stays one independent LZ4 block.
struct Compressor {
    std::unique_ptr<LZ4_stream_t, decltype(&LZ4_freeStream)> stream{LZ4_createStream(), &LZ4_freeStream};
    std::vector<char> out;
};

Compressor& compressor() {
    thread_local Compressor c;
    if (!c.stream) throw std::bad_alloc();
    return c;
}

}  // namespace

HtmlDictionary::HtmlDictionary(std::string sample)
    : m_bytes(sample.size() > k_max_dictionary ? sample.substr(sample.size() - k_max_dictionary) : std::move(sample)),
      m_prepared(new unsigned char[sizeof(LZ4_stream_t)]) {
    auto* stream = reinterpret_cast<LZ4_stream_t*>(m_prepared.get());
    if (!LZ4_initStream(stream, sizeof(LZ4_stream_t))) throw std::runtime_error("lz4: no stream for the dictionary");
    LZ4_loadDict(stream, m_bytes.data(), static_cast<int>(m_bytes.size()));
}

HtmlDictionary::~HtmlDictionary() = default;

CompressedText::CompressedText(std::string_view text, std::shared_ptr<const HtmlDictionary> dictionary)
    : m_size(text.size()) {
    if (text.size() < k_min_size || text.size() > static_cast<size_t>(LZ4_MAX_INPUT_SIZE)) {
        m_bytes = text;
        return;
    }
    Compressor& c = compressor();
    const int src = static_cast<int>(text.size());
    c.out.resize(std::max(c.out.size(), static_cast<size_t>(LZ4_compressBound(src))));
    // The stream starts as the dictionary left it (the text then refers to it and to nothing
    // of the previous text), or empty.
    if (dictionary) std::memcpy(c.stream.get(), dictionary->prepared_stream(), sizeof(LZ4_stream_t));
    else LZ4_resetStream_fast(c.stream.get());
    const int n = LZ4_compress_fast_continue(c.stream.get(), text.data(), c.out.data(), src,
                                             static_cast<int>(c.out.size()), 1);
    if (n <= 0 || static_cast<size_t>(n) >= text.size()) {
        m_bytes = text;
        return;
    }
    m_bytes.assign(c.out.data(), static_cast<size_t>(n));
    m_compressed = true;
    m_dictionary = std::move(dictionary);
}

void CompressedText::append_to(std::string& out) const {
    if (!m_compressed) {
        out += m_bytes;
        return;
    }
    const size_t at = out.size();
    out.resize(at + m_size);
    decompress_to(out.data() + at);
}

std::string_view CompressedText::read_into(std::string& room) const {
    if (!m_compressed) return m_bytes;
    if (room.size() < m_size) room.resize(m_size);
    decompress_to(room.data());
    return std::string_view(room.data(), m_size);
}

void CompressedText::decompress_to(char* dest) const {
    const int n = m_dictionary ? LZ4_decompress_safe_usingDict(m_bytes.data(), dest, static_cast<int>(m_bytes.size()),
                                                               static_cast<int>(m_size), m_dictionary->bytes().data(),
                                                               static_cast<int>(m_dictionary->bytes().size()))
                               : LZ4_decompress_safe(m_bytes.data(), dest, static_cast<int>(m_bytes.size()),
                                                     static_cast<int>(m_size));
    if (n < 0 || static_cast<size_t>(n) != m_size) throw std::runtime_error("lz4: pre-rendered HTML could not be read back");
}

std::string CompressedText::text() const {
    std::string out;
    append_to(out);
    return out;
}

}  // namespace stilas::markdown
