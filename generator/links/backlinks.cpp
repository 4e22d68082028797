// BacklinkCollector: each page's incoming links, grouped by label and ordered by the schemas.
#include "links/backlinks.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>

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

std::vector<BacklinkGroup> BacklinkCollector::groups_of(const Entry* begin, const Entry* end) const {
    struct Group {
        uint32_t label;
        Order order;
        std::vector<size_t> sources;
    };
    std::vector<Group> groups;   // a page has a handful: found by a look along the list
    for (const Entry* e = begin; e != end; ++e) {
        auto g = std::find_if(groups.begin(), groups.end(), [&](const Group& x) { return x.label == e->label; });
        if (g == groups.end()) {
            groups.push_back(Group{e->label, e->order, {}});
            g = std::prev(groups.end());
        }
        g->order = std::min(g->order, e->order);
        g->sources.push_back(e->source);
    }
    // By order, then label (labels are distinct within a page): the groups and their sorted
    // sources do not depend on the order of the entries.
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

std::vector<std::vector<BacklinkGroup>> BacklinkCollector::finish(unsigned threads) {
    const size_t pages = m_by_source.size();
    // Labels numbered and each target's entries counted, in one pass in source order (labels
    // mostly repeat the one before); then each target's run placed after the ones before it.
    std::vector<size_t> begin(pages + 1, 0);
    for (auto& from : m_by_source)
        for (Added& a : from) {
            a.label_id = label_id(a.label);
            ++begin[a.target + 1];
        }
    std::partial_sum(begin.begin(), begin.end(), begin.begin());
    // Sources write their entries in parallel, each to the next free place of its target's
    // run: the order within a run varies, which groups_of() does not see.
    const auto next = std::make_unique<std::atomic<size_t>[]>(pages);
    for (size_t page = 0; page < pages; ++page) next[page].store(begin[page], std::memory_order_relaxed);
    std::vector<Entry> entries(begin[pages]);
    util::parallel_for(pages, threads, [&](size_t source) {
        for (const Added& a : m_by_source[source])
            entries[next[a.target].fetch_add(1, std::memory_order_relaxed)] =
                Entry{a.label_id, static_cast<uint32_t>(source), a.order};
        std::vector<Added>().swap(m_by_source[source]);
    });
    std::vector<std::vector<BacklinkGroup>> out(pages);
    util::parallel_for(pages, threads, [&](size_t page) {
        out[page] = groups_of(entries.data() + begin[page], entries.data() + begin[page + 1]);
    });
    return out;
}

}  // namespace stilas::links
