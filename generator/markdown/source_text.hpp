// A page body with its line table: byte offsets to exact file positions (line, code-point column).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace stilas::markdown {

class SourceText {
public:
    /// `body` must outlive this object; its first line is line `first_line` of `path`.
    SourceText(std::string_view body, std::string path, int first_line);

    std::string_view body() const { return m_body; }
    const std::string& path() const { return m_path; }
    size_t line_count() const { return m_line_starts.size(); }

    /// Byte offset where body line `line` (1-based, as cmark counts) starts; clamped.
    size_t line_start(int line) const;
    /// Byte offset of the '\n' ending body line `line` (or the end of the body); clamped.
    size_t line_end(int line) const;
    /// Byte offset of cmark's (line, byte column), clamped to that line.
    size_t offset_of(int line, int byte_col) const;

    /// The file line and column of byte `offset`. Amortised O(1) when offsets come in
    /// increasing order.
    diag::LineCol line_col_at(size_t offset);
    /// The same with the file's path, for a diagnostic.
    diag::SourcePos pos_at(size_t offset) { return line_col_at(offset).in(m_path); }

private:
    std::string_view m_body;
    std::string m_path;
    int m_first_line;
    std::vector<size_t> m_line_starts;
    // The last answer, so that positions asked in source order are counted incrementally.
    size_t m_cache_offset = 0;
    size_t m_cache_line = 0;
    int m_cache_col = 1;
};

}  // namespace stilas::markdown
