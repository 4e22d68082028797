// PageBuffer: the buffer a template renders a page into. Literal template text is copied in
// whole 16-byte blocks and values are HTML-escaped straight into it, so writing a page costs
// no call and no capacity check per byte; the buffer keeps its room from page to page.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace stilas::render {

class PageBuffer {
public:
    /// Copies are made in blocks of this many bytes; padded text (see padded()) has this many
    /// bytes after its end, and the buffer this many to spare.
    static constexpr size_t k_block = 16;

    /// `text` followed by k_block NUL bytes, for append_padded().
    static std::string padded(std::string_view text);

    /// Empties the buffer (its room is kept).
    void clear() { m_size = 0; }
    /// What has been written.
    std::string_view view() const { return {m_data.get(), m_size}; }

    /// Appends `text` as it is.
    void append(std::string_view text) {
        char* out = room(text.size());
        if (!text.empty()) std::memcpy(out, text.data(), text.size());
        m_size += text.size();
    }
    /// Appends the text padded() made `padded` from: whole blocks are copied (reading and writing
    /// up to k_block - 1 bytes past its end, which both have to spare).
    void append_padded(const std::string& padded) {
        const size_t size = padded.size() - k_block;
        char* out = room(size);
        const char* in = padded.data();
        for (size_t i = 0; i < size; i += k_block) std::memcpy(out + i, in + i, k_block);
        m_size += size;
    }
    /// Appends `text` with & < > " ' escaped for HTML text and attribute values.
    void append_escaped(std::string_view text);

private:
    /// Where the next `n` bytes go, with k_block bytes to spare after them.
    char* room(size_t n) {
        if (m_capacity - m_size < n + k_block) grow(n);
        return m_data.get() + m_size;
    }
    void grow(size_t n);

    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

}  // namespace stilas::render
