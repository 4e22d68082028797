// Text kept compressed in memory (LZ4, its fast default): the pre-rendered HTML of every page
// waits for the render phase, and compressed it takes well under half the memory. LZ4 over
// zstd: on page-sized HTML it compresses about twice and decompresses about three times as fast
// for a 12 % larger result (bench figures in README.md). Internal to markdown/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stilas::markdown {

class CompressedText {
public:
    CompressedText() = default;
    explicit CompressedText(std::string_view text);

    /// The text as it was given.
    std::string text() const;
    /// Appends the text as it was given to `out`.
    void append_to(std::string& out) const;
    /// The text as it was given, read into the start of `room` when compressed: `room` is only
    /// space, grown when too small and never shrunk, so a string reused page after page is not
    /// filled anew each time. Valid until `room` or this object changes.
    std::string_view read_into(std::string& room) const;
    size_t size() const { return m_size; }

private:
    void decompress_to(char* dest) const;

    std::string m_bytes;   ///< one LZ4 block, or the text itself when it is short
    size_t m_size = 0;
    bool m_compressed = false;
};

}  // namespace stilas::markdown
