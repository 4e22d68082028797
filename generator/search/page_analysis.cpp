// Page analysis: tokens → terms with counts, the compact record and its cached form.
#include "search/page_analysis.hpp"

#include <algorithm>

#include "search/fold.hpp"
#include "search/varint.hpp"

namespace stilas::search {

namespace {
// A thread forgets the tokens it has met beyond this many (bounds memory on huge sites).
constexpr size_t k_max_cached_tokens = 200000;

bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Back from `end` to the start of a UTF-8 sequence.
size_t char_start(std::string_view s, size_t end) {
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return end;
}
}  // namespace

uint32_t read_entries(std::string_view entries, std::vector<TermEntry>& out) {
    size_t pos = 0;
    auto length = static_cast<uint32_t>(get_varint(entries, pos));
    size_t count = get_varint(entries, pos);
    out.resize(count);
    for (TermEntry& e : out) {
        e.term = static_cast<uint32_t>(get_varint(entries, pos));
        e.count_flags = static_cast<uint32_t>(get_varint(entries, pos));
        e.suffix = static_cast<uint32_t>(get_varint(entries, pos));
    }
    return length;
}

std::string make_excerpt(std::string_view body) {
    std::string out;
    bool space = false;
    for (char c : body) {
        if (is_space(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
        if (out.size() > k_excerpt_bytes + 8) break;
    }
    if (out.size() <= k_excerpt_bytes) return out;
    size_t cut = out.rfind(' ', k_excerpt_bytes);
    if (cut == std::string::npos || cut < k_excerpt_bytes / 2) cut = char_start(out, k_excerpt_bytes);
    out.resize(cut);
    return out + "\xE2\x80\xA6";  // …
}

const PageAnalyzer::TokenInfo& PageAnalyzer::lookup(std::string_view token) {
    const uint64_t hash = token_hash(token);
    if (const TokenInfo* known = m_tokens.find(token, hash)) return *known;
    TokenInfo info;
    std::string term = m_analyzer.term(token);
    if (!term.empty()) {
        auto t = m_vocab.terms.intern(term);
        auto s = m_vocab.suffixes.intern(surface_suffix(token, term));
        info = TokenInfo{t.id, s.id, t.text, s.text};
    }
    return m_tokens.insert(token, hash, info);
}

void PageAnalyzer::add_token(const TokenInfo& info, uint32_t flag) {
    if (info.term >= m_slot_of.size()) m_slot_of.resize(std::max<size_t>(info.term + 1, m_slot_of.size() * 2), -1);
    int32_t& slot = m_slot_of[info.term];
    if (slot < 0) {
        slot = static_cast<int32_t>(m_slots.size());
        m_slots.push_back(Slot{info, 0, 0});
    }
    Slot& s = m_slots[static_cast<size_t>(slot)];
    if (flag == 0) ++s.count;
    s.flags |= flag;
    if (info.suffix != s.info.suffix && suffix_less(info.suffix_text, s.info.suffix_text)) s.info = info;
}

void PageAnalyzer::add_text(std::string_view text, uint32_t flag) {
    Tokenizer tokens(text);
    std::string_view token;
    while (tokens.next(token)) {
        const TokenInfo& info = lookup(token);
        if (info.term == UINT32_MAX) continue;
        ++m_length;
        add_token(info, flag);
    }
}

void PageAnalyzer::clear_page() {
    for (const Slot& s : m_slots) m_slot_of[s.info.term] = -1;
    m_slots.clear();
    m_length = 0;
    if (m_tokens.size() > k_max_cached_tokens) m_tokens.clear();
}

// The page's terms as a record, and (when asked) as a cache record sorted by term text.
PageRecord PageAnalyzer::take_record(std::string* cache_record) {
    PageRecord record;
    put_varint(record.entries, m_length);
    put_varint(record.entries, m_slots.size());
    for (const Slot& s : m_slots) {
        put_varint(record.entries, s.info.term);
        put_varint(record.entries, (s.count << k_flag_bits) | s.flags);
        put_varint(record.entries, s.info.suffix);
    }
    if (cache_record) {
        std::sort(m_slots.begin(), m_slots.end(),
                  [](const Slot& a, const Slot& b) { return a.info.term_text < b.info.term_text; });
        put_varint(*cache_record, m_length);
        put_varint(*cache_record, m_slots.size());
        std::string_view previous;
        for (const Slot& s : m_slots) {
            size_t shared = 0;
            while (shared < previous.size() && shared < s.info.term_text.size() &&
                   previous[shared] == s.info.term_text[shared])
                ++shared;
            put_varint(*cache_record, shared);
            put_bytes(*cache_record, s.info.term_text.substr(shared));
            put_varint(*cache_record, (s.count << k_flag_bits) | s.flags);
            put_bytes(*cache_record, s.info.suffix_text);
            previous = s.info.term_text;
        }
    }
    return record;
}

PageRecord PageAnalyzer::analyze(const PageText& text, std::string* cache_record) {
    clear_page();
    add_text(text.title, k_in_title);
    add_text(text.summary, k_in_summary);
    add_text(text.body, 0);
    PageRecord record = take_record(cache_record);
    record.excerpt = make_excerpt(text.body);
    if (cache_record) put_bytes(*cache_record, record.excerpt);
    clear_page();
    return record;
}

std::optional<PageRecord> PageAnalyzer::restore(std::string_view cached) {
    size_t pos = 0;
    const uint64_t length = get_varint(cached, pos);
    const uint64_t count = get_varint(cached, pos);
    if (count > cached.size()) return std::nullopt;
    PageRecord record;
    put_varint(record.entries, length);
    put_varint(record.entries, count);
    std::string term;
    for (uint64_t i = 0; i < count; ++i) {
        size_t shared = get_varint(cached, pos);
        if (shared > term.size()) return std::nullopt;
        term.resize(shared);
        term += get_bytes(cached, pos);
        uint64_t count_flags = get_varint(cached, pos);
        std::string_view suffix = get_bytes(cached, pos);
        if (pos > cached.size() || term.empty()) return std::nullopt;
        put_varint(record.entries, m_vocab.terms.intern(term).id);
        put_varint(record.entries, count_flags);
        put_varint(record.entries, m_vocab.suffixes.intern(suffix).id);
    }
    record.excerpt = std::string(get_bytes(cached, pos));
    if (pos != cached.size()) return std::nullopt;
    return record;
}

std::vector<TermEntry> PageAnalyzer::label_terms(std::string_view text) {
    clear_page();
    add_text(text, k_in_tags);
    std::vector<TermEntry> out;
    for (const Slot& s : m_slots) out.push_back(TermEntry{s.info.term, k_in_tags, s.info.suffix});
    clear_page();
    return out;
}

}  // namespace stilas::search
