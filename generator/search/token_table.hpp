// A flat hash table from tokens to values, for one thread: the hot lookup of page analysis
// (every token of every page goes through it). One open-addressing table placed by the top bits
// of the token's hash, its 24-byte slots keyed by the token's first 16 bytes (its two head words,
// zero-padded): a token of up to 15 bytes is its head words, so its lookup is the same two
// compares whatever its length (no branch on it); tokens of 16 bytes or more also compare their
// hash and the bytes after the 16th, out of line. Each slot also keeps a counter for the caller
// (page analysis counts a page's tokens there: no second lookup by index per token).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "search/fold.hpp"

namespace stilas::search {

/// 64-bit hash of a byte string, eight bytes at a time (in-memory tables and the index's
/// version tag; changing it changes every manifest).
inline uint64_t token_hash(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull * (s.size() + 1);
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    if (i < s.size()) {
        uint64_t word = 0;
        std::memcpy(&word, s.data() + i, s.size() - i);
        h = (h ^ word) * 0x94D049BB133111EBull;
    }
    return h ^ (h >> 29);
}

template <typename Value>
class TokenTable {
public:
    static constexpr uint32_t k_none = UINT32_MAX;

    /// What a lookup finds: the token's index (its value's) and the counter kept with it (0 when
    /// the token is added; the caller's to change, and to set back to 0 when it wants).
    struct Entry {
        uint32_t index = k_none;
        uint32_t count = 0;
    };

    /// The entry of `token`, or nullptr when it is not in the table. Valid until the next insert.
    [[gnu::always_inline]] Entry* find(const Token& token) {
        if (token.text.size() <= k_head_token_bytes) return find_head(token.head[0], token.head[1]);
        return find_longer(token.text, token.head[0], token.head[1], token.hash);
    }

    /// The entry of the token of up to k_head_token_bytes whose head words are `head0` and
    /// `head1` (Token::head), or nullptr. Such a token is its head words (its last byte is before
    /// the 16th, which a longer token's is not): the slot whose head words are these is its.
    [[gnu::always_inline]] Entry* find_head(uint64_t head0, uint64_t head1) {
        const uint64_t head[2] = {head0, head1};
        // (The fields are read where used: copies in locals cost page analysis' loop registers.
        // The two compares as one test: one branch, taken when found, in the common case.)
        for (size_t i = fold_detail::head_hash(head) >> m_slots.shift;; i = (i + 1) & m_slots.mask) {
            Slot& s = m_slots.slots[i];
            if (((s.head[0] ^ head0) | (s.head[1] ^ head1)) == 0) [[likely]] return &s.entry;
            if (s.head[0] == 0) return nullptr;   // (a token's first byte is never zero)
        }
    }

    /// Stores `value` for `token` (not yet in the table); returns its entry (counter 0).
    Entry& insert(const Token& token, Value value) {
        const auto index = static_cast<uint32_t>(m_values.size());
        m_offsets.push_back(static_cast<uint32_t>(m_bytes.size()));
        m_hashes.push_back(token.hash);
        m_places.push_back(0);
        if (token.text.size() > 16) m_bytes.append(token.text.substr(16));
        m_values.push_back(std::move(value));
        return m_slots.insert(Slot{{token.head[0], token.head[1]}, {index, 0}}, *this);
    }

    const Value& operator[](uint32_t index) const { return m_values[index]; }

    /// The entry of the token with `index`.
    Entry& entry(uint32_t index) { return m_slots.slots[m_places[index]].entry; }

    size_t size() const { return m_values.size(); }

    void clear() {
        m_slots.clear();
        m_values.clear();
        m_offsets.clear();
        m_hashes.clear();
        m_places.clear();
        m_bytes.clear();
    }

private:
    /// memcmp() == 0 inline (a call costs more than the few bytes a token has after its 16th).
    static bool same_bytes(const char* a, const char* b, size_t n) {
        for (; n >= 8; n -= 8, a += 8, b += 8)
            if (fold_detail::load_word(a) != fold_detail::load_word(b)) return false;
        for (; n > 0; --n)
            if (*a++ != *b++) return false;
        return true;
    }
    struct Slot {
        uint64_t head[2] = {0, 0};   ///< the token's first 16 bytes, zero-padded (Token::head)
        Entry entry;
    };

public:
    /// entry() and operator[] for a loop over many tokens, with the vectors' data read once (a
    /// loop through the table reads them anew after each of its stores, which might change
    /// them for all GCC knows). Valid until the next insert.
    class Cursor {
    public:
        Entry& entry(uint32_t index) const { return m_slots[m_places[index]].entry; }
        const Value& operator[](uint32_t index) const { return m_values[index]; }

    private:
        friend class TokenTable;
        Cursor(Slot* slots, const uint32_t* places, const Value* values)
            : m_slots(slots), m_places(places), m_values(values) {}
        Slot* m_slots;
        const uint32_t* m_places;
        const Value* m_values;
    };
    Cursor cursor() { return Cursor(m_slots.slots.data(), m_places.data(), m_values.data()); }

private:
    /// The slots, placed by the top bits of the tokens' hashes, at most half full. (`shift` and
    /// `mask` are words, so that GCC knows the counters, uint32_t, are not them.)
    struct Slots {
        static constexpr size_t k_initial_slots = 1024;
        static constexpr size_t k_initial_shift = 64 - 10;

        Slots() { clear(); }

        std::vector<Slot> slots;
        size_t mask = k_initial_slots - 1;   ///< slots - 1
        size_t shift = k_initial_shift;      ///< 64 - log2(slots)

        void clear() {
            slots.assign(k_initial_slots, Slot{});
            mask = k_initial_slots - 1;
            shift = k_initial_shift;
        }
        /// Places `slot`, the table's newest value's (its count of values now includes it).
        Entry& insert(const Slot& slot, TokenTable& table) {
            if (table.m_values.size() * 2 > slots.size()) grow(table);
            return place(slot, table);
        }
        Entry& place(const Slot& slot, TokenTable& table) {
            size_t i = table.m_hashes[slot.entry.index] >> shift;
            while (slots[i].entry.index != k_none) i = (i + 1) & mask;
            slots[i] = slot;
            table.m_places[slot.entry.index] = static_cast<uint32_t>(i);
            return slots[i].entry;
        }
        void grow(TokenTable& table) {
            std::vector<Slot> old = std::move(slots);
            slots.assign(old.size() * 2, Slot{});
            mask = slots.size() - 1;
            --shift;
            for (const Slot& s : old)
                if (s.entry.index != k_none) place(s, table);
        }
    };

    /// The bytes after the 16th of the token with `index` (none for tokens of up to 16 bytes).
    std::string_view rest_bytes(uint32_t index) const {
        const size_t end = index + 1 < m_offsets.size() ? m_offsets[index + 1] : m_bytes.size();
        return std::string_view(m_bytes).substr(m_offsets[index], end - m_offsets[index]);
    }

    /// find() for tokens of 16 bytes or more: the same head words, hash and bytes after the 16th
    /// (a token of 16 bytes has no bytes after them, but the same head words as longer ones). Out
    /// of line (such tokens are few), so that the common lookups keep their registers (nothing of
    /// theirs is live across a call), and given the token's fields (a Token passed by reference
    /// would be kept in memory on every path).
    [[gnu::noinline]] Entry* find_longer(std::string_view text, uint64_t head0, uint64_t head1, uint64_t hash) {
        const size_t rest = text.size() - 16;
        for (size_t i = hash >> m_slots.shift;; i = (i + 1) & m_slots.mask) {
            Slot& s = m_slots.slots[i];
            if (s.head[0] == head0 && s.head[1] == head1) {
                const uint32_t index = s.entry.index;
                const std::string_view bytes = rest_bytes(index);
                if (m_hashes[index] == hash && bytes.size() == rest && same_bytes(bytes.data(), text.data() + 16, rest))
                    return &s.entry;
            } else if (s.head[0] == 0) {
                return nullptr;
            }
        }
    }

    Slots m_slots;
    std::vector<Value> m_values;
    std::vector<uint32_t> m_offsets;   ///< per value: where its bytes after the 16th are in m_bytes
    std::vector<uint64_t> m_hashes;    ///< per value: its token's hash (its high bits place the slot)
    std::vector<uint32_t> m_places;    ///< per value: its slot
    std::string m_bytes;
};

}  // namespace stilas::search
