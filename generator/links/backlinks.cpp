// BacklinkCollector: each page's incoming links, grouped by label and ordered by the schemas.
#include "links/backlinks.hpp"

#include <algorithm>

#include "util/parallel.hpp"

namespace stilas::links {

uint32_t BacklinkCollector::label_id(std::string_view label) {
    if (!m_labels.empty() && label == m_labels[m_last_label_id]) return m_last_label_id;
    auto it = m_label_index.find(label);
    if (it == m_label_index.end()) {
        it = m_label_index.emplace(std::string(label), static_cast<uint32_t>(m_labels.size())).first;
        m_labels.emplace_back(label);
    }
    m_last_label_id = it->second;
    return it->second;
}

void BacklinkCollector::add(size_t target, std::string_view label, std::pair<size_t, size_t> order, size_t source) {
    m_entries[target].push_back(Entry{label_id(label), order, source});
}

std::vector<BacklinkGroup> BacklinkCollector::groups_of(size_t page) const {
    struct Group {
        uint32_t label;
        std::pair<size_t, size_t> order;
        std::vector<size_t> sources;
    };
    std::vector<Group> groups;   // a page has a handful: found by a look along the list
    for (const Entry& e : m_entries[page]) {
        auto g = std::find_if(groups.begin(), groups.end(), [&](const Group& x) { return x.label == e.label; });
        if (g == groups.end()) {
            groups.push_back(Group{e.label, e.order, {}});
            g = std::prev(groups.end());
        }
        g->order = std::min(g->order, e.order);
        g->sources.push_back(e.source);
    }
    // By order, then label (labels are distinct within a page).
    std::sort(groups.begin(), groups.end(), [&](const Group& a, const Group& b) {
        if (a.order != b.order) return a.order < b.order;
        return m_labels[a.label] < m_labels[b.label];
    });
    std::vector<size_t> listed;   // sources in a group other than "Nevnt i"
    for (Group& g : groups) {
        std::sort(g.sources.begin(), g.sources.end());
        g.sources.erase(std::unique(g.sources.begin(), g.sources.end()), g.sources.end());
        if (m_labels[g.label] != k_mentioned_in) listed.insert(listed.end(), g.sources.begin(), g.sources.end());
    }
    std::sort(listed.begin(), listed.end());
    std::vector<BacklinkGroup> out;
    for (Group& g : groups) {
        if (m_labels[g.label] == k_mentioned_in)
            std::erase_if(g.sources, [&](size_t s) { return std::binary_search(listed.begin(), listed.end(), s); });
        if (!g.sources.empty()) out.push_back(BacklinkGroup{m_labels[g.label], std::move(g.sources)});
    }
    return out;
}

std::vector<std::vector<BacklinkGroup>> BacklinkCollector::finish(unsigned threads) const {
    std::vector<std::vector<BacklinkGroup>> out(m_entries.size());
    util::parallel_for(m_entries.size(), threads, [&](size_t page) { out[page] = groups_of(page); });
    return out;
}

}  // namespace stilas::links
