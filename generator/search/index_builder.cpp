// IndexBuilder: page analyses (per thread, cached by content), then the whole index at finish().
#include "search/index_builder.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "search/client_files.hpp"
#include "search/facets.hpp"
#include "search/index_files.hpp"
#include "search/page_analysis.hpp"
#include "search/page_cache.hpp"
#include "search/postings.hpp"
#include "search/shards.hpp"
#include "search/token_table.hpp"
#include "util/parallel.hpp"

namespace stilas::search {

namespace {
// A hash of every index file, as the version tag that busts browser caches (the files' own
// hashes on up to `threads` threads, then chained in file order).
std::string version_of(const std::vector<OutputFile>& files, unsigned threads) {
    std::vector<uint64_t> file_hashes(files.size());
    util::parallel_for(files.size(), threads,
                       [&](size_t i) { file_hashes[i] = token_hash(files[i].path) ^ token_hash(files[i].bytes); });
    uint64_t hash = 0;
    for (const uint64_t h : file_hashes) hash = (hash ^ h) * 1099511628211ull;
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}
}  // namespace

// Where the page cache keeps the terms and endings its records name by id (page keys start
// with a blob id, so no page has these).
constexpr std::string_view k_terms_key = "=terms", k_suffixes_key = "=suffixes";

struct IndexBuilder::Impl {
    explicit Impl(const std::string& cache_dir) : cache(cache_dir), cache_dir(cache_dir) {
        auto terms = cache.find(k_terms_key), suffixes = cache.find(k_suffixes_key);
        if (!terms || !suffixes) return;
        auto term_names = read_names(*terms), suffix_names = read_names(*suffixes);
        if (term_names && suffix_names) names = CachedNames{std::move(*term_names), std::move(*suffix_names)};
    }

    Vocabulary vocabulary;
    PageCache cache;
    const std::string cache_dir;
    /// The terms and endings the cached records name (none: no record is read).
    std::optional<CachedNames> names;

    /// Parts of the index files by a hash of their inputs: read when the index files are made
    /// (not held through parsing and rendering).
    PageCache& parts() {
        std::call_once(parts_read, [&] { parts_cache.emplace(cache_dir, PageCache::k_index_file); });
        return *parts_cache;
    }
    std::once_flag parts_read;
    std::optional<PageCache> parts_cache;
    /// Which analyzers a thread may find without the lock (see analyzer()): a number no other
    /// builder of the process has had, and a new one when the analyzers are dropped.
    uint64_t generation = new_generation();
    // What the parse threads write for every page, on cache lines of its own: on a line with
    // what they only read (the cache, the generation), each write made the other thread's
    // next read of it a miss.
    alignas(64) std::mutex mutex;
    std::unordered_map<std::thread::id, std::unique_ptr<PageAnalyzer>> analyzers;
    std::deque<PageRecord> pages;
    IndexStats stats;

    static uint64_t new_generation() {
        static std::atomic<uint64_t> last{0};
        return ++last;
    }

    /// The calling thread's analyzer: after its first page, from a note of its own (the lock
    /// and the map were two shared cache lines a page).
    PageAnalyzer& analyzer() {
        thread_local struct {
            uint64_t generation = 0;
            PageAnalyzer* analyzer = nullptr;
        } mine;
        if (mine.generation == generation) return *mine.analyzer;
        std::lock_guard lock(mutex);
        auto& slot = analyzers[std::this_thread::get_id()];
        if (!slot) slot = std::make_unique<PageAnalyzer>(vocabulary);
        mine = {generation, slot.get()};
        return *slot;
    }

    /// Drops the analyzers (after the last page): their token caches are not needed any more.
    void drop_analyzers() {
        analyzers.clear();
        generation = new_generation();
    }

    PageId keep(PageRecord record, bool from_cache) {
        std::lock_guard lock(mutex);
        ++(from_cache ? stats.cache_hits : stats.pages_analysed);
        pages.push_back(std::move(record));
        return static_cast<PageId>(pages.size() - 1);
    }

    // The terms of labels, memoised by the label's view (address and size), not its text:
    // labels are views into the caller's model (a page's title, a term's title), so a label
    // on many documents is the same view, and a lookup hashes no text. Equal text seen through
    // two views is analysed twice, to the same terms.
    struct LabelView {
        const char* data;
        size_t size;
        bool operator==(const LabelView&) const = default;
    };
    struct LabelViewHash {
        size_t operator()(const LabelView& v) const { return std::hash<const char*>{}(v.data) ^ (v.size << 48); }
    };
    /// A range of documents' labels: their terms, and the documents' DocTerms::tags, in one array.
    struct RangeLabels {
        std::unordered_map<LabelView, std::vector<TermEntry>, LabelViewHash> terms;
        std::vector<const std::vector<TermEntry>*> of_docs;
    };
    /// The terms of the titles of the pages some document has as a label (by page; empty for
    /// the others).
    std::vector<std::vector<TermEntry>> page_titles(const IndexInput& input, unsigned threads) const;
    std::vector<DocTerms> doc_terms(const IndexInput& input, const std::vector<std::vector<TermEntry>>& titles,
                                    std::vector<RangeLabels>& labels, unsigned threads);

    size_t retained_bytes() const {
        size_t bytes = vocabulary.terms.bytes() + vocabulary.suffixes.bytes();
        for (const PageRecord& p : pages) bytes += sizeof p + p.entries.capacity() + p.excerpt.capacity();
        return bytes;
    }
    std::vector<OutputFile> index_files(const IndexInput& input, unsigned threads);
    std::vector<std::string> fragments(const IndexInput& input, const std::vector<std::string_view>& excerpts,
                                       unsigned threads);

    std::optional<std::string> recall(std::string_view key) {
        auto bytes = parts().find(key);
        if (!bytes) return std::nullopt;
        std::lock_guard lock(mutex);
        ++stats.parts_reused;
        return std::string(*bytes);
    }
};

// The fragment files, made on up to `threads` threads. (They were once also kept in the cache,
// keyed by a hash of their documents' fields: hashing those fields cost about as much as writing
// the JSON, and reading and writing the 4.8 MB of kept files at 10,000 pages made a warm build's
// search phase 10-14 ms slower than making them all again.)
std::vector<std::string> IndexBuilder::Impl::fragments(const IndexInput& input,
                                                       const std::vector<std::string_view>& excerpts,
                                                       unsigned threads) {
    std::vector<std::string> files(fragment_count(input.docs.size()));
    util::parallel_for(files.size(), threads, [&](size_t g) { files[g] = fragment_file(input, excerpts, g); });
    return files;
}

// Read once per page, in page order, on up to `threads` threads: for each document's labels in
// its range (as doc_terms() once did) they cost each range a cache miss on the page's record and
// another on its entries, 4 ms of CPU at 10,000 pages.
std::vector<std::vector<TermEntry>> IndexBuilder::Impl::page_titles(const IndexInput& input, unsigned threads) const {
    std::vector<char> needed(pages.size(), 0);
    for (const DocInput& doc : input.docs)
        for (const PageId page : doc.tag_pages)
            if (page != k_no_page) needed.at(page) = 1;
    std::vector<std::vector<TermEntry>> titles(pages.size());
    util::parallel_for(pages.size(), threads, [&](size_t p) {
        if (needed[p]) titles[p] = title_terms(pages[p]);
    });
    return titles;
}

// Every document's record and the terms of its labels, over ranges of documents on up to
// `threads` threads: each range has its own analyzer and analyses each distinct label once
// (a label's terms do not depend on which range analysed it), except pages' titles, whose terms
// are taken from those pages' records (`titles`, page_titles()).
std::vector<DocTerms> IndexBuilder::Impl::doc_terms(const IndexInput& input,
                                                    const std::vector<std::vector<TermEntry>>& titles,
                                                    std::vector<RangeLabels>& ranges, unsigned threads) {
    constexpr size_t k_min_docs_per_range = 256;
    const size_t n = input.docs.size();
    ranges.resize(std::clamp<size_t>(n / k_min_docs_per_range, 1, util::thread_count(threads)));
    std::vector<DocTerms> docs(n);
    util::parallel_for(ranges.size(), threads, [&](size_t r) {
        const size_t begin = r * n / ranges.size(), end = (r + 1) * n / ranges.size();
        PageAnalyzer labels(vocabulary);
        RangeLabels& range = ranges[r];
        size_t tags = 0;
        for (size_t d = begin; d < end; ++d) tags += input.docs[d].tags.size();
        range.of_docs.reserve(tags);   // no reallocation: the documents' spans point into it
        for (size_t d = begin; d < end; ++d) {
            docs[d].record = &pages.at(input.docs[d].page);
            const size_t first = range.of_docs.size();
            const DocInput& doc = input.docs[d];
            for (size_t k = 0; k < doc.tags.size(); ++k) {
                // A page's title: its terms are in the page's analysis already.
                if (const PageId titled = k < doc.tag_pages.size() ? doc.tag_pages[k] : k_no_page; titled != k_no_page) {
                    range.of_docs.push_back(&titles.at(titled));
                    continue;
                }
                const std::string_view tag = doc.tags[k];
                const LabelView key{tag.data(), tag.size()};
                auto it = range.terms.find(key);
                if (it == range.terms.end()) it = range.terms.emplace(key, labels.label_terms(tag)).first;
                range.of_docs.push_back(&it->second);
            }
            docs[d].tags = std::span(range.of_docs).subspan(first);
        }
    });
    return docs;
}

std::vector<OutputFile> IndexBuilder::Impl::index_files(const IndexInput& input, unsigned threads) {
    const std::string root(k_index_folder);
    std::vector<RangeLabels> labels;
    const std::vector<std::vector<TermEntry>> titles = page_titles(input, threads);
    PostingsResult postings = build_postings(doc_terms(input, titles, labels, threads), vocabulary, threads);
    Shards shards = write_shards(postings.terms);
    std::vector<std::string_view> excerpts;
    for (const DocInput& doc : input.docs) excerpts.push_back(pages.at(doc.page).excerpt);
    std::vector<std::string> fragments = this->fragments(input, excerpts, threads);

    std::vector<OutputFile> files;
    for (size_t i = 0; i < shards.lexicons.size(); ++i)
        files.push_back({root + "lex/" + std::to_string(i) + ".bin", std::move(shards.lexicons[i])});
    for (size_t i = 0; i < shards.postings.size(); ++i)
        files.push_back({root + "post/" + std::to_string(i) + ".bin", std::move(shards.postings[i])});
    for (size_t i = 0; i < fragments.size(); ++i)
        files.push_back({root + "doc/" + std::to_string(i) + ".json", std::move(fragments[i])});
    files.push_back({root + "facets.bin", encode_facets(input)});

    ManifestFacts facts{input.docs.size(), shards.postings.size(), fragments.size(), postings.average_length,
                        version_of(files, threads)};
    files.push_back({root + "manifest.json", manifest_json(input, shards, facts)});
    stats.docs = input.docs.size();
    stats.terms = postings.terms.size();
    stats.lexicons = shards.keys.size();
    stats.postings_files = shards.postings.size();
    stats.fragment_files = fragments.size();
    stats.index_bytes = 0;
    for (const OutputFile& f : files) stats.index_bytes += f.bytes.size();
    return files;
}

IndexBuilder::IndexBuilder(std::string cache_dir) : m_impl(std::make_unique<Impl>(cache_dir)) {}
IndexBuilder::~IndexBuilder() = default;

PageId IndexBuilder::add_page(std::string_view cache_key, const std::function<PageText()>& text) {
    PageAnalyzer& analyzer = m_impl->analyzer();
    if (!m_impl->cache.enabled() || cache_key.empty()) return m_impl->keep(analyzer.analyze(text()), false);
    std::optional<PageRecord> record;
    if (auto cached = m_impl->names ? m_impl->cache.find(cache_key) : std::nullopt)
        record = analyzer.restore(*cached, *m_impl->names);
    const bool from_cache = record.has_value();
    if (!record) record = analyzer.analyze(text());
    // With this build's ids: the names stored at finish() are this build's.
    m_impl->cache.store(cache_key, cache_form(*record));
    return m_impl->keep(std::move(*record), from_cache);
}

void IndexBuilder::pages_added() { m_impl->drop_analyzers(); }

std::vector<OutputFile> IndexBuilder::finish(const IndexInput& input, unsigned threads) {
    m_impl->drop_analyzers();
    m_impl->stats.retained_bytes = m_impl->retained_bytes();
    if (m_impl->cache.enabled()) {
        // Before the index files intern their labels' terms: exactly the names records use.
        m_impl->cache.store(k_terms_key, names_bytes(m_impl->vocabulary.terms.by_id()));
        m_impl->cache.store(k_suffixes_key, names_bytes(m_impl->vocabulary.suffixes.by_id()));
    }
    m_impl->names.reset();   // views into the old cache, which commit() frees
    m_impl->cache.commit();
    std::vector<OutputFile> files = m_impl->index_files(input, threads);
    m_impl->parts().commit();
    for (const auto& [name, text] : client_files()) files.push_back({std::string(k_client_folder) + name, text});
    return files;
}

const IndexStats& IndexBuilder::stats() const { return m_impl->stats; }

bool IndexBuilder::caching() const { return m_impl->cache.enabled(); }

std::optional<std::string> IndexBuilder::recall(std::string_view key) { return m_impl->recall(key); }

void IndexBuilder::remember(std::string_view key, std::string_view bytes) { m_impl->parts().store(key, bytes); }

}  // namespace stilas::search
