// BacklinkCollector: gathers "page A points to page B under label L" and turns it into each
// page's ordered backlink groups.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "links/link_graph.hpp"

namespace stilas::links {

class BacklinkCollector {
public:
    explicit BacklinkCollector(size_t page_count) : m_groups(page_count) {}

    /// Groups with the same label merge; groups are ordered by the smallest `order` given for
    /// them, so the order follows the schemas, not the order links were found in.
    void add(size_t target, const std::string& label, std::pair<size_t, size_t> order, size_t source);

    /// The groups of every page; a body-link ("Nevnt i") source already listed in another
    /// group of the same page is left out there.
    std::vector<std::vector<BacklinkGroup>> finish() const;

private:
    struct Group {
        std::pair<size_t, size_t> order;
        std::vector<size_t> sources;
    };
    std::vector<std::map<std::string, Group>> m_groups;
};

}  // namespace stilas::links
