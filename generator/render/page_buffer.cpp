// PageBuffer: growing the buffer and HTML escaping (16 bytes at a time where it can).
#include "render/page_buffer.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace stilas::render {

namespace {

/// What a character becomes in escaped text: up to 6 bytes, stored in 8 (with the size) so
/// that one fixed-size copy writes any of them. `size` 0: the character stays as it is.
struct Escape {
    char bytes[7];
    std::uint8_t size;
};

constexpr std::array<Escape, 256> k_escapes = [] {
    std::array<Escape, 256> table{};
    const auto set = [&](unsigned char c, std::string_view to) {
        for (size_t i = 0; i < to.size(); ++i) table[c].bytes[i] = to[i];
        table[c].size = static_cast<std::uint8_t>(to.size());
    };
    set('&', "&amp;");
    set('<', "&lt;");
    set('>', "&gt;");
    set('"', "&quot;");
    set('\'', "&#39;");
    return table;
}();

/// The longest escape: room for this many output bytes per input byte.
constexpr size_t k_max_growth = 6;

/// Writes `c`, escaped if it has to be; returns the position after it (8 bytes may be written).
char* put(char* out, unsigned char c) {
    const Escape& escape = k_escapes[c];
    if (escape.size == 0) {
        *out = static_cast<char>(c);
        return out + 1;
    }
    std::memcpy(out, &escape, sizeof escape);
    return out + escape.size;
}

#if defined(__SSE2__)
/// Copies `n` (under 16) bytes with fixed-size copies, overlapping where `n` is not a power of
/// two: no call for the short texts most values are.
[[gnu::always_inline]] inline void copy_short(char* out, const char* in, size_t n) {
    if (n >= 8) {
        std::memcpy(out, in, 8);
        std::memcpy(out + n - 8, in + n - 8, 8);
    } else if (n >= 4) {
        std::memcpy(out, in, 4);
        std::memcpy(out + n - 4, in + n - 4, 4);
    } else if (n > 0) {
        out[0] = in[0];
        out[n / 2] = in[n / 2];
        out[n - 1] = in[n - 1];
    }
}

/// A bit per byte of `block` that needs escaping. Three comparisons find the five: & and '
/// are 0x26 and 0x27, < and > are 0x3C and 0x3E.
unsigned special_bytes(__m128i block) {
    const __m128i hits =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(block, _mm_set1_epi8(1)), _mm_set1_epi8('\'')),
                                  _mm_cmpeq_epi8(_mm_or_si128(block, _mm_set1_epi8(2)), _mm_set1_epi8('>'))),
                     _mm_cmpeq_epi8(block, _mm_set1_epi8('"')));
    return static_cast<unsigned>(_mm_movemask_epi8(hits));
}

__m128i load_block(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
void store_block(char* out, __m128i block) { _mm_storeu_si128(reinterpret_cast<__m128i*>(out), block); }

/// Escapes [p, end) into `out`, where 16 bytes can be read from any p before `end` and
/// written at `out` (and 8 more after an escape). Each block is stored whole; the output then
/// moves past its plain bytes only, and an escape is written over the rest.
char* escape_blocks(char* out, const char* p, const char* const end) {
    while (p < end) {
        const __m128i block = load_block(p);
        store_block(out, block);
        const size_t left = static_cast<size_t>(end - p);
        unsigned mask = special_bytes(block);
        if (left < PageBuffer::k_block) mask &= (1u << left) - 1;
        if (mask == 0) {
            const size_t step = left < PageBuffer::k_block ? left : PageBuffer::k_block;
            p += step;
            out += step;
            continue;
        }
        const unsigned plain = static_cast<unsigned>(__builtin_ctz(mask));
        out = put(out + plain, static_cast<unsigned char>(p[plain]));
        p += plain + 1;
    }
    return out;
}

/// Escapes the last `n` (under 16) bytes of a text at least 16 long, ending at `end`.
char* escape_tail(char* out, const char* const end, size_t n) {
    // Mostly the text's last 16 bytes need no escape: then the block is stored over the bytes
    // before the tail too, which are already written as they are.
    const __m128i last = load_block(end - PageBuffer::k_block);
    if (special_bytes(last) == 0) {
        store_block(out - (PageBuffer::k_block - n), last);
        return out + n;
    }
    char rest[2 * PageBuffer::k_block] = {};
    copy_short(rest, end - n, n);
    return escape_blocks(out, rest, rest + n);
}
#endif

}  // namespace

std::string PageBuffer::padded(std::string_view text) {
    std::string out(text);
    out.append(k_block, '\0');
    return out;
}

void PageBuffer::grow(size_t n) {
    const size_t capacity = std::max({m_capacity * 2, m_size + n + k_block, size_t{16 * 1024}});
    auto data = std::make_unique<char[]>(capacity);
    if (m_size > 0) std::memcpy(data.get(), m_data.get(), m_size);
    m_data = std::move(data);
    m_capacity = capacity;
}

void PageBuffer::append_escaped(std::string_view text) {
    // Room for the worst case, plus what a block or an escape writes past it.
    char* out = room(text.size() * k_max_growth + k_block);
    const char* p = text.data();
    const char* const end = p + text.size();
#if defined(__SSE2__)
    if (text.size() >= k_block) {
        // Most values have nothing to escape: whole blocks are stored as they are until one has
        // something, then the rest is escaped from there: blocks while 16 bytes remain, then the
        // last (under 16) bytes from the text's last block.
        while (end - p >= static_cast<std::ptrdiff_t>(k_block)) {
            const __m128i block = load_block(p);
            if (special_bytes(block) != 0) {
                out = escape_blocks(out, p, end - (k_block - 1));
                p = end - (k_block - 1);
                break;
            }
            store_block(out, block);
            p += k_block;
            out += k_block;
        }
        if (p != end) out = escape_tail(out, end, static_cast<size_t>(end - p));
    } else if (p != end) {
        // A short value, copied into a block whose other bytes are NUL (which needs no escape):
        // stored whole when plain, escaped byte by byte otherwise.
        char rest[2 * k_block] = {};
        copy_short(rest, p, text.size());
        const __m128i block = load_block(rest);
        if (special_bytes(block) == 0) {
            store_block(out, block);
            out += text.size();
        } else {
            out = escape_blocks(out, rest, rest + text.size());
        }
    }
#else
    for (; p != end; ++p) out = put(out, static_cast<unsigned char>(*p));
#endif
    m_size = static_cast<size_t>(out - m_data.get());
}

}  // namespace stilas::render
