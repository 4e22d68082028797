#include "markdown/compressed_text.hpp"

#include <zstd.h>

#include <memory>
#include <new>
#include <stdexcept>

namespace stilas::markdown {
namespace {

// Below this size compressing saves too little to be worth the time.
constexpr size_t k_min_size = 512;
constexpr int k_level = -3;

// One context per thread: making a context allocates, compressing with one does not.
ZSTD_CCtx* compress_context() {
    thread_local std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    if (!context) throw std::bad_alloc();
    return context.get();
}

ZSTD_DCtx* decompress_context() {
    thread_local std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    if (!context) throw std::bad_alloc();
    return context.get();
}

}  // namespace

CompressedText::CompressedText(std::string_view text) : m_size(text.size()) {
    if (text.size() < k_min_size) {
        m_bytes = text;
        return;
    }
    m_bytes.resize(ZSTD_compressBound(text.size()));
    const size_t n = ZSTD_compressCCtx(compress_context(), m_bytes.data(), m_bytes.size(), text.data(), text.size(), k_level);
    if (ZSTD_isError(n) || n >= text.size()) {
        m_bytes = text;
        return;
    }
    m_bytes.resize(n);
    m_bytes.shrink_to_fit();
    m_compressed = true;
}

std::string CompressedText::text() const {
    if (!m_compressed) return m_bytes;
    std::string out(m_size, '\0');
    const size_t n = ZSTD_decompressDCtx(decompress_context(), out.data(), out.size(), m_bytes.data(), m_bytes.size());
    if (ZSTD_isError(n) || n != m_size) throw std::runtime_error("zstd: pre-rendered HTML could not be read back");
    return out;
}

}  // namespace stilas::markdown
