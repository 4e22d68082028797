#include "markdown/html_escape.hpp"

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace stilas::markdown {
namespace {

// cmark-gfm's URL-safe set: letters, digits and -_.+!*(),%#@?=;:/$~ are copied as they are.
constexpr std::array<bool, 256> make_href_safe() {
    std::array<bool, 256> safe{};
    for (int c = 'a'; c <= 'z'; ++c) safe[static_cast<size_t>(c)] = true;
    for (int c = 'A'; c <= 'Z'; ++c) safe[static_cast<size_t>(c)] = true;
    for (int c = '0'; c <= '9'; ++c) safe[static_cast<size_t>(c)] = true;
    for (char c : std::string_view("-_.+!*(),%#@?=;:/$~")) safe[static_cast<unsigned char>(c)] = true;
    return safe;
}
constexpr std::array<bool, 256> k_href_safe = make_href_safe();

// Which bytes become an entity (" & < >): '"' | 4 and '&' | 4 are both '&', '<' | 2 and '>' | 2
// are both '>', so two compares find all four.
bool is_html_special(char c) { return (c | 4) == '&' || (c | 2) == '>'; }

#if defined(__SSE2__)
// Bit i set when byte i of the 16 at `p` is special.
unsigned html_special_mask(const char* p) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(bytes, _mm_set1_epi8(4)), _mm_set1_epi8('&')),
                                      _mm_cmpeq_epi8(_mm_or_si128(bytes, _mm_set1_epi8(2)), _mm_set1_epi8('>')));
    return static_cast<unsigned>(_mm_movemask_epi8(hits));
}

// next_html_special for a text of 16 bytes or more: 16 at a time, the rest as the last 16.
size_t next_html_special_sse2(std::string_view text, size_t from) {
    for (; from + 16 <= text.size(); from += 16) {
        if (const unsigned mask = html_special_mask(text.data() + from)) return from + static_cast<size_t>(__builtin_ctz(mask));
    }
    const size_t last = text.size() - 16;
    const unsigned mask = html_special_mask(text.data() + last) >> (from - last);
    return mask != 0 ? from + static_cast<size_t>(__builtin_ctz(mask)) : text.size();
}
#endif

}  // namespace

size_t next_html_special(std::string_view text, size_t from) {
#if defined(__SSE2__)
    if (text.size() >= 16) return next_html_special_sse2(text, from);
#endif
    while (from < text.size() && !is_html_special(text[from])) ++from;
    return from;
}

std::string_view html_entity(char c) {
    switch (c) {
        case '&': return "&amp;";
        case '<': return "&lt;";
        case '>': return "&gt;";
        default: return "&quot;";
    }
}

void append_escaped_html(std::string& out, std::string_view text) {
    for_each_escaped_piece(text, [&out](std::string_view piece) { out.append(piece.data(), piece.size()); });
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_escaped_html(out, text);
    return out;
}

void append_escaped_href(std::string& out, std::string_view url) {
    static constexpr char k_hex[] = "0123456789ABCDEF";
    size_t i = 0;
    while (i < url.size()) {
        // A run of safe bytes (most URLs are one) is copied at once.
        const size_t run_start = i;
        while (i < url.size() && k_href_safe[static_cast<unsigned char>(url[i])]) ++i;
        if (i > run_start) out.append(url.data() + run_start, i - run_start);
        if (i == url.size()) break;
        const auto c = static_cast<unsigned char>(url[i++]);
        if (c == '&') {
            out += "&amp;";
        } else if (c == '\'') {
            out += "&#x27;";
        } else {
            out += '%';
            out += k_hex[c >> 4];
            out += k_hex[c & 0xF];
        }
    }
}

}  // namespace stilas::markdown
