// Text kept compressed in memory (LZ4, its fast default): the pre-rendered HTML of every page
// waits for the render phase, and compressed it takes well under half the memory. LZ4 over
// zstd: on page-sized HTML it compresses about twice and decompresses about three times as fast
// for a 12 % larger result (bench figures in README.md). Internal to markdown/.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace stilas::markdown {

/// Text that later texts are compressed against (LZ4's dictionary): its last 64 KB, the most
/// LZ4 looks back. Pages' HTML repeats the site's markup and much of its words, so a page
/// compressed against the first pages' HTML takes about a fifth less (0.41 → 0.32 of the HTML
/// on generated pages; 0.38 with the markup alone). Immutable, shared by every text made with it.
class HtmlDictionary {
public:
    explicit HtmlDictionary(std::string sample);
    ~HtmlDictionary();
    HtmlDictionary(const HtmlDictionary&) = delete;
    HtmlDictionary& operator=(const HtmlDictionary&) = delete;

    std::string_view bytes() const { return m_bytes; }
    /// LZ4's state after reading the dictionary, copied into a thread's stream before each text
    /// (the stable API's way to reuse it; 16 KB, far less than reading it again).
    const void* prepared_stream() const { return m_prepared.get(); }

private:
    std::string m_bytes;
    std::unique_ptr<unsigned char[]> m_prepared;
};

class CompressedText {
public:
    CompressedText() = default;
    /// `text` compressed, against `dictionary` when there is one (kept for reading it back).
    explicit CompressedText(std::string_view text, std::shared_ptr<const HtmlDictionary> dictionary = nullptr);

    /// The text as it was given.
    std::string text() const;
    /// Appends the text as it was given to `out`.
    void append_to(std::string& out) const;
    /// The text as it was given, read into the start of `room` when compressed: `room` is only
    /// space, grown when too small and never shrunk, so a string reused page after page is not
    /// filled anew each time. Valid until `room` or this object changes.
    std::string_view read_into(std::string& room) const;
    size_t size() const { return m_size; }
    /// The bytes kept (compressed, or the text itself).
    size_t stored_size() const { return m_bytes.size(); }

private:
    void decompress_to(char* dest) const;

    std::string m_bytes;   ///< one LZ4 block, or the text itself when it is short
    std::shared_ptr<const HtmlDictionary> m_dictionary;   ///< what the block was compressed against, if anything
    size_t m_size = 0;
    bool m_compressed = false;
};

}  // namespace stilas::markdown
