// Page analysis: tokens → terms with counts, the compact record and its cached form.
#include "search/page_analysis.hpp"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstring>
#include <span>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "search/fold.hpp"
#include "search/token_window.hpp"
#include "search/varint.hpp"
#include "util/utf8.hpp"

namespace stilas::search {

namespace {
// A thread forgets the tokens it has met beyond this many (bounds memory on huge sites).
constexpr size_t k_max_cached_tokens = 200000;

bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
}  // namespace

uint32_t read_entries(std::string_view entries, std::vector<TermEntry>& out) {
    out.clear();
    return for_each_entry(entries, [&](const TermEntry& e) { out.push_back(e); });
}

std::vector<TermEntry> title_terms(const PageRecord& record) {
    std::vector<TermEntry> out;
    out.reserve(8);   // (most titles have fewer terms)
    for_each_entry(record.entries, [&](const TermEntry& e) {
        if (!(e.count_flags & k_in_title)) return false;
        out.push_back(TermEntry{e.term, k_in_tags, e.suffix});
        return true;
    });
    return out;
}

std::string make_excerpt(std::string_view body, std::string_view more) {
    // Into a buffer, white space collapsed to one space (none at the start; a space is written
    // when its run starts, so a space kept is always a run's), until more than k_excerpt_bytes
    // are kept (a cut at k_excerpt_bytes looks at no byte after it). Sixteen bytes at a time
    // up to the first that needs a change: their white space is single spaces, none after a space kept.
    constexpr size_t k_kept = k_excerpt_bytes + 1;
    char kept[k_kept];
    size_t n = 0, i = 0;
    while (i < body.size() && n < k_kept) {
#if defined(__SSE2__)
        if (i + 16 <= body.size() && n + 16 <= k_kept) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(body.data() + i));
            auto bits = [&x](char c) {
                return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(c))));
            };
            const unsigned spaces = bits(' ');
            const unsigned white = spaces | bits('\n') | bits('\t') | bits('\r');
            const unsigned after_space = n == 0 || kept[n - 1] == ' ';
            // The bytes that need a change: white space other than a space, and a space after a
            // space (the byte before it, or for the first the last kept). Those before the first
            // are kept as they are (on from there byte by byte: a line break or a double space no
            // longer sends each of the 16 bytes before it through here again).
            const unsigned change = (white & ~spaces) | (spaces & ((spaces << 1) | after_space));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(kept + n), x);
            const auto same = static_cast<unsigned>(std::countr_zero(change | 0x10000u));   // 16: none
            n += same;
            i += same;
            if (same == 16) continue;
        }
#endif
        const char c = body[i++];
        if (is_space(static_cast<unsigned char>(c))) {
            if (n > 0 && kept[n - 1] != ' ') kept[n++] = ' ';
        } else {
            kept[n++] = c;
        }
    }
    // The body ran out before the excerpt was full: the rest comes from what follows it (rare:
    // most bodies are longer than an excerpt; joined only then).
    if (n < k_kept && !more.empty()) {
        std::string all;
        all.reserve(body.size() + more.size());
        all.append(body).append(more);
        return make_excerpt(all);
    }
    // A last space is kept only before a word.
    auto white = [](char c) { return is_space(static_cast<unsigned char>(c)); };
    if (n > 0 && kept[n - 1] == ' ' && std::all_of(body.begin() + static_cast<std::ptrdiff_t>(i), body.end(), white) &&
        std::all_of(more.begin(), more.end(), white))
        --n;
    const std::string_view text(kept, n);
    if (n <= k_excerpt_bytes) return std::string(text);
    // Room for the ellipsis at once: appending it to a string made to measure would double its
    // capacity, and every page's excerpt is kept until the index is written.
    const std::string_view cut = util::cut_at_word(text, k_excerpt_bytes);
    std::string out;
    out.reserve(cut.size() + 3);
    out.append(cut);
    out += "\xE2\x80\xA6";  // …
    return out;
}

// A token the thread has not met yet: stemmed, interned and added to m_tokens.
TokenTable<PageAnalyzer::TokenInfo>::Entry& PageAnalyzer::add_token_info(std::string_view text) {
    Token token{text};
    set_token_key(token);
    TokenInfo info;
    std::string term = m_analyzer.term(token.text);
    if (!term.empty()) {
        auto t = m_vocab.terms.intern(term);
        auto s = m_vocab.suffixes.intern(surface_suffix(token.text, term));
        info = TokenInfo{t.id, s.id, s.text};
        if (t.id >= m_slot_of.size()) m_slot_of.resize(std::max<size_t>(t.id + 1, m_slot_of.size() * 2), -1);
    }
    return m_tokens.insert(token, info);
}

// Counts the body's tokens (per token: the terms are merged once per page, merge_tokens()). A
// token is listed once per page, when it is first met. (Its own function: the loop has the
// registers to itself.)
template <Tokenizer::Windows windows>
[[gnu::always_inline]] inline void PageAnalyzer::count_body(std::string_view text) {
    uint32_t* const list = page_room(text.size());
    size_t listed = m_page_count;
    auto count = [list, &listed](TokenTable<TokenInfo>::Entry& entry) {
        const uint32_t count = entry.count;
        entry.count = count + (1u << k_flag_bits);
        note_token(list, listed, entry, count);
    };
    Tokenizer(text).for_each<windows>([&](uint64_t head0, uint64_t head1) { count(head_entry(head0, head1)); },
                                      [&](const Token& token) { count(token_entry(token)); });
    m_page_count = listed;
}

// Where the CPU has AVX2, the loop is compiled for it too (with BMI1 and BMI2: a token's bit
// indexes, its head word and its slot take fewer instructions) and calls the AVX2 window scan.
void PageAnalyzer::add_body(std::string_view text) {
#if defined(STILAS_AVX2_WINDOWS)
    if (fold_detail::g_avx2_windows) return add_body_avx2(text);
#endif
    count_body<Tokenizer::Windows::chosen>(text);
}

#if defined(STILAS_AVX2_WINDOWS)
void PageAnalyzer::add_body_avx2(std::string_view text) { count_body<Tokenizer::Windows::avx2>(text); }
#endif

// The tokens of a text other than the body (`flag`) are flagged, and those of their terms
// counted in the page's length.
void PageAnalyzer::add_text(std::string_view text, uint32_t flag) {
    uint32_t* const list = page_room(text.size());
    size_t listed = m_page_count;
    auto mark = [this, flag, list, &listed](TokenTable<TokenInfo>::Entry& entry) {
        const uint32_t count = entry.count;
        entry.count = count | flag;
        note_token(list, listed, entry, count);
        if (m_tokens[entry.index].term != UINT32_MAX) ++m_length;
    };
    Tokenizer(text).for_each([&](uint64_t head0, uint64_t head1) { mark(head_entry(head0, head1)); },
                             [&](const Token& token) { mark(token_entry(token)); });
    m_page_count = listed;
}

// The page's tokens → its terms (stop words out), in the order the terms were first met, each
// named by its token with the smallest surface ending (the first met of equal ones). The token
// table, the slots and the length are read through locals: GCC reads a vector's fields again
// after every store through a pointer, and kept the length in memory.
void PageAnalyzer::merge_tokens() {
    uint32_t length = m_length;
    // m_slot_of covers every term of m_tokens (add_token_info).
    int32_t* const slot_of = m_slot_of.data();
    const TokenTable<TokenInfo>::Cursor tokens = m_tokens.cursor();
    // Room for a slot per token (at most one term each), cut to those made at the end.
    const size_t first = m_slots.size();
    m_slots.resize(first + m_page_count);
    Slot* const slots = m_slots.data();
    uint32_t used = static_cast<uint32_t>(first);
    for (const uint32_t index : std::span(m_page_tokens.data(), m_page_count)) {
        const uint32_t count_flags = std::exchange(tokens.entry(index).count, 0u);
        const TokenInfo& info = tokens[index];
        if (info.term == UINT32_MAX) continue;
        const uint32_t body = count_flags >> k_flag_bits, flags = count_flags & ((1u << k_flag_bits) - 1);
        length += body;
        int32_t& slot = slot_of[info.term];
        if (slot < 0) {   // the term's first token on the page (most tokens)
            slot = static_cast<int32_t>(used);
            slots[used++] = Slot{info.term, index, body, flags};
            continue;
        }
        Slot& s = slots[static_cast<size_t>(slot)];
        s.count += body;
        s.flags |= flags;
        const TokenInfo& best = tokens[s.token];
        if (info.suffix != best.suffix && suffix_less(info.suffix_text, best.suffix_text)) s.token = index;
    }
    m_slots.resize(used);
    m_length = length;
    m_page_count = 0;
}

void PageAnalyzer::clear_page() {
    for (const Slot& s : m_slots) m_slot_of[s.term] = -1;
    m_slots.clear();
    m_length = 0;
    if (m_tokens.size() > k_max_cached_tokens) {
        m_tokens.clear();
    }
}

// The page's terms as a record.
// `write(p)` writes the `count` entries from p and returns their end, or nullptr when it
// cannot; the bytes go through the analyzer's buffer, so the record is one exact allocation.
template <typename WriteEntries>
std::optional<std::string> PageAnalyzer::entries_bytes(uint64_t length, uint64_t count, WriteEntries&& write) {
    if (length > UINT32_MAX || count > UINT32_MAX) return std::nullopt;
    const size_t most = RecordHeader::k_bytes + 4 * EntryWord::k_most_words * count;
    if (m_entry_buffer.size() < most) m_entry_buffer.resize(most);
    char* const start = m_entry_buffer.data();
    char* const end = write(EntryWord::put(EntryWord::put(start, static_cast<uint32_t>(length)), static_cast<uint32_t>(count)));
    if (!end) return std::nullopt;
    return std::string(start, end);
}

PageRecord PageAnalyzer::take_record() {
    PageRecord record;
    record.entries = *entries_bytes(m_length, m_slots.size(), [&](char* p) {
        for (const Slot& s : m_slots)
            p = EntryWord::write(p, TermEntry{s.term, (s.count << k_flag_bits) | s.flags, m_tokens[s.token].suffix});
        return p;
    });
    return record;
}

PageRecord PageAnalyzer::analyze(const PageText& text) {
    clear_page();
    add_text(text.title, k_in_title);
    add_text(text.summary, k_in_summary);
    add_body(text.body);
    add_body(text.fields);
    merge_tokens();
    PageRecord record = take_record();
    record.excerpt = make_excerpt(text.body, text.fields);
    clear_page();
    return record;
}

std::string names_bytes(const std::vector<std::string_view>& names) {
    std::string out;
    put_varint(out, names.size());
    for (std::string_view name : names) put_bytes(out, name);
    return out;
}

std::optional<std::vector<std::string_view>> read_names(std::string_view bytes) {
    size_t pos = 0;
    const uint64_t count = get_varint(bytes, pos);
    if (count > bytes.size()) return std::nullopt;
    std::vector<std::string_view> names(count);
    for (std::string_view& name : names) {
        if (pos >= bytes.size()) return std::nullopt;
        const size_t size = get_varint(bytes, pos);
        if (size > bytes.size() - pos) return std::nullopt;
        name = bytes.substr(pos, size);
        pos += size;
    }
    if (pos != bytes.size()) return std::nullopt;
    return names;
}

std::string cache_form(const PageRecord& record) {
    std::string out;
    if (!record.entries.empty()) {
        const RecordHeader header = record_header(record.entries);
        out.reserve(2 * k_max_varint_bytes + 3 * header.count + record.excerpt.size() + k_max_varint_bytes);
        put_varint(out, header.length);
        put_varint(out, header.count);
        for_each_entry(record.entries, [&](const TermEntry& e) {
            put_varint(out, e.term);
            put_varint(out, e.count_flags);
            put_varint(out, e.suffix);
        });
    }
    put_bytes(out, record.excerpt);
    return out;
}

uint32_t PageAnalyzer::restored_id(std::vector<uint32_t>& ids, const std::vector<std::string_view>& names,
                                   StringTable& strings, uint64_t id) {
    if (id >= names.size()) return UINT32_MAX;
    uint32_t& known = ids[id];
    if (known == UINT32_MAX) known = strings.intern(names[id]).id;
    return known;
}

std::optional<PageRecord> PageAnalyzer::restore(std::string_view cached, const CachedNames& names) {
    if (m_names != &names) {
        m_names = &names;
        m_term_ids.assign(names.terms.size(), UINT32_MAX);
        m_suffix_ids.assign(names.suffixes.size(), UINT32_MAX);
    }
    size_t pos = 0;
    const uint64_t length = get_varint(cached, pos);
    const uint64_t count = get_varint(cached, pos);
    if (count > cached.size()) return std::nullopt;   // (a length over 32 bits: entries_bytes())
    std::optional<std::string> entries = entries_bytes(length, count, [&](char* p) -> char* {
        for (uint64_t i = 0; i < count; ++i) {
            const uint32_t term = restored_id(m_term_ids, names.terms, m_vocab.terms, get_varint(cached, pos));
            const uint64_t count_flags = get_varint(cached, pos);
            const uint32_t suffix = restored_id(m_suffix_ids, names.suffixes, m_vocab.suffixes, get_varint(cached, pos));
            if (term == UINT32_MAX || suffix == UINT32_MAX || count_flags > UINT32_MAX) return nullptr;
            p = EntryWord::write(p, TermEntry{term, static_cast<uint32_t>(count_flags), suffix});
        }
        return p;
    });
    if (!entries) return std::nullopt;
    PageRecord record;
    record.entries = std::move(*entries);
    if (pos >= cached.size()) return std::nullopt;   // no excerpt length (also: a cut record)
    const uint64_t excerpt_size = get_varint(cached, pos);
    if (excerpt_size != cached.size() - pos) return std::nullopt;
    record.excerpt = std::string(cached.substr(pos));
    return record;
}

std::vector<TermEntry> PageAnalyzer::label_terms(std::string_view text) {
    clear_page();
    add_text(text, k_in_tags);
    merge_tokens();
    std::vector<TermEntry> out;
    for (const Slot& s : m_slots) out.push_back(TermEntry{s.term, k_in_tags, m_tokens[s.token].suffix});
    clear_page();
    return out;
}

}  // namespace stilas::search
