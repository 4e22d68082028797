// SiteModel: the orders, ranks and per-term page lists computed once before rendering.
#include "render/site_model.hpp"

#include "util/civil_time.hpp"
#include "util/parallel.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <set>
#include <thread>
#include <tuple>

namespace stilas::render {

namespace {
// A sort key's first 16 bytes as two big-endian words (zeros past its end), beside its page:
// where the words differ they order the keys as the keys' bytes do.
struct KeyHead {
    KeyHead() = default;
    KeyHead(const std::string& key, size_t p) : page(p) {
        unsigned char bytes[16] = {};
        std::memcpy(bytes, key.data(), std::min(key.size(), sizeof bytes));
        for (size_t i = 0; i < 8; ++i) {
            words.first = words.first << 8 | bytes[i];
            words.second = words.second << 8 | bytes[8 + i];
        }
    }
    std::pair<uint64_t, uint64_t> words{0, 0};
    size_t page = 0;
};
}  // namespace

SiteModel::SiteModel(const RenderInput& input, unsigned threads)
    : m_input(input),
      m_collator("nb"),
      m_page_view_state(std::make_unique<std::atomic<uint8_t>[]>(k_page_view_kinds * input.pages.size())),
      m_page_views(k_page_view_kinds * input.pages.size()) {
    // ICU's collator is safe to share for making keys, and a key takes microseconds.
    std::vector<std::string> keys(input.pages.size());
    util::parallel_for(input.pages.size(), threads, [&](size_t i) { keys[i] = m_collator.sort_key(input.pages[i].title); });
    for (size_t i = 0; i < input.pages.size(); ++i)
        if (input.pages[i].kind == content::PageKind::regular) m_listing_order.push_back(i);
    // Titles ranked once by their Norwegian sort keys; equal keys share a rank. The keys'
    // first bytes are compared beside the page number, the whole keys (each on the heap) only
    // where those tie: at 100,000 pages nearly every comparison of two keys was a cache miss.
    std::vector<KeyHead> by_title(input.pages.size());
    for (size_t i = 0; i < by_title.size(); ++i) by_title[i] = KeyHead(keys[i], i);
    const auto title_less = [&](const KeyHead& a, const KeyHead& b) {
        return a.words != b.words ? a.words < b.words : keys[a.page] < keys[b.page];
    };
    std::sort(by_title.begin(), by_title.end(), title_less);
    m_title_rank.assign(input.pages.size(), 0);
    for (size_t r = 1; r < by_title.size(); ++r)
        m_title_rank[by_title[r].page] = m_title_rank[by_title[r - 1].page] + (title_less(by_title[r - 1], by_title[r]) ? 1 : 0);
    // By weight, then title (its rank: the same order as the keys), then URL; the first two
    // held beside the page number, for the same reason.
    struct Listed {
        double weight;
        size_t rank;
        size_t page;
    };
    std::vector<Listed> listed;
    listed.reserve(m_listing_order.size());
    for (size_t i : m_listing_order) listed.push_back({input.pages[i].weight, m_title_rank[i], i});
    std::sort(listed.begin(), listed.end(), [&](const Listed& a, const Listed& b) {
        if (a.weight < b.weight) return true;
        if (b.weight < a.weight) return false;
        if (a.rank != b.rank) return a.rank < b.rank;
        return input.pages[a.page].url < input.pages[b.page].url;
    });
    for (size_t r = 0; r < listed.size(); ++r) m_listing_order[r] = listed[r].page;
    m_listing_rank.assign(input.pages.size(), m_listing_order.size());
    for (size_t r = 0; r < m_listing_order.size(); ++r) m_listing_rank[m_listing_order[r]] = r;
    m_reference_day = util::iso_day(input.reference_time);
    // Each term's pages gathered in page order (the documents read where they lie, not at
    // random in listing order: at 100,000 pages each read was a cache miss), then put in
    // listing order by their ranks.
    for (size_t i = 0; i < input.pages.size(); ++i) {
        if (m_listing_rank[i] == m_listing_order.size()) continue;   // not a regular page
        for (const auto& use : input.pages[i].terms) {
            auto it = m_term_pages.find(TermRef{use.taxonomy, use.term});
            if (it == m_term_pages.end()) it = m_term_pages.emplace(use.taxonomy + "/" + use.term, TermPages{}).first;
            TermPages& list = it->second;
            if (list.pages.empty() || list.pages.back() != i) {
                list.pages.push_back(i);
                list.ranks.push_back(m_listing_rank[i]);
            }
        }
    }
    for (auto& [key, list] : m_term_pages) {
        std::vector<std::pair<size_t, size_t>> ranked(list.pages.size());
        for (size_t k = 0; k < ranked.size(); ++k) ranked[k] = {list.ranks[k], list.pages[k]};
        std::sort(ranked.begin(), ranked.end());
        for (size_t k = 0; k < ranked.size(); ++k) std::tie(list.ranks[k], list.pages[k]) = ranked[k];
    }
    if (input.config.typed) {
        for (const auto& type : input.config.types) m_sections.push_back(type.name);
        std::sort(m_sections.begin(), m_sections.end());
    } else {
        std::set<std::string> folders;
        for (const auto& page : input.pages)
            if (!page.type.empty()) folders.insert(page.type);
        m_sections.assign(folders.begin(), folders.end());
    }
}

const config::TypeSchema* SiteModel::find_type(std::string_view name) const {
    for (const auto& type : config().types)
        if (type.name == name) return &type;
    return nullptr;
}

const config::Taxonomy* SiteModel::find_taxonomy(std::string_view name) const {
    for (const auto& taxonomy : config().taxonomies)
        if (taxonomy.name == name) return &taxonomy;
    return nullptr;
}

const config::Term* SiteModel::find_term(std::string_view taxonomy, std::string_view term) const {
    const config::Taxonomy* tax = find_taxonomy(taxonomy);
    if (!tax) return nullptr;
    for (const auto& t : tax->terms)
        if (t.key == term) return &t;
    return nullptr;
}

std::vector<size_t> SiteModel::pages_in_section(std::string_view section) const {
    std::vector<size_t> out;
    for (size_t i : m_listing_order)
        if (page(i).type == section) out.push_back(i);
    return out;
}

namespace {
// The view under `key` in `views`, made by `make` the first time `key` is asked for (the caller
// holds the lock over `views`). Nothing is kept if make() throws.
template <typename Views, typename Key>
const std::shared_ptr<const Value>& view_once(Views& views, const Key& key, const std::function<Value()>& make) {
    auto it = views.find(key);
    if (it == views.end()) it = views.emplace(key, std::make_shared<const Value>(make())).first;
    return it->second;
}
}  // namespace

std::shared_ptr<const Value> SiteModel::shared_view(const std::string& key, const std::function<Value()>& make) const {
    std::lock_guard lock(m_shared_mutex);
    return view_once(m_shared_views, key, make);
}

const std::shared_ptr<const Value>& SiteModel::config_view(const void* owner, unsigned variant,
                                                          const std::function<Value()>& make) const {
    std::lock_guard lock(m_shared_mutex);
    return view_once(m_config_views, std::make_pair(owner, variant), make);
}

const Value& SiteModel::shared_page_view(PageView kind, size_t page, const std::function<Value()>& make) const {
    const size_t slot = static_cast<size_t>(kind) * page_count() + page;
    // Made by the first thread to ask; another asking meanwhile waits (a view takes microseconds).
    // Not std::call_once: glibc's wakes waiters with a system call every time a view is made.
    std::atomic<uint8_t>& state = m_page_view_state[slot];
    for (uint8_t seen = state.load(std::memory_order_acquire); seen != k_view_made;
         seen = state.load(std::memory_order_acquire)) {
        if (seen == k_view_missing && state.compare_exchange_weak(seen, k_view_making, std::memory_order_acquire)) {
            try {
                m_page_views[slot] = make();
            } catch (...) {
                state.store(k_view_missing, std::memory_order_release);  // the next to ask tries again
                throw;
            }
            state.store(k_view_made, std::memory_order_release);
            break;
        }
        std::this_thread::yield();
    }
    return m_page_views[slot];
}

int SiteModel::TermKeyLess::compare(std::string_view key, const TermRef& ref) {
    // key against ref.taxonomy + "/" + ref.term, piece by piece.
    if (const int c = key.substr(0, ref.taxonomy.size()).compare(ref.taxonomy); c != 0) return c;
    key.remove_prefix(ref.taxonomy.size());
    if (const int c = key.substr(0, 1).compare("/"); c != 0) return c;
    return key.substr(1).compare(ref.term);
}

const SiteModel::TermPages& SiteModel::term_pages(std::string_view taxonomy, std::string_view term) const {
    static const TermPages none;
    const auto it = m_term_pages.find(TermRef{taxonomy, term});
    return it == m_term_pages.end() ? none : it->second;
}

const std::vector<size_t>& SiteModel::pages_with_term(std::string_view taxonomy, std::string_view term) const {
    return term_pages(taxonomy, term).pages;
}

const std::vector<size_t>& SiteModel::ranks_with_term(std::string_view taxonomy, std::string_view term) const {
    return term_pages(taxonomy, term).ranks;
}

std::string SiteModel::section_title(std::string_view section) const {
    if (const auto* type = find_type(section); type && !type->title.empty()) return type->title;
    if (const auto index = section_index(section); index && !page(*index).title.empty()) return page(*index).title;
    return std::string(section);
}

std::string SiteModel::type_label(std::string_view type) const {
    const auto* schema = find_type(type);
    return schema ? schema->singular : std::string();
}

std::optional<size_t> SiteModel::home_page() const {
    for (size_t i = 0; i < page_count(); ++i)
        if (page(i).kind == content::PageKind::home) return i;
    return std::nullopt;
}

std::optional<size_t> SiteModel::section_index(std::string_view section) const {
    for (size_t i = 0; i < page_count(); ++i)
        if (page(i).kind == content::PageKind::section_index && page(i).type == section) return i;
    return std::nullopt;
}

std::string SiteModel::event_field(std::string_view type) const {
    if (const auto* schema = find_type(type))
        for (const auto& field : schema->fields)
            if (field.kind == config::FieldKind::date || field.kind == config::FieldKind::datetime) return field.name;
    return {};
}

std::string SiteModel::order_value(size_t i, std::string_view field) const {
    const auto& doc = page(i);
    if (field == "date") return doc.date;
    if (field == "updated") return doc.updated;
    const content::Field* f = doc.find_field(field);
    if (!f || !f->value.is_scalar()) return {};
    std::string value = f->value.scalar;
    const bool number = f->schema && f->schema->kind == config::FieldKind::number;
    if (number && !value.empty() && value[0] != '-') {
        // Integer part padded so "2021" sorts after "987" and "2021.5" after "2021".
        const size_t digits = std::min(value.find('.'), value.size());
        if (digits < 20) value.insert(0, 20 - digits, '0');
    }
    return value;
}

std::vector<size_t> SiteModel::newest_first(std::string_view type, std::string_view field) const {
    std::vector<size_t> pages = pages_in_section(type);
    std::vector<std::string> chain;
    if (!field.empty()) chain.emplace_back(field);
    chain.insert(chain.end(), {"date", "updated"});
    if (auto event = event_field(type); !event.empty()) chain.push_back(std::move(event));
    std::vector<std::string> keys(page_count());
    for (size_t i : pages)
        for (const auto& name : chain)
            if (keys[i] = order_value(i, name); !keys[i].empty()) break;
    std::stable_sort(pages.begin(), pages.end(), [&](size_t a, size_t b) { return keys[a] > keys[b]; });
    return pages;
}

std::vector<size_t> SiteModel::upcoming(std::string_view type) const {
    const std::string field = event_field(type);
    if (field.empty()) return {};
    std::vector<size_t> pages;
    for (size_t i : pages_in_section(type)) {
        // A datetime's date part counts: a gathering later today is still upcoming.
        const std::string value = order_value(i, field).substr(0, 10);
        if (!value.empty() && value >= m_reference_day) pages.push_back(i);
    }
    std::stable_sort(pages.begin(), pages.end(), [&](size_t a, size_t b) {
        return order_value(a, field) < order_value(b, field);
    });
    return pages;
}

std::string SiteModel::lang(size_t i) const {
    return page(i).lang.empty() ? config().language : page(i).lang;
}

std::optional<size_t> SiteModel::resolve(std::string_view target, const std::vector<std::string>& allowed) const {
    std::string_view type, slug = target;
    if (const size_t slash = target.find('/'); slash != std::string_view::npos) {
        type = target.substr(0, slash);
        slug = target.substr(slash + 1);
    }
    for (size_t i : m_listing_order) {
        const auto& p = page(i);
        if (p.slug != slug || (!type.empty() && p.type != type)) continue;
        if (allowed.empty() || std::find(allowed.begin(), allowed.end(), p.type) != allowed.end()) return i;
    }
    return std::nullopt;
}

}  // namespace stilas::render
