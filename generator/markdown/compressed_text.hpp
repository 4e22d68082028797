// Text kept compressed in memory (zstd, fast level): the pre-rendered HTML of every page waits
// for the render phase, and compressed it takes about a third of the memory. Internal to markdown/.
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
    size_t size() const { return m_size; }

private:
    std::string m_bytes;   ///< zstd frame, or the text itself when it is short
    size_t m_size = 0;
    bool m_compressed = false;
};

}  // namespace stilas::markdown
