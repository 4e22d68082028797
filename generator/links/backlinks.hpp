// BacklinkCollector: gathers "page A points to page B under label L" and turns it into each
// page's ordered backlink groups.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "links/link_graph.hpp"

namespace stilas::links {

class BacklinkCollector {
public:
    explicit BacklinkCollector(size_t page_count) : m_entries(page_count) {}

    /// Groups with the same label merge; groups are ordered by the smallest `order` given for
    /// them, so the order follows the schemas, not the order links were found in.
    void add(size_t target, std::string_view label, std::pair<size_t, size_t> order, size_t source);
    /// Room for `count` more backlinks of `target` (optional, before its add()s): a caller
    /// that knows the counts has each page's list made once, at its size, instead of grown.
    void reserve(size_t target, size_t count) { m_entries[target].reserve(m_entries[target].size() + count); }

    /// The groups of every page; a body-link ("Nevnt i") source already listed in another
    /// group of the same page is left out there. Pages are grouped on up to `threads` threads;
    /// the result is the same for any number.
    std::vector<std::vector<BacklinkGroup>> finish(unsigned threads = 1) const;

private:
    struct Entry {
        uint32_t label;   ///< index in m_labels
        std::pair<size_t, size_t> order;
        size_t source;
    };
    struct LabelHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    uint32_t label_id(std::string_view label);
    std::vector<BacklinkGroup> groups_of(size_t page) const;

    std::vector<std::vector<Entry>> m_entries;   ///< per target page, in the order added
    std::vector<std::string> m_labels;
    std::unordered_map<std::string, uint32_t, LabelHash, std::equal_to<>> m_label_index;
    /// The label last looked up: most adds in a row have the same one, compared before hashing.
    uint32_t m_last_label_id = 0;
};

}  // namespace stilas::links
