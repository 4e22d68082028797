#include "yaml/text_guard.hpp"

#include <string>

namespace stilas::yaml {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

class TextScanner {
public:
    explicit TextScanner(std::string_view text) : m_text(text) {}

    GuardResult run() {
        while (m_i < m_text.size() && !m_result.too_deep) {
            if (m_at_line_start) {
                m_at_line_start = false;
                start_line();
                continue;
            }
            step();
        }
        return std::move(m_result);
    }

private:
    enum class Opener { sequence, mapping };
    struct Level {
        size_t col;
        Opener kind;
    };

    bool ends_token(size_t j) const { return j >= m_text.size() || is_blank(m_text[j]) || m_text[j] == '\n'; }
    size_t col(size_t i) const { return i - m_line_start; }
    int depth() const { return static_cast<int>(m_levels.size()) + m_flow_depth; }

    void check_depth(size_t at) {
        if (depth() > k_max_depth && !m_result.too_deep) m_result.too_deep = at;
    }

    size_t count_spaces(size_t from) const {
        size_t j = from;
        while (j < m_text.size() && m_text[j] == ' ') ++j;
        return j - from;
    }

    bool rest_of_line_blank(size_t from) const {
        for (size_t j = from; j < m_text.size() && m_text[j] != '\n'; ++j)
            if (!is_blank(m_text[j])) return false;
        return true;
    }

    // Lines of a block scalar (| or >) are text. As in YAML, the first non-blank line sets the
    // text's indentation (deeper than the line that opened it); a line indented less ends it.
    bool inside_block_scalar() {
        if (!m_in_block_scalar) return false;
        size_t spaces = count_spaces(m_i);
        if (rest_of_line_blank(m_i)) return true;
        if (!m_block_indent) {
            if (spaces > m_block_parent_indent) {
                m_block_indent = spaces;
                return true;
            }
        } else if (spaces >= *m_block_indent) {
            return true;
        }
        m_in_block_scalar = false;
        return false;
    }

    void start_line() {
        m_line_start = m_i;
        if (inside_block_scalar()) {
            skip_to_line_end();
            return;
        }
        if (m_flow_depth > 0) return;  // tabs are allowed as white space inside [ ] and { }
        m_line_indent = count_spaces(m_i);
        bool tab_seen = false;
        while (m_i < m_text.size() && (m_text[m_i] == ' ' || m_text[m_i] == '\t')) {
            if (m_text[m_i] == '\t' && !tab_seen) {
                tab_seen = true;
                m_result.indent_tabs.push_back(m_i);
            }
            ++m_i;
        }
        m_value_start = true;
        m_token_col.reset();
    }

    void skip_to_line_end() {
        while (m_i < m_text.size() && m_text[m_i] != '\n') ++m_i;
    }

    void skip_quoted() {
        size_t start = m_i;
        char quote = m_text[m_i++];
        while (m_i < m_text.size()) {
            char c = m_text[m_i];
            if (c == '\n') m_line_start = m_i + 1;
            if (quote == '"' && c == '\\') {
                m_i += 2;
                continue;
            }
            ++m_i;
            if (c != quote) continue;
            if (quote == '\'' && m_i < m_text.size() && m_text[m_i] == '\'') {
                ++m_i;  // '' is an escaped quote
                continue;
            }
            return;
        }
        m_result.unclosed_quote = start;
    }

    void open_block(size_t at, Opener kind) {
        size_t c = col(at);
        while (!m_levels.empty()) {
            const Level& top = m_levels.back();
            bool nests = top.col < c || (top.col == c && top.kind == Opener::mapping && kind == Opener::sequence);
            if (nests) break;
            m_levels.pop_back();
        }
        m_levels.push_back({c, kind});
        check_depth(at);
    }

    void step() {
        char c = m_text[m_i];
        if (c == '\n') {
            m_at_line_start = true;
            ++m_i;
        } else if (is_blank(c)) {
            ++m_i;
        } else if (c == '#' && (m_i == 0 || is_blank(m_text[m_i - 1]) || m_text[m_i - 1] == '\n')) {
            skip_to_line_end();
        } else if (m_flow_depth > 0) {
            step_flow(c);
        } else if (m_value_start) {
            step_value_start(c);
        } else {
            if (c == ':' && ends_token(m_i + 1) && m_token_col) {
                open_block(m_line_start + *m_token_col, Opener::mapping);
                m_token_col.reset();
                m_value_start = true;
            }
            ++m_i;
            if (!m_value_start) skip_plain_text();
        }
    }

    // Inside a plain value only a line break, ':' and '#' can mean something (blanks only
    // matter for the '#' after them): the bytes between are passed in one tight loop.
    void skip_plain_text() {
        while (m_i < m_text.size()) {
            const char c = m_text[m_i];
            if (c == '\n' || c == ':' || c == '#') return;
            ++m_i;
        }
    }

    void step_flow(char c) {
        if (c == '"' || c == '\'') {
            skip_quoted();
            return;
        }
        if (c == '[' || c == '{') {
            ++m_flow_depth;
            check_depth(m_i);
        } else if (c == ']' || c == '}') {
            --m_flow_depth;
        }
        ++m_i;
    }

    void step_value_start(char c) {
        if (c == '[' || c == '{') {
            m_flow_depth = 1;
            m_value_start = false;
            check_depth(m_i);
            ++m_i;
        } else if (c == '"' || c == '\'') {
            m_token_col = col(m_i);
            m_value_start = false;
            skip_quoted();
        } else if ((c == '-' || c == '?') && ends_token(m_i + 1)) {
            open_block(m_i, c == '-' ? Opener::sequence : Opener::mapping);
            ++m_i;
        } else if (c == '|' || c == '>') {
            m_in_block_scalar = true;
            m_block_parent_indent = m_line_indent;
            m_block_indent.reset();
            skip_to_line_end();
        } else if (c == '&' || c == '*' || c == '!') {
            while (!ends_token(m_i)) ++m_i;  // anchor, alias or tag: the value follows
        } else {
            m_token_col = col(m_i);
            m_value_start = false;
            ++m_i;
        }
    }

    std::string_view m_text;
    GuardResult m_result;
    size_t m_i = 0;
    size_t m_line_start = 0;
    size_t m_line_indent = 0;
    bool m_at_line_start = true;
    bool m_value_start = true;
    std::optional<size_t> m_token_col;
    bool m_in_block_scalar = false;
    size_t m_block_parent_indent = 0;
    std::optional<size_t> m_block_indent;
    int m_flow_depth = 0;
    std::vector<Level> m_levels;
};

}  // namespace

GuardResult scan_text(std::string_view text) { return TextScanner(text).run(); }

}  // namespace stilas::yaml
