#include "markdown/source_text.hpp"

#include <algorithm>
#include <cstring>

#include "util/utf8.hpp"

namespace stilas::markdown {

SourceText::SourceText(std::string_view body, std::string path, int first_line)
    : m_body(body), m_path(std::move(path)), m_first_line(first_line) {
    m_line_starts.reserve(body.size() / 40 + 2);
    m_line_starts.push_back(0);
    for (const char* at = body.data(), *end = body.data() + body.size();
         (at = static_cast<const char*>(std::memchr(at, '\n', static_cast<size_t>(end - at)))) != nullptr;) {
        ++at;
        m_line_starts.push_back(static_cast<size_t>(at - body.data()));
    }
}

size_t SourceText::line_start(int line) const {
    if (line < 1) return 0;
    const auto index = static_cast<size_t>(line - 1);
    return index < m_line_starts.size() ? m_line_starts[index] : m_body.size();
}

size_t SourceText::line_end(int line) const {
    if (line < 1) line = 1;
    const auto index = static_cast<size_t>(line);
    return index < m_line_starts.size() ? m_line_starts[index] - 1 : m_body.size();
}

size_t SourceText::offset_of(int line, int byte_col) const {
    const size_t start = line_start(line);
    const size_t end = line_end(line);
    const size_t col = byte_col > 1 ? static_cast<size_t>(byte_col - 1) : 0;
    return std::min(start + col, std::max(start, end));
}

diag::LineCol SourceText::line_col_at(size_t offset) {
    offset = std::min(offset, m_body.size());
    const auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    const auto line = static_cast<size_t>(it - m_line_starts.begin()) - 1;
    size_t from = m_line_starts[line];
    int col = 1;
    if (line == m_cache_line && offset >= m_cache_offset && m_cache_offset >= from) {
        from = m_cache_offset;
        col = m_cache_col;
    }
    col += static_cast<int>(util::count_code_points(m_body.substr(from, offset - from)));
    m_cache_offset = offset;
    m_cache_line = line;
    m_cache_col = col;
    return diag::LineCol{m_first_line + static_cast<int>(line), col};
}

}  // namespace stilas::markdown
