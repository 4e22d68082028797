// Finds where a link's destination or a wikilink is written in the body, since cmark 0.29's
// inline source positions are wrong after a paragraph's first line and missing for autolinks.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stilas::markdown {

class DestinationLocator {
public:
    explicit DestinationLocator(std::string_view body);

    /// Byte offset of the destination `url` of a link with plain text `text`, searched in
    /// [cursor, limit): an inline destination after "](", an autolink, or else (without moving the
    /// cursor) a reference definition anywhere in the body. On a find in [cursor, limit) the cursor
    /// moves past it, so the same URL twice on a line gets two positions. A destination written
    /// with entities is taken to be the next "](" after the cursor. Callers pass links in
    /// source order of their destinations (a link after the links and images in its text).
    std::optional<size_t> find_link(std::string_view url, std::string_view text, size_t& cursor, size_t limit);

    /// Byte offset just after "[[" of the wikilink written with `inner`, in [cursor, limit).
    std::optional<size_t> find_wikilink(std::string_view inner, size_t& cursor, size_t limit);

private:
    struct Match {
        size_t start;
        size_t end;
    };
    std::optional<Match> find_inline(std::string_view url, size_t cursor, size_t limit) const;
    std::optional<Match> find_text(std::string_view needle, size_t cursor, size_t limit);
    size_t match_written(size_t pos, std::string_view s, size_t limit) const;
    bool spend(size_t bytes);
    void index_definitions();

    std::string_view m_body;
    std::vector<size_t> m_closers;  // offsets of every "](" in the body
    std::unordered_map<std::string, size_t> m_definitions;  // destination → offset
    bool m_definitions_indexed = false;
    // Failed searches scan ahead; this budget keeps their total linear in the body size.
    size_t m_budget;
};

}  // namespace stilas::markdown
