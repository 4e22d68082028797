#include "yaml/line_index.hpp"

#include <algorithm>
#include <cstring>

#include "util/utf8.hpp"

namespace stilas::yaml {

LineIndex::LineIndex(std::string_view text, int first_line) : m_text(text), m_first_line(first_line) {}

FilePos LineIndex::at(size_t offset) const {
    if (m_line_starts.empty()) {
        // Counted first, so the starts are stored without the vector growing step by step.
        const std::string_view text = m_text;
        m_line_starts.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
        m_line_starts.push_back(0);
        for (const char *at = text.data(), *end = text.data() + text.size();
             (at = static_cast<const char*>(std::memchr(at, '\n', static_cast<size_t>(end - at)))) != nullptr;) {
            ++at;
            m_line_starts.push_back(static_cast<size_t>(at - text.data()));
        }
    }
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    size_t line = static_cast<size_t>(it - m_line_starts.begin()) - 1;
    if (line != m_cursor.line || offset < m_cursor.offset) m_cursor = {line, m_line_starts[line], 1};
    m_cursor.col += util::count_code_points(m_text.substr(m_cursor.offset, offset - m_cursor.offset));
    m_cursor.offset = offset;
    return {static_cast<int>(line) + m_first_line, static_cast<int>(m_cursor.col)};
}

}  // namespace stilas::yaml
