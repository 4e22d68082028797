#include "markdown/compressed_text.hpp"

#include <lz4.h>

#include <stdexcept>

namespace stilas::markdown {
namespace {

// Below this size compressing saves too little to be worth the time.
constexpr size_t k_min_size = 512;

}  // namespace

CompressedText::CompressedText(std::string_view text) : m_size(text.size()) {
    if (text.size() < k_min_size || text.size() > static_cast<size_t>(LZ4_MAX_INPUT_SIZE)) {
        m_bytes = text;
        return;
    }
    const int src = static_cast<int>(text.size());
    m_bytes.resize(static_cast<size_t>(LZ4_compressBound(src)));
    const int n = LZ4_compress_default(text.data(), m_bytes.data(), src, static_cast<int>(m_bytes.size()));
    if (n <= 0 || static_cast<size_t>(n) >= text.size()) {
        m_bytes = text;
        return;
    }
    m_bytes.resize(static_cast<size_t>(n));
    m_bytes.shrink_to_fit();
    m_compressed = true;
}

void CompressedText::append_to(std::string& out) const {
    if (!m_compressed) {
        out += m_bytes;
        return;
    }
    const size_t at = out.size();
    out.resize(at + m_size);
    const int n = LZ4_decompress_safe(m_bytes.data(), out.data() + at, static_cast<int>(m_bytes.size()),
                                      static_cast<int>(m_size));
    if (n < 0 || static_cast<size_t>(n) != m_size) throw std::runtime_error("lz4: pre-rendered HTML could not be read back");
}

std::string CompressedText::text() const {
    std::string out;
    append_to(out);
    return out;
}

}  // namespace stilas::markdown
