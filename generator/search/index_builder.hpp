// The search index of a site, written by the build: pages are analysed while they are parsed
// (from many threads), and finish() writes the sharded index and the browser engine. The
// format is described in docs/search.md; the engine is client/stilas-search.js.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search/index_input.hpp"

namespace stilas::search {

/// Where the files go in the site: the engine's modules, and the index below them.
inline constexpr std::string_view k_client_folder = "sok/";
inline constexpr std::string_view k_index_folder = "sok/indeks/";

struct OutputFile {
    std::string path;    ///< site-relative, e.g. "sok/indeks/manifest.json"
    std::string bytes;
};

/// Figures of the last finish(), for tests and timings.
struct IndexStats {
    size_t docs = 0, terms = 0, lexicons = 0, postings_files = 0, fragment_files = 0;
    size_t index_bytes = 0;     ///< all index files (not the engine)
    size_t cache_hits = 0;      ///< pages whose analysis came from the cache
    size_t parts_reused = 0;    ///< index parts (facet orders) taken from the cache
    size_t pages_analysed = 0;  ///< pages analysed from their text
    size_t retained_bytes = 0;  ///< what the page analyses and the vocabulary held until finish()
};

class IndexBuilder {
public:
    /// `cache_dir` = "" keeps no cache; otherwise page analyses are read from and written to it.
    explicit IndexBuilder(std::string cache_dir);
    ~IndexBuilder();
    IndexBuilder(const IndexBuilder&) = delete;
    IndexBuilder& operator=(const IndexBuilder&) = delete;

    /// Analyses one page; thread-safe. `cache_key` identifies the page's content ("" = do not
    /// cache); `text` is called only when the cache has no analysis for the key.
    PageId add_page(std::string_view cache_key, const std::function<PageText()>& text);

    /// After the last add_page() (optional; finish() does it too): frees the threads' analyzers
    /// and their caches of tokens, which nothing after the pages needs, so that what the build
    /// makes before finish() reuses their memory. An add_page() after it makes them anew.
    void pages_added();

    /// The index files for `input` (published pages only) and the engine's modules. Call once,
    /// after every add_page has returned. The posting lists are scored on up to `threads`
    /// threads (0 = all cores); the files are the same for any count.
    std::vector<OutputFile> finish(const IndexInput& input, unsigned threads = 1);

    const IndexStats& stats() const;

    /// True when analyses are kept in a cache (add_page needs cache keys then).
    bool caching() const;

    /// With a cache: the bytes a previous build remembered under `key` (a part of the index that
    /// depends only on what the key hashes), else nullopt. Valid until finish(). Counted in
    /// stats().parts_reused. Thread-safe.
    std::optional<std::string> recall(std::string_view key);
    /// Keeps `bytes` under `key` for the next build (call it for every part this build uses,
    /// recalled or not: the cache keeps exactly the parts of the last build). Thread-safe.
    void remember(std::string_view key, std::string_view bytes);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace stilas::search
