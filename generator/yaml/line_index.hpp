// LineIndex: byte offsets in a YAML text → 1-based file line and code-point column (yaml/ internal).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace stilas::yaml {

struct FilePos {
    int line = 0;
    int col = 0;
};

/// Not thread-safe: it finds the line starts on the first lookup (a text the fast path reads
/// needs none) and remembers the last lookup, so that the increasing offsets of one parse cost
/// time linear in the text even when everything stands on one long line.
class LineIndex {
public:
    /// `text` must outlive the index; `first_line` is the file line of the text's first line.
    LineIndex(std::string_view text, int first_line);

    /// The file position of byte `offset` (clamped to the text's end).
    FilePos at(size_t offset) const;

private:
    struct Cursor {
        size_t line = 0;
        size_t offset = 0;
        size_t col = 1;
    };

    std::string_view m_text;
    int m_first_line;
    mutable std::vector<size_t> m_line_starts;  ///< empty until the first lookup
    mutable Cursor m_cursor;
};

}  // namespace stilas::yaml
