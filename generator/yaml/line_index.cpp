#include "yaml/line_index.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace stilas::yaml {

LineIndex::LineIndex(std::string_view text, int first_line) : m_text(text), m_first_line(first_line) {
    m_line_starts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') m_line_starts.push_back(i + 1);
}

FilePos LineIndex::at(size_t offset) const {
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    size_t line = static_cast<size_t>(it - m_line_starts.begin()) - 1;
    if (line != m_cursor.line || offset < m_cursor.offset) m_cursor = {line, m_line_starts[line], 1};
    m_cursor.col += util::count_code_points(m_text.substr(m_cursor.offset, offset - m_cursor.offset));
    m_cursor.offset = offset;
    return {static_cast<int>(line) + m_first_line, static_cast<int>(m_cursor.col)};
}

}  // namespace stilas::yaml
