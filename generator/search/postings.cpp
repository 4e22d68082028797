// Posting lists: a survey of the vocabulary in use, compound parts over it, then every
// (term, document) scored into the term's list of its range of documents. Both passes run over
// ranges of documents on several threads; each term's lists are then encoded in document order
// (terms on several threads), so the bytes are the same whatever the number of threads.
#include "search/postings.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <numeric>
#include <span>
#include <stdexcept>
#include <unordered_map>

#include "search/compounds.hpp"
#include "search/varint.hpp"
#include "util/parallel.hpp"

namespace stilas::search {

uint8_t quantize_score(double score) {
    const auto q = static_cast<int>(score * (255.0 / k_max_score) + 0.5);
    return static_cast<uint8_t>(std::clamp(q, 1, 255));
}

namespace {
constexpr uint32_t k_none = UINT32_MAX;
// At least this many documents per range (smaller sites are one range).
constexpr size_t k_min_docs_per_range = 256;
// A label's work in a document, in a record's bytes (an entry takes about three): set so that the
// two ranges of 10,000 generated pages took about the same time to score (6 left the second
// range 30 % slower).
constexpr uint64_t k_label_work = 12;

// Calls `f(entry)` for a document's entries: its page's terms, then its labels' terms (as they
// are read: nothing is kept); returns the page's length.
template <typename F>
uint32_t for_each_doc_entry(const DocTerms& doc, F&& f) {
    const uint32_t length = for_each_entry(doc.record->entries, f);
    for (const auto* tags : doc.tags) std::for_each(tags->begin(), tags->end(), f);
    return length;
}

// Documents' records are scattered over the heap (made page by page, beside each page's model),
// so the survey and the scoring, which read them in document order, would wait on two cache
// misses a document (its record, then the record's bytes). Each asks for them ahead: the record
// k_prefetch_ahead documents ahead, its bytes half as far (the record is in cache by then).
constexpr size_t k_prefetch_ahead = 8;

void prefetch_records(const std::vector<DocTerms>& docs, size_t doc, size_t end) {
    if (doc + k_prefetch_ahead < end) __builtin_prefetch(docs[doc + k_prefetch_ahead].record);
    if (doc + k_prefetch_ahead / 2 < end) __builtin_prefetch(docs[doc + k_prefetch_ahead / 2].record->entries.data());
}

// The postings of one range of documents, before they are joined: per term position, a slice
// of one array, its documents in order, each packed as (doc << 8 | impact byte), so up to 2^24
// documents. The slices are laid out from a bound on each term's postings counted in the survey
// (one array instead of a vector per term and range grown by push_back: at 10,000 pages scoring
// took 100.4 M instructions with the vectors, 94.3 M with the array, and joining 31 → 19 M).
struct RangeLists {
    std::unique_ptr<uint32_t[]> postings;
    std::vector<size_t> begin, end;   ///< by term position: its slice

    std::span<const uint32_t> of(uint32_t position) const {
        return {postings.get() + begin[position], postings.get() + end[position]};
    }
};

constexpr size_t k_max_docs = size_t{1} << 24;   // document ids fit in 24 bits

uint32_t doc_of(uint32_t posting) { return posting >> 8; }
uint8_t impact_of(uint32_t posting) { return static_cast<uint8_t>(posting & 0xFF); }

// Calls `f(posting)` for a term's postings from every range, in document order.
template <typename F>
void for_each_posting(const std::vector<RangeLists>& ranges, uint32_t position, F&& f) {
    for (const RangeLists& r : ranges)
        for (const uint32_t posting : r.of(position)) f(posting);
}

// The list form: 0, then per document a varint doc delta (the first absolute) and its impact byte.
std::string encode_as_list(const std::vector<RangeLists>& ranges, uint32_t position, size_t list_size) {
    std::string out(1 + list_size, '\0');
    char* p = out.data() + 1;
    uint32_t last = 0;
    for_each_posting(ranges, position, [&](uint32_t posting) {
        p = write_varint(p, doc_of(posting) - last);
        *p++ = static_cast<char>(impact_of(posting));
        last = doc_of(posting);
    });
    return out;
}

// The 4-bit impact of an impact byte in the bitmap form: 0..255 → 1..15.
constexpr std::array<uint8_t, 256> k_nibble = [] {
    std::array<uint8_t, 256> n{};
    for (int b = 0; b < 256; ++b) n[b] = static_cast<uint8_t>(std::max(1, (b + 8) / 17));
    return n;
}();

// The bitmap form: 1, a bitmap of the documents, then a 4-bit impact per document (low nibble first).
std::string encode_as_bitmap(const std::vector<RangeLists>& ranges, uint32_t position, size_t bitmap_bytes,
                             size_t bitmap_size) {
    std::string out(1 + bitmap_size, '\0');
    out[0] = '\1';
    auto* bits = reinterpret_cast<uint8_t*>(out.data() + 1);
    uint8_t* nibbles = bits + bitmap_bytes;   // the next byte of nibbles, zero until written
    bool high = false;                        // its low nibble is written
    for_each_posting(ranges, position, [&](uint32_t posting) {
        const uint32_t doc = doc_of(posting);
        bits[doc / 8] = static_cast<uint8_t>(bits[doc / 8] | (1u << (doc % 8)));
        const uint8_t nibble = k_nibble[impact_of(posting)];
        if (high) *nibbles++ |= static_cast<uint8_t>(nibble << 4);
        else *nibbles = nibble;
        high = !high;
    });
    return out;
}

// A term's postings from every range (in document order) in their stored form: the list form,
// or for terms on many documents the bitmap form, whichever is smaller (the list when both are
// the same size). A list takes at least 2 bytes a document, so it is measured only when the
// bitmap is not smaller than that (most terms in the bitmap form are on most documents).
std::string encode_list(const std::vector<RangeLists>& ranges, uint32_t position, uint32_t df, size_t doc_count) {
    const size_t bitmap_bytes = (doc_count + 7) / 8;
    const size_t bitmap_size = bitmap_bytes + (df + 1) / 2;
    if (bitmap_size >= 2 * size_t{df}) {
        size_t list_size = df;
        uint32_t last = 0;
        for_each_posting(ranges, position, [&](uint32_t posting) {
            list_size += varint_size(doc_of(posting) - last);
            last = doc_of(posting);
        });
        if (bitmap_size >= list_size) return encode_as_list(ranges, position, list_size);
    }
    return encode_as_bitmap(ranges, position, bitmap_bytes, bitmap_size);
}

class Builder {
public:
    Builder(const std::vector<DocTerms>& docs, const Vocabulary& vocabulary, unsigned threads)
        : m_docs(docs), m_terms(vocabulary.terms.by_id()), m_suffixes(vocabulary.suffixes.by_id()),
          m_threads(threads) {}

    PostingsResult run() {
        if (m_docs.size() > k_max_docs) throw std::length_error("search index: more than 16,777,216 documents");
        split_ranges();
        rank_suffixes();
        survey();
        order_terms();
        find_compounds();
        std::vector<RangeLists> ranges(range_count());
        util::parallel_for(ranges.size(), m_threads, [&](size_t r) { ranges[r] = score_range(r); });
        join(ranges);
        return std::move(m_out);
    }

private:
    struct Slot {
        uint32_t position;
        uint32_t count = 0, flags = 0;
        double score = 0;
    };
    struct Survey {
        std::vector<uint32_t> best_rank;     ///< by term id: the rank of its smallest ending (k_none: unused)
        std::vector<uint32_t> entries;       ///< by term id: its entries, a bound on its postings
        uint32_t most_entries = 0;           ///< the most entries of a document
        double total_length = 0;
    };

    // One range per thread: every range holds arrays over the whole vocabulary.
    size_t range_count() const {
        return std::clamp<size_t>(m_docs.size() / k_min_docs_per_range, 1, util::thread_count(m_threads));
    }
    size_t range_begin(size_t r) const { return m_range_begin[r]; }
    size_t range_end(size_t r) const { return m_range_begin[r + 1]; }

    // Ranges of about the same work, not the same number of documents: a document's work in the
    // survey and the scoring goes with its entries (its record's bytes, and its labels), and
    // pages differ in length by type (in document order, 10,000 generated pages' second half
    // took twice the first's time to score, and one thread waited for the other). The ranges
    // only share out the work: the lists are joined in document order, the same bytes.
    void split_ranges() {
        const size_t n = m_docs.size(), count = range_count();
        std::vector<uint64_t> work(n);
        util::parallel_for(n, m_threads, [&](size_t d) {
            work[d] = m_docs[d].record->entries.size() + k_label_work * m_docs[d].tags.size();
        });
        uint64_t total = 0;
        for (const uint64_t w : work) total += w;
        m_range_begin.assign(1, 0);
        uint64_t done = 0;
        for (size_t d = 0; d < n && m_range_begin.size() < count; ++d) {
            done += work[d];
            // Range r ends once it holds r + 1 shares of the work (and has a document).
            if (done * count >= total * m_range_begin.size() && d + 1 > m_range_begin.back()) m_range_begin.push_back(d + 1);
        }
        while (m_range_begin.size() < count) m_range_begin.push_back(n);
        m_range_begin.push_back(n);
    }

    // Surface endings in suffix_less order, so that the smallest of a term's endings is the
    // smallest rank (one compare of numbers per entry in the survey).
    void rank_suffixes() {
        m_suffix_by_rank.resize(m_suffixes.size());
        std::iota(m_suffix_by_rank.begin(), m_suffix_by_rank.end(), 0);
        std::sort(m_suffix_by_rank.begin(), m_suffix_by_rank.end(),
                  [&](uint32_t a, uint32_t b) { return suffix_less(m_suffixes[a], m_suffixes[b]); });
        m_suffix_rank.resize(m_suffix_by_rank.size());
        for (uint32_t r = 0; r < m_suffix_by_rank.size(); ++r) m_suffix_rank[m_suffix_by_rank[r]] = r;
    }

    Survey survey_range(size_t r) {
        Survey s;
        s.best_rank.assign(m_terms.size(), k_none);
        s.entries.assign(m_terms.size(), 0);
        for (size_t doc = range_begin(r), end = range_end(r); doc < end; ++doc) {
            prefetch_records(m_docs, doc, end);
            uint32_t doc_entries = 0;
            m_lengths[doc] = for_each_doc_entry(m_docs[doc], [&](const TermEntry& e) {
                s.best_rank[e.term] = std::min(s.best_rank[e.term], m_suffix_rank[e.suffix]);
                ++s.entries[e.term];
                ++doc_entries;
            });
            s.most_entries = std::max(s.most_entries, doc_entries);
            s.total_length += m_lengths[doc];
        }
        return s;
    }

    // Page lengths, the terms in use and the smallest surface ending of each; each range's
    // entries per term are kept for its layout (range_lists()).
    void survey() {
        m_lengths.resize(m_docs.size());
        std::vector<Survey> parts(range_count());
        util::parallel_for(parts.size(), m_threads, [&](size_t r) { parts[r] = survey_range(r); });
        m_best_rank.assign(m_terms.size(), k_none);
        double total = 0;
        for (Survey& part : parts) {
            total += part.total_length;
            for (uint32_t t = 0; t < m_terms.size(); ++t) m_best_rank[t] = std::min(m_best_rank[t], part.best_rank[t]);
            m_entries.push_back(std::move(part.entries));
            m_most_entries.push_back(part.most_entries);
        }
        m_out.average_length = m_docs.empty() ? 1 : std::max(1.0, total / static_cast<double>(m_docs.size()));
    }

    void order_terms() {
        std::vector<uint32_t> used;
        for (uint32_t id = 0; id < m_terms.size(); ++id)
            if (m_best_rank[id] != k_none) used.push_back(id);
        std::sort(used.begin(), used.end(), [&](uint32_t a, uint32_t b) { return m_terms[a] < m_terms[b]; });
        m_position.assign(m_terms.size(), k_none);
        m_out.terms.resize(used.size());
        for (uint32_t p = 0; p < used.size(); ++p) {
            m_position[used[p]] = p;
            m_out.terms[p].text = m_terms[used[p]];
            m_out.terms[p].suffix = m_suffixes[m_suffix_by_rank[m_best_rank[used[p]]]];
        }
        m_term_at = std::move(used);
    }

    // Parts of every compound term, as positions, in one flat array.
    void find_compounds() {
        std::unordered_map<std::string_view, uint32_t> position_of;
        for (uint32_t p = 0; p < m_out.terms.size(); ++p) position_of.emplace(m_out.terms[p].text, p);
        CompoundSplitter splitter([&](std::string_view s) { return position_of.count(s) > 0; });
        m_part_begin.assign(1, 0);
        for (const IndexTerm& term : m_out.terms) {
            for (const std::string& part : splitter.all_parts(term.text)) m_parts.push_back(position_of.at(part));
            m_most_parts = std::max<size_t>(m_most_parts, m_parts.size() - m_part_begin.back());
            m_part_begin.push_back(static_cast<uint32_t>(m_parts.size()));
        }
    }

    // BM25's length norm of a document.
    double length_norm(uint32_t length) const {
        return k_bm25_k1 * (1 - k_bm25_b + k_bm25_b * length / m_out.average_length);
    }

    static double direct_score(const Slot& s, double norm) {
        static constexpr auto bonus = [] {
            std::array<double, 8> b{};
            for (uint32_t f = 0; f < 8; ++f)
                b[f] = ((f & k_in_title) ? k_title_bonus : 0) + ((f & k_in_summary) ? k_summary_bonus : 0) +
                       ((f & k_in_tags) ? k_tags_bonus : 0);
            return b;
        }();
        const double body = s.count == 0 ? 0 : s.count * (k_bm25_k1 + 1) / (s.count + norm);
        return body + bonus[s.flags & 7];
    }

    // The terms of the document being scored, merged (one slot per term). The slots have room
    // for the most a document of the range can have (from the survey), so none is added while
    // scoring (a push_back per (term, document): 18.7 M instructions of scoring at 2,000 pages,
    // 16.0 M without; a size check per new slot instead: 18.6 M).
    struct DocSlots {
        DocSlots(size_t terms, size_t room) : slot_of(terms, -1), slots(room) {}

        std::vector<int32_t> slot_of;   ///< by term position, -1 when not in the document
        std::vector<Slot> slots;        ///< the first `used` are the document's, in the order met
        uint32_t used = 0;

        /// The slot of `position`, made as `fresh` (and `made` set) when the document has none yet.
        [[gnu::always_inline]] Slot& slot_for(uint32_t position, const Slot& fresh, bool& made) {
            int32_t& slot = slot_of[position];
            made = slot < 0;
            if (made) {
                slot = static_cast<int32_t>(used++);
                slots[static_cast<size_t>(slot)] = fresh;
            }
            return slots[static_cast<size_t>(slot)];
        }
        Slot& slot_for(uint32_t position) {
            bool made;
            return slot_for(position, Slot{position}, made);
        }
        /// Adds an entry's count and flags to the slot of `position`, made with them when the
        /// document has none yet (most: a page has one entry per term).
        void add(uint32_t position, uint32_t count_flags) {
            const uint32_t count = count_flags >> k_flag_bits, flags = count_flags & ((1u << k_flag_bits) - 1);
            bool made;
            Slot& s = slot_for(position, Slot{position, count, flags}, made);
            if (made) [[likely]] return;
            s.count += count;
            s.flags |= flags;
        }
        std::span<Slot> doc() { return {slots.data(), used}; }
        /// Empties the slots for the next document.
        void clear() {
            for (const Slot& s : doc()) slot_of[s.position] = -1;
            used = 0;
        }
    };

    // Merges a document's entries per term, scores them, and gives compound parts their share.
    void score_doc(size_t doc, DocSlots& d) const {
        for_each_doc_entry(m_docs[doc], [&](const TermEntry& e) { d.add(m_position[e.term], e.count_flags); });
        const size_t direct = d.used;
        const double norm = length_norm(m_lengths[doc]);
        for (Slot& s : d.doc()) s.score = direct_score(s, norm);
        for (size_t i = 0; i < direct; ++i) {
            const uint32_t p = d.slots[i].position;
            const double share = k_compound_share * d.slots[i].score;
            for (uint32_t k = m_part_begin[p]; k < m_part_begin[p + 1]; ++k) d.slot_for(m_parts[k]).score += share;
        }
    }

    // Range r's lists, empty, with room for each term's postings: a posting per entry of the
    // term, and one per entry of each compound it is a part of.
    RangeLists range_lists(size_t r) const {
        const size_t n = m_out.terms.size();
        const std::vector<uint32_t>& entries = m_entries[r];
        std::vector<size_t> room(n);
        for (uint32_t p = 0; p < n; ++p) {
            const uint32_t count = entries[m_term_at[p]];
            room[p] += count;
            for (uint32_t k = m_part_begin[p]; k < m_part_begin[p + 1]; ++k) room[m_parts[k]] += count;
        }
        RangeLists out;
        out.begin.resize(n);
        size_t total = 0;
        for (uint32_t p = 0; p < n; ++p) {
            out.begin[p] = total;
            total += room[p];
        }
        out.postings = std::make_unique_for_overwrite<uint32_t[]>(total);
        out.end = out.begin;
        return out;
    }

    // Scores one range's documents into its own lists.
    RangeLists score_range(size_t r) const {
        RangeLists out = range_lists(r);
        // A document's slots: its entries' terms and their compound parts.
        const size_t room = std::min(m_out.terms.size(), size_t{m_most_entries[r]} * (1 + m_most_parts));
        DocSlots d(m_out.terms.size(), room);
        for (size_t doc = range_begin(r), end = range_end(r); doc < end; ++doc) {
            prefetch_records(m_docs, doc, end);
            score_doc(doc, d);
            for (const Slot& s : d.doc())
                out.postings[out.end[s.position]++] = static_cast<uint32_t>(doc) << 8 | quantize_score(s.score);
            d.clear();
        }
        return out;
    }

    // Joins the ranges' lists per term into its stored form, terms on up to m_threads threads.
    void join(const std::vector<RangeLists>& ranges) {
        util::parallel_for(m_out.terms.size(), m_threads, [&](size_t p) {
            IndexTerm& term = m_out.terms[p];
            for (const RangeLists& r : ranges) term.df += static_cast<uint32_t>(r.of(static_cast<uint32_t>(p)).size());
            term.postings = encode_list(ranges, static_cast<uint32_t>(p), term.df, m_docs.size());
        });
    }

    const std::vector<DocTerms>& m_docs;
    std::vector<std::string_view> m_terms, m_suffixes;
    unsigned m_threads;
    std::vector<size_t> m_range_begin;   ///< by range: its first document; then the end (split_ranges())
    std::vector<uint32_t> m_suffix_by_rank, m_suffix_rank;   ///< rank → suffix id, and back
    std::vector<uint32_t> m_best_rank, m_lengths;
    std::vector<uint32_t> m_position, m_term_at;   ///< term id → position, and back
    std::vector<std::vector<uint32_t>> m_entries;  ///< by range: Survey::entries
    std::vector<uint32_t> m_most_entries;          ///< by range: Survey::most_entries
    size_t m_most_parts = 0;                       ///< the most parts of a compound
    std::vector<uint32_t> m_part_begin, m_parts;
    PostingsResult m_out;
};
}  // namespace

PostingsResult build_postings(const std::vector<DocTerms>& docs, const Vocabulary& vocabulary, unsigned threads) {
    return Builder(docs, vocabulary, threads).run();
}

}  // namespace stilas::search
