// AnchorIndex: every page's heading ids in one flat byte array, each page's run contiguous, so
// that checking a body link's #anchor reads one offset and a few adjacent cache lines instead of
// following Document → its parts → headings → each id (at 100,000 pages every step a miss).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/markdown.hpp"

namespace stilas::links {

class AnchorIndex {
public:
    /// The headings of page `page` (read once per page while the index is built).
    using HeadingsOf = std::function<const std::vector<markdown::Heading>&(size_t page)>;

    AnchorIndex() = default;
    /// Indexes the heading ids of pages 0..page_count-1, on up to `threads` threads (the same
    /// index for any count). `read(page)`, when given, is called (from any thread) once the
    /// page's headings are read for the last time.
    AnchorIndex(size_t page_count, const HeadingsOf& headings_of, unsigned threads = 1,
                const std::function<void(size_t page)>& read = {});

    /// True when page `page` has a heading with id `anchor`.
    bool contains(size_t page, std::string_view anchor) const;
    /// Ask the CPU to fetch what contains(page, …) reads, in two steps for a page's many links
    /// at once (all its targets' offsets, then all their ids), so that the misses overlap.
    void prefetch_offsets(size_t page) const {
        if (page + 1 < m_begin.size()) __builtin_prefetch(&m_begin[page]);
    }
    void prefetch_ids(size_t page) const {
        if (page + 1 < m_begin.size()) __builtin_prefetch(m_bytes.data() + m_begin[page]);
    }
    /// Page `page`'s heading ids, in the page's order (for a suggestion when an anchor is missing).
    std::vector<std::string> ids(size_t page) const;

    size_t page_count() const { return m_begin.empty() ? 0 : m_begin.size() - 1; }

private:
    /// Calls visit(id) for page `page`'s ids in order until it returns true; whether one did.
    template <typename Visit>
    bool for_each_id(size_t page, const Visit& visit) const;

    /// Page p's ids are m_bytes[m_begin[p], m_begin[p + 1]), each as its length (4 bytes,
    /// unaligned) and its bytes.
    std::vector<uint64_t> m_begin;
    std::vector<char> m_bytes;
};

}  // namespace stilas::links
