// BacklinkCollector: gathers "page A points to page B under label L" and turns it into each
// page's ordered backlink groups. Sources add their links in parallel, each to a list of its own;
// finish() lays them out by target, also in parallel (at 100,000 pages the serial adds, each
// to a random target's list, were a tenth of the link phase).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "links/link_graph.hpp"

namespace stilas::links {

class BacklinkCollector {
public:
    explicit BacklinkCollector(size_t page_count) : m_by_source(page_count) {
        if (page_count >= UINT32_MAX) throw std::length_error("BacklinkCollector: too many pages");
    }

    /// `source` points to `target` under `label`. Groups with the same label merge; groups are
    /// ordered by the smallest `order` given for them, so the order follows the schemas, not the
    /// order links were found in. Different sources may be added from different threads at once,
    /// one source from one thread. `label` must outlive finish().
    void add(size_t target, std::string_view label, std::pair<size_t, size_t> order, size_t source) {
        m_by_source[source].push_back(Added{static_cast<uint32_t>(target), 0, narrow(order), label});
    }

    /// The groups of every page; a body-link ("Nevnt i") source already listed in another
    /// group of the same page is left out there. Made on up to `threads` threads; the result
    /// is the same for any number. Frees what was added.
    std::vector<std::vector<BacklinkGroup>> finish(unsigned threads = 1);

private:
    // Pages, label numbers and orders in 32 bits: each of a site's backlinks is held twice
    // for a moment (by source, then by target), 48 + 32 bytes each with 64-bit fields.
    using Order = std::pair<uint32_t, uint32_t>;
    /// `order` in 32 bits: SIZE_MAX ("Nevnt i", after every field) stays last.
    static Order narrow(std::pair<size_t, size_t> order) {
        auto to32 = [](size_t v) { return v >= UINT32_MAX ? UINT32_MAX : static_cast<uint32_t>(v); };
        return {to32(order.first), to32(order.second)};
    }
    struct Added {
        uint32_t target;
        uint32_t label_id;   ///< set by finish()
        Order order;
        std::string_view label;
    };
    struct Entry {
        uint32_t label;   ///< index in m_labels
        uint32_t source;
        Order order;
    };
    struct LabelHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    uint32_t label_id(std::string_view label);
    /// The groups of `page` from its entries (in any order).
    std::vector<BacklinkGroup> groups_of(const Entry* begin, const Entry* end) const;

    std::vector<std::vector<Added>> m_by_source;   ///< per source page, in the order added
    std::vector<std::string> m_labels;
    std::unordered_map<std::string, uint32_t, LabelHash, std::equal_to<>> m_label_index;
    /// The label last looked up: most adds in a row have the same one, compared before hashing.
    uint32_t m_last_label_id = 0;
};

}  // namespace stilas::links
