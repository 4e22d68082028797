// One page's analysis: the terms its title, summary and body give, with counts and where they
// occur, kept compact (a 32-bit word per term, no text but a short excerpt). The incremental
// cache keeps records as varints, with the build's terms and endings by id beside them
// (CachedNames); restoring one maps those ids to the ids of the build that reads it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
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

/// What is kept of a page until finish(): its entries (the page length and the entry count as
/// two 32-bit words, then the entries as EntryWord does) and the excerpt.
struct PageRecord {
    std::string entries;
    std::string excerpt;
};

/// A record's entry in one 32-bit word (term id << 14 | count_flags << 6 | suffix id) when its
/// numbers fit, as nearly all do; else k_escape and its three numbers as words of their own.
/// (Three varints were about as small, but reading and writing them took 45 M instructions of the
/// index's 760 M at 10,000 generated pages: the survey and the scoring read every record.)
struct EntryWord {
    static constexpr unsigned k_suffix_bits = 6, k_count_flags_bits = 8;
    static constexpr unsigned k_term_shift = k_suffix_bits + k_count_flags_bits;
    static constexpr uint32_t k_escape = ~uint32_t{0} << k_term_shift;   ///< and above: escaped
    /// The most words an entry takes.
    static constexpr size_t k_most_words = 4;

    /// Writes `e` at `p` (room for k_most_words words); returns the end.
    static char* write(char* p, const TermEntry& e) {
        if (e.term < (k_escape >> k_term_shift) && e.count_flags < (1u << k_count_flags_bits) &&
            e.suffix < (1u << k_suffix_bits)) [[likely]]
            return put(p, e.term << k_term_shift | e.count_flags << k_suffix_bits | e.suffix);
        return put(put(put(put(p, k_escape), e.term), e.count_flags), e.suffix);
    }
    /// Reads the entry at `p` into `e`; returns its end.
    static const char* read(const char* p, TermEntry& e) {
        const uint32_t w = get(p);
        if (w < k_escape) [[likely]] {
            e.term = w >> k_term_shift;
            e.count_flags = (w >> k_suffix_bits) & ((1u << k_count_flags_bits) - 1);
            e.suffix = w & ((1u << k_suffix_bits) - 1);
            return p + 4;
        }
        e.term = get(p + 4);
        e.count_flags = get(p + 8);
        e.suffix = get(p + 12);
        return p + 16;
    }
    static char* put(char* p, uint32_t w) {
        std::memcpy(p, &w, 4);
        return p + 4;
    }
    static uint32_t get(const char* p) {
        uint32_t w;
        std::memcpy(&w, p, 4);
        return w;
    }
};

/// What a record's entries start with (two words; PageAnalyzer::entries_bytes() writes them).
struct RecordHeader {
    static constexpr size_t k_bytes = 8;
    uint32_t length = 0;   ///< the page length (terms counted in its text)
    uint32_t count = 0;    ///< entries after the header
};
/// The header of non-empty `entries`.
inline RecordHeader record_header(std::string_view entries) {
    return {EntryWord::get(entries.data()), EntryWord::get(entries.data() + 4)};
}

/// Calls `f(entry)` for each of a PageRecord's entries, in order (an `f` that returns bool stops
/// them by returning false); returns the page length (terms counted in its text). The entries
/// are read without bounds checks: a record's are always whole (written by EntryWord::write(),
/// also those restore() makes from the cache).
template <typename F>
uint32_t for_each_entry(std::string_view entries, F&& f) {
    if (entries.empty()) return 0;
    const auto [length, count] = record_header(entries);
    const char* p = entries.data() + RecordHeader::k_bytes;
    for (uint32_t i = 0; i < count; ++i) {
        TermEntry e;
        p = EntryWord::read(p, e);
        if constexpr (std::is_same_v<decltype(f(static_cast<const TermEntry&>(e))), bool>) {
            if (!f(static_cast<const TermEntry&>(e))) break;
        } else {
            f(static_cast<const TermEntry&>(e));
        }
    }
    return length;
}

/// Reads a PageRecord's entries; returns the page length (terms counted in its text).
uint32_t read_entries(std::string_view entries, std::vector<TermEntry>& out);

/// The terms of the page's title as a label's (flags k_in_tags): what PageAnalyzer::label_terms()
/// gives for the title, in the same order (the title is analysed first, so its terms are the
/// record's first entries), each with the page's smallest ending of the term (a label's own may
/// be longer: it is never the smallest of the index, which has the page's too).
std::vector<TermEntry> title_terms(const PageRecord& record);

/// The start of `body` followed by `more` with white space collapsed, at most k_excerpt_bytes,
/// cut at a word (`more` is read only when the body is too short to fill the excerpt).
std::string make_excerpt(std::string_view body, std::string_view more = {});

/// The strings a cached record's ids name: the terms and the endings of the build that wrote
/// it, by id (Vocabulary::by_id() of that build).
struct CachedNames {
    std::vector<std::string_view> terms, suffixes;
};

/// A list of strings by id as bytes, and back (nullopt when damaged).
std::string names_bytes(const std::vector<std::string_view>& names);
std::optional<std::vector<std::string_view>> read_names(std::string_view bytes);

/// A record as the cache keeps it: varints (the page length, the entry count, then per entry
/// its term id, count_flags and suffix id), then its excerpt.
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
