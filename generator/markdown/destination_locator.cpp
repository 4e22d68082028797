#include "markdown/destination_locator.hpp"

#include <algorithm>

namespace stilas::markdown {
namespace {

constexpr size_t k_inline_candidates = 8;

bool is_ascii_punct(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

size_t skip_blanks(std::string_view s, size_t p, size_t limit) {
    while (p < limit && (s[p] == ' ' || s[p] == '\t')) ++p;
    return p;
}

// After a line break inside a destination, the next line may carry block-quote markers.
size_t skip_line_break(std::string_view s, size_t p, size_t limit) {
    p = skip_blanks(s, p, limit);
    if (p < limit && s[p] == '\n') {
        ++p;
        while (p < limit && (s[p] == ' ' || s[p] == '\t' || s[p] == '>')) ++p;
    }
    return p;
}

// Text that an autolink shows for `url`: the URL itself, or without "mailto:" or "http://".
bool autolink_like(std::string_view url, std::string_view text) {
    if (text == url) return true;
    if (url.size() != text.size() + 7 || url.substr(7) != text) return false;
    return url.starts_with("mailto:") || url.starts_with("http://");
}

}  // namespace

DestinationLocator::DestinationLocator(std::string_view body) : m_body(body), m_budget(4 * body.size() + 65536) {
    for (size_t i = body.find(']'); i != std::string_view::npos && i + 1 < body.size(); i = body.find(']', i + 1)) {
        if (body[i + 1] == '(') m_closers.push_back(i);
    }
}

// Compares the written text at `pos` with the (unescaped) `s`: "\_" in the source matches "_".
size_t DestinationLocator::match_written(size_t pos, std::string_view s, size_t limit) const {
    // Written as it is (the usual case): without a backslash in `s`, no escape can take part.
    if (pos <= limit && s.size() <= limit - pos && m_body.compare(pos, s.size(), s) == 0 &&
        s.find('\\') == std::string_view::npos) {
        return pos + s.size();
    }
    for (char c : s) {
        if (pos + 1 < limit && m_body[pos] == '\\' && is_ascii_punct(m_body[pos + 1]) && m_body[pos + 1] == c) {
            pos += 2;
        } else if (pos < limit && m_body[pos] == c) {
            ++pos;
        } else {
            return std::string_view::npos;
        }
    }
    return pos;
}

bool DestinationLocator::spend(size_t bytes) {
    if (bytes > m_budget) {
        m_budget = 0;
        return false;
    }
    m_budget -= bytes;
    return true;
}

std::optional<DestinationLocator::Match> DestinationLocator::find_inline(std::string_view url, size_t cursor,
                                                                         size_t limit) const {
    auto it = std::lower_bound(m_closers.begin(), m_closers.end(), cursor);
    for (size_t n = 0; it != m_closers.end() && *it < limit && n < k_inline_candidates; ++it, ++n) {
        size_t p = skip_line_break(m_body, *it + 2, limit);
        const bool angled = p < limit && m_body[p] == '<';
        if (angled) p = skip_blanks(m_body, p + 1, limit);  // cmark trims "< x>" to "x"
        const size_t end = match_written(p, url, limit);
        if (end == std::string_view::npos) continue;
        const char next = end < m_body.size() ? m_body[end] : ')';
        const bool closed = angled ? next == '>' : (next == ')' || next == ' ' || next == '\t' || next == '\n');
        if (closed) return Match{p, end};
    }
    return std::nullopt;
}

std::optional<DestinationLocator::Match> DestinationLocator::find_text(std::string_view needle, size_t cursor,
                                                                       size_t limit) {
    if (needle.empty() || cursor >= limit || m_budget == 0) return std::nullopt;
    const size_t found = m_body.substr(0, limit).find(needle, cursor);
    if (found == std::string_view::npos) {
        spend(limit - cursor);
        return std::nullopt;
    }
    spend(found - cursor);
    return Match{found, found + needle.size()};
}

std::optional<size_t> DestinationLocator::find_link(std::string_view url, std::string_view text, size_t& cursor,
                                                    size_t limit) {
    limit = std::min(limit, m_body.size());
    std::optional<Match> inline_match = find_inline(url, cursor, limit);
    std::optional<Match> auto_match;
    if (autolink_like(url, text)) auto_match = find_text(text, cursor, limit);
    // "[https://x](https://x)": the bare text is the link's text, the destination follows.
    if (auto_match && inline_match && auto_match->start > 0 && m_body[auto_match->start - 1] == '[' &&
        m_body.substr(auto_match->end, 2) == "](") {
        auto_match.reset();
    }
    std::optional<Match> best = inline_match;
    if (auto_match && (!best || auto_match->start < best->start)) best = auto_match;
    if (best) {
        cursor = best->end;
        return best->start;
    }
    if (!m_definitions_indexed) index_definitions();
    if (auto const it = m_definitions.find(std::string(url)); it != m_definitions.end()) return it->second;
    // Written differently from cmark's url (entities such as "&#x09;"): take the next "](".
    auto next = std::lower_bound(m_closers.begin(), m_closers.end(), cursor);
    if (next != m_closers.end() && *next < limit) {
        const size_t start = skip_line_break(m_body, *next + 2, limit);
        cursor = start;
        return start;
    }
    return std::nullopt;
}

std::optional<size_t> DestinationLocator::find_wikilink(std::string_view inner, size_t& cursor, size_t limit) {
    limit = std::min(limit, m_body.size());
    size_t from = cursor;
    while (from < limit && m_budget > 0) {
        const std::optional<Match> open = find_text("[[", from, limit);
        if (!open) return std::nullopt;
        // "[[[x]]": the wikilink starts at the last '[' pair.
        size_t start = open->end;
        while (start < limit && m_body[start] == '[') ++start;
        const size_t end = match_written(start, inner, limit);
        if (end != std::string_view::npos && m_body.substr(end, 2) == "]]") {
            cursor = end + 2;
            return start;
        }
        from = std::max(open->start + 1, start);
    }
    return std::nullopt;
}

// Reference definitions ("[label]: destination") vanish from cmark's tree, so we index them here,
// the first time a link is not found inline.
void DestinationLocator::index_definitions() {
    m_definitions_indexed = true;
    size_t line = 0;
    while (line < m_body.size()) {
        size_t line_end = m_body.find('\n', line);
        if (line_end == std::string_view::npos) line_end = m_body.size();
        size_t p = line;
        while (p < line_end && (m_body[p] == ' ' || m_body[p] == '\t' || m_body[p] == '>')) ++p;
        const size_t colon = p < line_end && m_body[p] == '[' ? m_body.substr(0, line_end).find("]:", p) : std::string_view::npos;
        if (colon != std::string_view::npos) {
            size_t d = skip_line_break(m_body, colon + 2, m_body.size());
            const bool angled = d < m_body.size() && m_body[d] == '<';
            if (angled) ++d;
            std::string dest;
            size_t q = d;
            for (; q < m_body.size(); ++q) {
                const char c = m_body[q];
                if (angled ? (c == '>' || c == '\n') : (c == ' ' || c == '\t' || c == '\n')) break;
                if (c == '\\' && q + 1 < m_body.size() && is_ascii_punct(m_body[q + 1])) ++q;
                dest.push_back(m_body[q]);
            }
            m_definitions.emplace(std::move(dest), d);
        }
        line = line_end + 1;
    }
}

}  // namespace stilas::markdown
