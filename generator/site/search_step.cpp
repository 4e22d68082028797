// Typed model → search input: facets (type, every taxonomy, the pages single `ref` fields point
// to, year) with display labels, and labels searched with a small weight (taxonomy terms,
// referenced titles, the type); the pages' text and cache keys come from search_text.cpp.
#include "site/search_step.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "i18n/collator.hpp"
#include "search/index_builder.hpp"
#include "search/varint.hpp"
#include "site/search_text.hpp"
#include "util/content_hash.hpp"
#include "util/parallel.hpp"

namespace stilas::site {

namespace {
using config::FieldKind;

// A `ref` facet with more distinct values than this is no facet (a reader cannot scan it).
constexpr size_t k_max_ref_facet_values = 400;

// A facet value as declared: views into the model (config, pages) or Impl::years, valid until
// finish() returns; only the values in use are copied into the index's FacetDefs.
struct ValueView {
    std::string_view value, label;
};

// No value (FacetTable::find, SearchIndexBuilder::Impl::RefValue), no analysis (finish()).
constexpr uint32_t k_no_value = UINT32_MAX;

// Sorts values by their labels (Norwegian collation). Collation is the dearest part of the
// index's last step on a large site, so with a cache the order of the same labels (in the same
// order, for the same language) is taken from the previous build.
class LabelOrder {
public:
    LabelOrder(std::string language, search::IndexBuilder& index) : m_language(std::move(language)), m_index(index) {}

    /// Sorts `values` (indexes into `labels`) by their labels, stable. Thread-safe (facets are
    /// sorted on several threads).
    void sort(std::vector<size_t>& values, const std::vector<ValueView>& labels) const {
        util::ContentHash hash;
        hash.add("label order 1").add(m_language).add(values.size());
        for (size_t v : values) hash.add(labels[v].label);
        const std::string key = "order:" + hash.hex();
        std::optional<std::string> bytes = m_index.recall(key);
        std::vector<size_t> sorted;
        if (!bytes || !decode(*bytes, values, sorted)) {
            std::vector<size_t> positions(values.size());
            for (size_t i = 0; i < positions.size(); ++i) positions[i] = i;
            std::call_once(m_opened, [&] { m_collator.emplace(m_language); });
            m_collator->sort_by_title(positions, [&](size_t p) -> std::string_view { return labels[values[p]].label; });
            bytes.emplace();
            sorted.clear();
            for (size_t p : positions) {
                search::put_varint(*bytes, p);
                sorted.push_back(values[p]);
            }
        }
        m_index.remember(key, *bytes);
        values = std::move(sorted);
    }

private:
    // The positions in `values` in sorted order, each once; false when `bytes` are no such list.
    static bool decode(std::string_view bytes, const std::vector<size_t>& values, std::vector<size_t>& out) {
        std::vector<bool> seen(values.size(), false);
        size_t pos = 0;
        for (size_t i = 0; i < values.size(); ++i) {
            if (pos >= bytes.size()) return false;
            const uint64_t p = search::get_varint(bytes, pos);
            if (p >= values.size() || seen[p]) return false;
            seen[p] = true;
            out.push_back(values[p]);
        }
        return pos == bytes.size();
    }

    std::string m_language;
    search::IndexBuilder& m_index;
    mutable std::optional<i18n::Collator> m_collator;   ///< opened when first needed
    mutable std::once_flag m_opened;
};

// Facets and their values in reading order; only values some document has are kept.
class FacetTable {
public:
    /// `by_label`: values are shown sorted by their labels (Norwegian order), not as declared;
    /// such a facet is dropped when more than k_max_ref_facet_values of its values are used.
    size_t facet(std::string name, std::string label, bool by_label = false) {
        m_facets.push_back({std::move(name), std::move(label), {}});
        m_index.emplace_back();
        m_by_label.push_back(by_label);
        return m_facets.size() - 1;
    }
    /// The index of `value` in facet `f`, declared with `label` when new. The views must stay
    /// valid until finish() returns (see ValueView).
    uint32_t declare(size_t f, std::string_view value, std::string_view label) {
        const auto [it, added] = m_index[f].emplace(value, static_cast<uint32_t>(m_facets[f].values.size()));
        if (added) m_facets[f].values.push_back({value, label});
        return it->second;
    }
    /// The index of `value` in facet `f`, or k_no_value. Thread-safe once every value is declared.
    uint32_t find(size_t f, std::string_view value) const {
        const auto it = m_index[f].find(value);
        return it == m_index[f].end() ? k_no_value : it->second;
    }
    /// Gives `doc` the value of facet `f` at index `v` (none for k_no_value).
    static void assign(search::DocInput& doc, size_t f, uint32_t v) {
        if (v != k_no_value) doc.facets.emplace_back(static_cast<uint32_t>(f), v);
    }
    /// Gives `doc` `value` of facet `f` when it is declared. Thread-safe once every value is.
    void assign(search::DocInput& doc, size_t f, std::string_view value) const { assign(doc, f, find(f, value)); }
    /// The facets with used values only, in order; documents renumbered to match.
    /// Values are sorted (facets on up to `threads` threads) and documents renumbered in parallel.
    std::vector<search::FacetDef> compact(std::vector<search::DocInput>& docs, const LabelOrder& labels,
                                          unsigned threads) const;

private:
    std::vector<size_t> used_values(size_t f, const std::vector<std::vector<bool>>& used,
                                    const LabelOrder& labels) const;

    struct Facet {
        std::string name, label;
        std::vector<ValueView> values;
    };
    std::vector<Facet> m_facets;
    std::vector<std::unordered_map<std::string_view, uint32_t>> m_index;
    std::vector<bool> m_by_label;
};

// The used values of facet `f` in the order they are shown; empty when the facet is dropped.
std::vector<size_t> FacetTable::used_values(size_t f, const std::vector<std::vector<bool>>& used,
                                            const LabelOrder& labels) const {
    std::vector<size_t> order;
    for (size_t v = 0; v < used[f].size(); ++v)
        if (used[f][v]) order.push_back(v);
    if (!m_by_label[f]) return order;
    if (order.size() > k_max_ref_facet_values) return {};
    labels.sort(order, m_facets[f].values);
    return order;
}

std::vector<search::FacetDef> FacetTable::compact(std::vector<search::DocInput>& docs, const LabelOrder& labels,
                                                  unsigned threads) const {
    std::vector<std::vector<bool>> used(m_facets.size());
    for (size_t f = 0; f < m_facets.size(); ++f) used[f].assign(m_facets[f].values.size(), false);
    for (const auto& doc : docs)
        for (const auto& [f, v] : doc.facets) used[f][v] = true;
    std::vector<std::vector<size_t>> orders(m_facets.size());
    util::parallel_for(m_facets.size(), threads, [&](size_t f) { orders[f] = used_values(f, used, labels); });
    std::vector<search::FacetDef> out;
    std::vector<std::vector<int64_t>> remap(m_facets.size());
    std::vector<int64_t> facet_remap(m_facets.size(), -1);
    for (size_t f = 0; f < m_facets.size(); ++f) {
        remap[f].assign(m_facets[f].values.size(), -1);
        const std::vector<size_t>& order = orders[f];
        if (order.empty()) continue;
        search::FacetDef def{m_facets[f].name, m_facets[f].label, {}};
        for (size_t v : order) {
            remap[f][v] = static_cast<int64_t>(def.values.size());
            def.values.push_back({std::string(m_facets[f].values[v].value), std::string(m_facets[f].values[v].label)});
        }
        facet_remap[f] = static_cast<int64_t>(out.size());
        out.push_back(std::move(def));
    }
    util::parallel_for(docs.size(), threads, [&](size_t d) {
        std::vector<std::pair<uint32_t, uint32_t>>& facets = docs[d].facets;   // renumbered in place
        size_t kept = 0;
        for (const auto& [f, v] : facets)
            if (facet_remap[f] >= 0)
                facets[kept++] = {static_cast<uint32_t>(facet_remap[f]), static_cast<uint32_t>(remap[f][v])};
        facets.resize(kept);
        std::sort(facets.begin(), facets.end());
    });
    return out;
}
}  // namespace

struct SearchIndexBuilder::Impl {
    Impl(const config::SiteConfig& c, std::string cache_dir)
        : config(c), builder(std::move(cache_dir)) {
        if (builder.caching())
            for (const config::TypeSchema& type : config.types) type_hashes.emplace(type.name, type_hash(type));
    }

    const config::SiteConfig& config;
    std::unordered_map<std::string_view, uint64_t> type_hashes;   ///< type name → type_hash()
    search::IndexBuilder builder;
    /// A page's analysis, by its place in parse order (path: to match the published pages).
    /// Sized by expect_pages(); each parse thread writes the entries of its own pages.
    struct Analysed {
        std::string path;
        search::PageId id = k_no_value;
    };
    std::vector<Analysed> analysed;

    // Built by finish().
    FacetTable table;
    size_t type_facet = 0, year_facet = 0;
    struct TermInfo {
        uint32_t value = 0;        ///< in the taxonomy's facet
        std::string_view title;
    };
    struct TaxonomyInfo {
        size_t facet = 0;
        std::unordered_map<std::string_view, TermInfo> terms;   ///< by term key (one lookup per use)
    };
    std::unordered_map<std::string_view, TaxonomyInfo> taxonomies;
    /// type → the taxonomies its `term` fields (one term each) use: what referring pages inherit.
    std::unordered_map<std::string_view, std::vector<std::string_view>> single_terms;
    std::unordered_map<std::string_view, size_t> ref_facet;   ///< target type → facet
    /// A page of a type that is a ref facet: the facet, and its value there (by its URL, found
    /// once per page instead of once per page referring to it).
    struct RefValue {
        uint32_t facet = k_no_value, value = k_no_value;
    };
    std::vector<RefValue> ref_values;   ///< by page index
    std::set<std::string, std::greater<>> years;   ///< the year facet's values (newest first)
    /// By page index, from one read of the page (views into it): year_of() and date_of().
    struct PageDates {
        std::string_view year, date;
    };
    std::vector<PageDates> dates_of_page;
    /// A page's taxonomy terms as facet values and labels, by page in its terms' order (read in
    /// the same pass: doc_input() takes those of a page and of each page it refers to from
    /// here, not from the pages' models, which are read at random there).
    struct TermFact {
        uint32_t facet = k_no_value, value = k_no_value;   ///< k_no_value: no such term
        std::string_view title;
        bool inherited = false;   ///< of a `term` field: what pages referring to the page inherit
    };
    std::vector<TermFact> term_facts;
    std::vector<size_t> term_begin;   ///< by page: its first in term_facts; then their end
    std::vector<std::string_view> titles;   ///< by page

    std::vector<search::PageId> analyses(const Published& site) const;
    void declare_facets(const Published& site, unsigned threads);
    void declare_ref_facets(const Published& site, unsigned threads);
    search::DocInput doc_input(const Published& site, const std::vector<search::PageId>& ids, size_t i) const;
    void add_terms(search::DocInput& doc, size_t page, bool inherited_only) const;
    void add_references(search::DocInput& doc, const Published& site, const std::vector<search::PageId>& ids,
                        size_t i, const config::TypeSchema* type) const;
};

// Facets in reading order: type, the taxonomies (config order), pages of single `ref` targets, year.
void SearchIndexBuilder::Impl::declare_facets(const Published& site, unsigned threads) {
    type_facet = table.facet("type", "Type");
    for (const config::TypeSchema& type : config.types) table.declare(type_facet, type.name, type.title);
    for (const content::Document& page : site.pages)
        if (!config.typed && page.kind == content::PageKind::regular && !page.type.empty())
            table.declare(type_facet, page.type, page.type);
    for (const config::Taxonomy& tax : config.taxonomies) {
        TaxonomyInfo& info = taxonomies[tax.name];
        info.facet = table.facet(tax.name, tax.singular.empty() ? tax.title : tax.singular);
        for (const config::Term& term : tax.terms)
            info.terms.emplace(term.key, TermInfo{table.declare(info.facet, term.key, term.title), term.title});
    }
    for (const config::TypeSchema& type : config.types)
        for (const config::FieldSchema& field : type.fields)
            if (field.kind == FieldKind::term) single_terms[type.name].push_back(field.taxonomy);
    declare_ref_facets(site, threads);
    year_facet = table.facet("year", "År");
    // (dates_of_page was filled in the same pass over the pages as their ref facets.)
    std::string_view last;
    for (const PageDates& dates : dates_of_page) {
        const std::string_view y = dates.year;
        if (y.empty() || y == last) continue;
        last = y;
        if (!years.contains(y)) years.emplace(y);
    }
    for (const std::string& y : years) table.declare(year_facet, y, y);
}

// A type that a single `ref` field points to (kommune, program) is a facet of its pages' titles.
void SearchIndexBuilder::Impl::declare_ref_facets(const Published& site, unsigned threads) {
    std::set<std::string> targets;
    for (const config::TypeSchema& type : config.types)
        for (const config::FieldSchema& field : type.fields)
            if (field.kind == FieldKind::ref) targets.insert(field.to.begin(), field.to.end());
    for (const config::TypeSchema& type : config.types)
        if (targets.count(type.name))
            ref_facet[type.name] = table.facet(type.name, type.singular.empty() ? type.title : type.singular, true);
    // Each page's facet (if its type is one) and, for the year facet declared next and the
    // documents' inputs, its year, date, title and terms: on all threads, in one read of every
    // page (serial, the facet and the year were 2 ms at 10,000 pages; the date read again in
    // doc_input() cost each page's fields' cache misses a second time, and a page's terms and
    // title read there, for each page referring to it, 19.2 M instructions and 9-12 ms of CPU).
    // Then, in page order, regular pages of such a type are its values; its other pages
    // (listings) are found by their URL once every value is declared.
    ref_values.assign(site.pages.size(), RefValue{});
    dates_of_page.resize(site.pages.size());
    titles.resize(site.pages.size());
    term_begin.assign(1, 0);
    for (const content::Document& page : site.pages) term_begin.push_back(term_begin.back() + page.terms.size());
    term_facts.resize(term_begin.back());
    util::parallel_for(site.pages.size(), threads, [&](size_t i) {
        const content::Document& page = site.pages[i];
        dates_of_page[i] = PageDates{year_of(page), date_of(page)};
        titles[i] = page.title;
        if (const auto f = ref_facet.find(page.type); f != ref_facet.end())
            ref_values[i].facet = static_cast<uint32_t>(f->second);
        const auto single = single_terms.find(page.type);
        TermFact* fact = term_facts.data() + term_begin[i];
        for (const content::TermUse& use : page.terms) {
            TermFact& out = *fact++;
            auto tax = taxonomies.find(use.taxonomy);
            if (tax == taxonomies.end()) continue;
            const auto term = tax->second.terms.find(use.term);
            if (term == tax->second.terms.end()) continue;
            const bool inherited = single != single_terms.end() && std::find(single->second.begin(), single->second.end(),
                                                                             use.taxonomy) != single->second.end();
            out = TermFact{static_cast<uint32_t>(tax->second.facet), term->second.value, term->second.title, inherited};
        }
    });
    for (const bool regular : {true, false})
        for (size_t i = 0; i < site.pages.size(); ++i) {
            RefValue& ref = ref_values[i];
            if (ref.facet == k_no_value) continue;
            const content::Document& page = site.pages[i];
            if ((page.kind == content::PageKind::regular) != regular) continue;
            ref.value = regular ? table.declare(ref.facet, page.url, page.title) : table.find(ref.facet, page.url);
        }
}

namespace {
// Adds the label `tag` to `doc`, and `page`, the page whose title it is (DocInput::tag_pages,
// parallel to the tags).
void add_tag(search::DocInput& doc, std::string_view tag, search::PageId page = search::k_no_page) {
    doc.tags.push_back(tag);
    doc.tag_pages.push_back(page);
}
}  // namespace

// Taxonomy terms of page `page` as facets and tags; `inherited_only`: only those of `term`
// fields (a single classification, like a kommune's fylke, that pages referring to it share).
void SearchIndexBuilder::Impl::add_terms(search::DocInput& doc, size_t page, bool inherited_only) const {
    for (size_t k = term_begin[page]; k < term_begin[page + 1]; ++k) {
        const TermFact& fact = term_facts[k];
        if (fact.facet == k_no_value || (inherited_only && !fact.inherited)) continue;
        FacetTable::assign(doc, fact.facet, fact.value);
        add_tag(doc, fact.title);
    }
}

// Referenced pages' titles as tags (with their analyses, `ids`: by page index); single `ref`
// targets as facets, with their inherited terms. `type`: page i's schema (none: untyped).
void SearchIndexBuilder::Impl::add_references(search::DocInput& doc, const Published& site,
                                              const std::vector<search::PageId>& ids, size_t i,
                                              const config::TypeSchema* type) const {
    for (const auto& [field, targets] : site.graph.pages[i].references) {
        const config::FieldSchema* schema = type ? type->find(field) : nullptr;
        for (size_t t : targets) {
            add_tag(doc, titles[t], ids[t] == k_no_value ? search::k_no_page : ids[t]);
            if (!schema || schema->kind != FieldKind::ref) continue;
            if (const RefValue& ref = ref_values[t]; ref.facet != k_no_value)
                FacetTable::assign(doc, ref.facet, ref.value);
            add_terms(doc, t, true);
        }
    }
}

search::DocInput SearchIndexBuilder::Impl::doc_input(const Published& site, const std::vector<search::PageId>& ids,
                                                     size_t i) const {
    const content::Document& page = site.pages[i];
    search::DocInput doc;
    // Room for the type, the terms, the referenced pages and the year (inherited terms may add more).
    size_t targets = 0;
    for (const auto& field : site.graph.pages[i].references) targets += field.second.size();
    doc.facets.reserve(page.terms.size() + 2 * targets + 3);
    doc.tags.reserve(page.terms.size() + targets + 1);
    doc.tag_pages.reserve(doc.tags.capacity());
    doc.page = ids[i];
    doc.url = page.url;
    doc.title = page.title;
    doc.summary = page.summary;
    doc.date = dates_of_page[i].date;
    const config::TypeSchema* type = config.find_type(page.type);
    if (page.kind == content::PageKind::regular && !page.type.empty()) {
        doc.type = page.type;
        table.assign(doc, type_facet, page.type);
        if (type) add_tag(doc, type->singular);
        if (const RefValue& ref = ref_values[i]; ref.facet != k_no_value) FacetTable::assign(doc, ref.facet, ref.value);
    }
    add_terms(doc, i, false);
    add_references(doc, site, ids, i, type);
    if (const std::string_view y = dates_of_page[i].year; !y.empty()) table.assign(doc, year_facet, y);
    std::sort(doc.facets.begin(), doc.facets.end());
    doc.facets.erase(std::unique(doc.facets.begin(), doc.facets.end()), doc.facets.end());
    return doc;
}

SearchIndexBuilder::SearchIndexBuilder(const config::SiteConfig& config, std::string cache_dir)
    : m_impl(std::make_unique<Impl>(config, std::move(cache_dir))) {}
SearchIndexBuilder::~SearchIndexBuilder() = default;

void SearchIndexBuilder::expect_pages(size_t count) { m_impl->analysed.resize(count); }

void SearchIndexBuilder::add_page(size_t order, const content::Document& page, markdown::Document& body) {
    // (Before the page is analysed: a mistake in the caller is told, not written past the end.)
    if (order >= m_impl->analysed.size()) throw std::logic_error("SearchIndexBuilder::add_page: order past expect_pages()");
    const std::string key = m_impl->builder.caching() ? cache_key(page, m_impl->type_hashes) : std::string();
    const search::PageId id = m_impl->builder.add_page(key, [&] { return page_text(page, body); });
    m_impl->analysed[order] = {page.path, id};
}

void SearchIndexBuilder::pages_added() { m_impl->builder.pages_added(); }

// The published pages' analyses (k_no_value: a page not analysed). The published pages are the
// analysed ones in the same order, some left out (drafts: select_published() keeps the order),
// so each is looked for from where the last was found: a compare of paths a page, where a hash
// map of paths cost a lookup's cache misses (4.4 ms at 10,000 pages).
std::vector<search::PageId> SearchIndexBuilder::Impl::analyses(const Published& site) const {
    std::vector<search::PageId> ids(site.pages.size(), k_no_value);
    size_t next = 0;
    for (size_t i = 0; i < site.pages.size(); ++i) {
        const std::string& path = site.pages[i].path;
        size_t at = next;
        while (at < analysed.size() && (analysed[at].id == k_no_value || analysed[at].path != path)) ++at;
        if (at == analysed.size()) continue;
        ids[i] = analysed[at].id;
        next = at + 1;
    }
    return ids;
}

std::vector<std::pair<std::string, std::string>> SearchIndexBuilder::finish(const Published& site, unsigned threads) {
    m_impl->declare_facets(site, threads);
    search::IndexInput input;
    // The published pages that were analysed (by page index: its analysis, or k_no_value).
    const std::vector<search::PageId> ids = m_impl->analyses(site);
    std::vector<size_t> pages;
    for (size_t i = 0; i < ids.size(); ++i)
        if (ids[i] != k_no_value) pages.push_back(i);
    input.docs.resize(pages.size());
    util::parallel_for(pages.size(), threads, [&](size_t k) { input.docs[k] = m_impl->doc_input(site, ids, pages[k]); });
    input.facets = m_impl->table.compact(input.docs, LabelOrder(m_impl->config.language, m_impl->builder), threads);
    std::vector<std::pair<std::string, std::string>> out;
    for (search::OutputFile& f : m_impl->builder.finish(input, threads)) out.emplace_back(std::move(f.path), std::move(f.bytes));
    return out;
}

}  // namespace stilas::site
