// A flat hash table from tokens to values, for one thread: the hot lookup of page analysis
// (every token of every page goes through it). Two open-addressing tables placed by the top bits
// of the token's hash: tokens of up to 8 bytes (most words) in 16-byte slots keyed by their one
// head word (a lookup is one compare), longer ones in 32-byte slots holding their first 16 bytes
// (two compares; tokens of 16 bytes or more also compare their length and the bytes after the
// 16th, out of line). Values have one index space over both. Each slot also keeps a counter for the caller (page analysis counts a page's tokens
// there: no second lookup by index per token).
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
    /// `head1` (Token::head), or nullptr. Such a token is its head words: one compare in the
    /// short table (head1 is 0), two in the long one.
    [[gnu::always_inline]] Entry* find_head(uint64_t head0, uint64_t head1) {
        if (head1 == 0) {
            for (size_t i = fold_detail::word_hash(head0) >> m_short.shift;; i = (i + 1) & m_short.mask) {
                ShortSlot& s = m_short.slots[i];
                if (s.key == head0) return &s.entry;
                if (s.key == 0) return nullptr;   // (a token's first byte is never zero)
            }
        }
        const uint64_t head[2] = {head0, head1};
        // (The fields are read where used: copies in locals cost page analysis' loop registers.)
        for (size_t i = fold_detail::head_hash(head) >> m_long.shift;; i = (i + 1) & m_long.mask) {
            LongSlot& s = m_long.slots[i];
            if (s.head[0] == head0 && s.head[1] == head1) return &s.entry;
            if (s.head[0] == 0) return nullptr;
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
        if (token.text.size() <= k_short_token_bytes) return m_short.insert(ShortSlot{token.head[0], {index, 0}}, *this);
        return m_long.insert(LongSlot{{token.head[0], token.head[1]}, static_cast<uint32_t>(token.text.size()), {index, 0}},
                             *this);
    }

    const Value& operator[](uint32_t index) const { return m_values[index]; }

    /// The entry of the token with `index`.
    Entry& entry(uint32_t index) {
        const uint32_t place = m_places[index];
        if (place & k_long_place) return m_long.slots[place & ~k_long_place].entry;
        return m_short.slots[place].entry;
    }

    size_t size() const { return m_values.size(); }

    void clear() {
        m_short.clear();
        m_long.clear();
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
    struct ShortSlot {
        uint64_t key = 0;   ///< the token's bytes, zero-padded (its head[0])
        Entry entry;
        static constexpr uint32_t k_place_flag = 0;
    };
    struct LongSlot {
        uint64_t head[2] = {0, 0};
        uint32_t length = 0;
        Entry entry;
        static constexpr uint32_t k_place_flag = 1u << 31;
    };
    /// m_places' flag for a slot of the long table.
    static constexpr uint32_t k_long_place = LongSlot::k_place_flag;

    /// One of the two tables: its slots, placed by the top bits of the tokens' hashes, at most
    /// half full. (`shift` and `mask` are words, so that GCC knows the counters, uint32_t, are
    /// not them.)
    template <typename Slot>
    struct Slots {
        static constexpr size_t k_initial_slots = 1024;
        static constexpr size_t k_initial_shift = 64 - 10;

        Slots() { clear(); }

        std::vector<Slot> slots;
        size_t mask = k_initial_slots - 1;   ///< slots - 1
        size_t shift = k_initial_shift;      ///< 64 - log2(slots)
        size_t used = 0;

        void clear() {
            slots.assign(k_initial_slots, Slot{});
            mask = k_initial_slots - 1;
            shift = k_initial_shift;
            used = 0;
        }
        Entry& insert(const Slot& slot, TokenTable& table) {
            if ((used + 1) * 2 > slots.size()) grow(table);
            ++used;
            return place(slot, table);
        }
        Entry& place(const Slot& slot, TokenTable& table) {
            size_t i = table.m_hashes[slot.entry.index] >> shift;
            while (slots[i].entry.index != k_none) i = (i + 1) & mask;
            slots[i] = slot;
            table.m_places[slot.entry.index] = static_cast<uint32_t>(i) | Slot::k_place_flag;
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

    /// find() for tokens of 16 bytes or more: the same head words, length and bytes after the
    /// 16th (a token of 16 bytes has no bytes after them, but the same head words as longer ones). Out of line (such tokens are few), so that the common lookups keep their registers
    /// (nothing of theirs is live across a call), and given the token's fields (a Token passed by
    /// reference would be kept in memory on every path).
    [[gnu::noinline]] Entry* find_longer(std::string_view text, uint64_t head0, uint64_t head1, uint64_t hash) {
        const size_t length = text.size();
        for (size_t i = hash >> m_long.shift;; i = (i + 1) & m_long.mask) {
            LongSlot& s = m_long.slots[i];
            if (s.head[0] == head0 && s.head[1] == head1 && s.length == length) {
                const uint32_t index = s.entry.index;
                if (m_hashes[index] == hash && same_bytes(m_bytes.data() + m_offsets[index], text.data() + 16, length - 16))
                    return &s.entry;
            } else if (s.head[0] == 0) {
                return nullptr;
            }
        }
    }

    Slots<ShortSlot> m_short;
    Slots<LongSlot> m_long;
    std::vector<Value> m_values;
    std::vector<uint32_t> m_offsets;   ///< per value: where its bytes after the 16th are in m_bytes
    std::vector<uint64_t> m_hashes;    ///< per value: its token's hash (its high bits place the slot)
    std::vector<uint32_t> m_places;    ///< per value: its slot (| k_long_place in the long table)
    std::string m_bytes;
};

}  // namespace stilas::search
