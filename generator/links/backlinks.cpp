#include "links/backlinks.hpp"

#include <algorithm>
#include <set>

namespace stilas::links {

void BacklinkCollector::add(size_t target, const std::string& label, std::pair<size_t, size_t> order,
                            size_t source) {
    auto [it, inserted] = m_groups[target].try_emplace(label, Group{order, {}});
    if (!inserted) it->second.order = std::min(it->second.order, order);
    it->second.sources.push_back(source);
}

std::vector<std::vector<BacklinkGroup>> BacklinkCollector::finish() const {
    std::vector<std::vector<BacklinkGroup>> out(m_groups.size());
    for (size_t page = 0; page < m_groups.size(); ++page) {
        std::vector<std::pair<std::pair<size_t, size_t>, BacklinkGroup>> ordered;
        std::set<size_t> listed;
        for (const auto& [label, group] : m_groups[page]) {
            BacklinkGroup g{label, group.sources};
            std::sort(g.sources.begin(), g.sources.end());
            g.sources.erase(std::unique(g.sources.begin(), g.sources.end()), g.sources.end());
            if (label != k_mentioned_in) listed.insert(g.sources.begin(), g.sources.end());
            ordered.emplace_back(group.order, std::move(g));
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [order, group] : ordered) {
            if (group.label == k_mentioned_in)
                std::erase_if(group.sources, [&](size_t s) { return listed.count(s) > 0; });
            if (!group.sources.empty()) out[page].push_back(std::move(group));
        }
    }
    return out;
}

}  // namespace stilas::links
