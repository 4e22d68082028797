// One page's analysis: the terms its title, summary and body give, with counts and where they
// occur, kept compact (varints over term ids, no text but a short excerpt). The incremental
// cache keeps records as they are, with the build's terms and endings by id beside them
// (CachedNames); restoring one maps those ids to the ids of the build that reads it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search/analyzer.hpp"
#include "search/fold.hpp"
#include "search/index_input.hpp"
#include "search/token_table.hpp"
#include "search/varint.hpp"
#include "search/vocabulary.hpp"

namespace stilas::search {

/// Where a term occurs, besides the body.
enum : uint32_t { k_in_title = 1, k_in_summary = 2, k_in_tags = 4 };
inline constexpr unsigned k_flag_bits = 3;

/// Bytes of body text kept per page for snippets (cut at a word).
inline constexpr size_t k_excerpt_bytes = 240;

/// One term of a page: body count and flags packed as (count << k_flag_bits | flags).
struct TermEntry {
    uint32_t term = 0;
    uint32_t count_flags = 0;
    uint32_t suffix = 0;
};

/// What is kept of a page until finish(): varints (length, count, then per term: term id,
/// count_flags, suffix id) and the excerpt.
struct PageRecord {
    std::string entries;
    std::string excerpt;
};

/// Calls `f(entry)` for each of a PageRecord's entries, in order; returns the page length
/// (terms counted in its text). The entries are read without bounds checks: a record's are
/// always whole (written by write_varint(), also those restore() takes from the cache).
template <typename F>
uint32_t for_each_entry(std::string_view entries, F&& f) {
    if (entries.empty()) return 0;
    const char* p = entries.data();
    const auto length = static_cast<uint32_t>(read_varint(p));
    const size_t count = read_varint(p);
    for (size_t i = 0; i < count; ++i) {
        TermEntry e;
        e.term = static_cast<uint32_t>(read_varint(p));
        e.count_flags = static_cast<uint32_t>(read_varint(p));
        e.suffix = static_cast<uint32_t>(read_varint(p));
        f(static_cast<const TermEntry&>(e));
    }
    return length;
}

/// Reads a PageRecord's entries; returns the page length (terms counted in its text).
uint32_t read_entries(std::string_view entries, std::vector<TermEntry>& out);

/// The start of `body` with white space collapsed, at most k_excerpt_bytes, cut at a word.
std::string make_excerpt(std::string_view body);

/// The strings a cached record's ids name: the terms and the endings of the build that wrote
/// it, by id (Vocabulary::by_id() of that build).
struct CachedNames {
    std::vector<std::string_view> terms, suffixes;
};

/// A list of strings by id as bytes, and back (nullopt when damaged).
std::string names_bytes(const std::vector<std::string_view>& names);
std::optional<std::vector<std::string_view>> read_names(std::string_view bytes);

/// A record as the cache keeps it: its entries as they are, then its excerpt.
std::string cache_form(const PageRecord& record);

/// Analyses pages on one thread (it owns a stemmer and a cache of tokens it has met).
class PageAnalyzer {
public:
    explicit PageAnalyzer(Vocabulary& vocabulary) : m_vocab(vocabulary) {}

    /// The page's record.
    PageRecord analyze(const PageText& text);

    /// A record from its cached form (cache_form() in the build whose terms and endings are
    /// `names`), with this build's ids; nullopt when the bytes are damaged.
    std::optional<PageRecord> restore(std::string_view cached, const CachedNames& names);

    /// The terms of a short label (a taxonomy term, a referenced page's title), once each.
    std::vector<TermEntry> label_terms(std::string_view text);

private:
    struct TokenInfo {
        uint32_t term = UINT32_MAX;   ///< UINT32_MAX: a stop word
        uint32_t suffix = 0;
        std::string_view suffix_text;
    };
    /// A term of the page being analysed: its token with the smallest surface ending so far.
    struct Slot {
        uint32_t term = 0, token = 0;
        uint32_t count = 0, flags = 0;
    };

    /// Cold (once per token a thread meets), and given only the token's text (its key is made
    /// again), so that the token loops keep their registers; never inline (add_body_avx2() is
    /// flattened).
    [[gnu::cold, gnu::noinline]] TokenTable<TokenInfo>::Entry& add_token_info(std::string_view text);
    /// This build's id of the string a cached record names by `id` (interned once per thread).
    static uint32_t restored_id(std::vector<uint32_t>& ids, const std::vector<std::string_view>& names,
                                StringTable& strings, uint64_t id);
    /// The entry of `token` in m_tokens (added when new): its index and its count on the page.
    [[gnu::always_inline]] TokenTable<TokenInfo>::Entry& token_entry(const Token& token) {
        auto* const entry = m_tokens.find(token);
        if (entry) [[likely]] return *entry;
        return add_token_info(token.text);
    }
    /// The same for a token given by its head words (Tokenizer::for_each).
    [[gnu::always_inline]] TokenTable<TokenInfo>::Entry& head_entry(uint64_t head0, uint64_t head1) {
        auto* const entry = m_tokens.find_head(head0, head1);
        if (entry) [[likely]] return *entry;
        char bytes[16];
        return add_token_info(head_text(head0, head1, bytes));
    }

    /// m_page_tokens' data, with room for all the tokens of a text of `bytes` more after the
    /// first m_page_count (each token has two bytes or more).
    uint32_t* page_room(size_t bytes) {
        const size_t needed = m_page_count + bytes / 2 + 1;
        if (m_page_tokens.size() < needed) m_page_tokens.resize(std::max(needed, 2 * m_page_tokens.size()));
        return m_page_tokens.data();
    }
    /// Adds the token of `entry` to the `listed` page's tokens in `list` when this is its first
    /// time on the page (`count`, its count before, is 0): stores it anyway, keeps it by counting
    /// it (an add with carry, no branch).
    [[gnu::always_inline]] static void note_token(uint32_t* list, size_t& listed, const TokenTable<TokenInfo>::Entry& entry,
                                                  uint32_t count) {
        list[listed] = entry.index;
        listed += count == 0;
    }

    void add_body(std::string_view text);
    template <Tokenizer::Windows windows>
    void count_body(std::string_view text);
#if defined(STILAS_AVX2_WINDOWS)
    /// Flattened: an AVX2 function cannot be inlined into the tokenizer's templates (compiled for
    /// any CPU) that the loop is made of, only into the whole loop, so the AVX2 window scan
    /// (Tokenizer::load_window_avx2_inline) is inlined here.
    [[STILAS_AVX2_TARGET, gnu::flatten]] void add_body_avx2(std::string_view text);
#endif
    void add_text(std::string_view text, uint32_t flag);
    void merge_tokens();
    PageRecord take_record();
    template <typename WriteEntries>
    std::optional<std::string> entries_bytes(uint64_t length, uint64_t count, WriteEntries&& write);
    void clear_page();

    Vocabulary& m_vocab;
    Analyzer m_analyzer;
    TokenTable<TokenInfo> m_tokens;
    const CachedNames* m_names = nullptr;   ///< what m_term_ids and m_suffix_ids map from
    std::vector<uint32_t> m_term_ids, m_suffix_ids;   ///< a cached id → this build's (UINT32_MAX: not met yet)
    std::string m_entry_buffer;   ///< entries_bytes()'s room for the longest record so far
    /// m_tokens keeps each token's occurrences on the page being analysed in its entry's count:
    /// (body count << k_flag_bits) | the other texts it is in (all zero between pages), so that
    /// counting one in the body is a single add beside the lookup.
    /// The page's tokens as met, once each: the first m_page_count of m_page_tokens. The token
    /// loops store every token's index at the end and count it when it was new (no branch on
    /// whether it was: which tokens are new is as random as the text), so m_page_tokens has room
    /// for a token per two bytes of the text being read (page_room()).
    std::vector<uint32_t> m_page_tokens;
    size_t m_page_count = 0;
    std::vector<int32_t> m_slot_of;     ///< term id → index in m_slots, or -1
    std::vector<Slot> m_slots;
    /// The page's terms counted: those of its title and summary as add_text() meets them, its
    /// body's in merge_tokens().
    uint32_t m_length = 0;
};

}  // namespace stilas::search
