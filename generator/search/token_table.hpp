// A flat hash table from tokens to values, for one thread: the hot lookup of page analysis
// (every token of every page goes through it). Open addressing over 32-byte slots that hold a
// token's first 16 bytes, so most lookups compare two words and touch no key bytes; a slot's
// place is the top bits of the token's hash. Each slot also keeps a counter for the caller
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

    TokenTable() { m_slots.resize(k_initial_slots); }

    /// The entry of `token`, or what `missing()` returns (which may insert it: the caller tests
    /// for a missing token only where it is missing). Valid until the next insert.
    template <typename Missing>
    [[gnu::always_inline]] Entry& find_or(const Token& token, Missing&& missing) {
        const auto length = static_cast<uint32_t>(token.text.size());
        // (m_mask is read where used: a copy in a local cost page analysis' loop a register)
        for (size_t i = token.hash >> m_shift;; i = (i + 1) & m_mask) {
            Slot& s = m_slots[i];
            // A token's first byte is never zero, so an empty slot (zero head) never matches.
            if (s.head[0] == token.head[0] && s.head[1] == token.head[1]) {
                // Under 16 bytes, the zero-padded head words are the whole key (no token has a
                // zero byte); from 16 on, the length and the bytes after the 16th too.
                if (length < 16) return s.entry;
                if (s.length == length && (length == 16 || same_rest(s, token.hash, token.text))) return s.entry;
            } else if (s.entry.index == k_none) {
                return missing();
            }
        }
    }

    /// Stores `value` for `token` (not yet in the table); returns its entry (counter 0).
    Entry& insert(const Token& token, Value value) {
        if ((m_values.size() + 1) * 2 > m_slots.size()) grow();
        const auto index = static_cast<uint32_t>(m_values.size());
        Slot slot{{token.head[0], token.head[1]}, static_cast<uint32_t>(token.text.size()), {index, 0}};
        m_offsets.push_back(static_cast<uint32_t>(m_bytes.size()));
        m_hashes.push_back(token.hash);
        m_places.push_back(0);
        if (token.text.size() > 16) m_bytes.append(token.text.substr(16));
        m_values.push_back(std::move(value));
        return place(slot);
    }

    const Value& operator[](uint32_t index) const { return m_values[index]; }

    /// The entry of the token with `index`.
    Entry& entry(uint32_t index) { return m_slots[m_places[index]].entry; }

    size_t size() const { return m_values.size(); }

    void clear() {
        m_slots.assign(k_initial_slots, Slot{});
        m_mask = k_initial_slots - 1;
        m_shift = k_initial_shift;
        m_values.clear();
        m_offsets.clear();
        m_hashes.clear();
        m_places.clear();
        m_bytes.clear();
    }

private:
    static constexpr size_t k_initial_slots = 1024;
    /// memcmp() == 0 inline (a call costs more than the few bytes a token has after its 16th).
    static bool same_bytes(const char* a, const char* b, size_t n) {
        for (; n >= 8; n -= 8, a += 8, b += 8)
            if (fold_detail::load_word(a) != fold_detail::load_word(b)) return false;
        for (; n > 0; --n)
            if (*a++ != *b++) return false;
        return true;
    }
    static constexpr unsigned k_initial_shift = 64 - 10;
    struct Slot {
        uint64_t head[2] = {0, 0};
        uint32_t length = 0;
        Entry entry;
    };
    /// Whether the slot's token (same head and length) is `text` (with `hash`): its bytes after
    /// the 16th. Out of line and cold (tokens over 16 bytes are few), so that the common lookup
    /// keeps its registers.
    [[gnu::noinline, gnu::cold]] bool same_rest(const Slot& s, uint64_t hash, std::string_view text) const {
        const uint32_t index = s.entry.index;
        return m_hashes[index] == hash && same_bytes(m_bytes.data() + m_offsets[index], text.data() + 16, text.size() - 16);
    }

    Entry& place(const Slot& slot) {
        size_t i = m_hashes[slot.entry.index] >> m_shift;
        while (m_slots[i].entry.index != k_none) i = (i + 1) & m_mask;
        m_slots[i] = slot;
        m_places[slot.entry.index] = static_cast<uint32_t>(i);
        return m_slots[i].entry;
    }

    void grow() {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.size() * 2, Slot{});
        m_mask = m_slots.size() - 1;
        --m_shift;
        for (const Slot& s : old)
            if (s.entry.index != k_none) place(s);
    }

    std::vector<Slot> m_slots;
    size_t m_mask = k_initial_slots - 1;   ///< slots - 1
    unsigned m_shift = k_initial_shift;   ///< 64 - log2(slots)
    std::vector<Value> m_values;
    std::vector<uint32_t> m_offsets;   ///< per value: where its bytes after the 16th are in m_bytes
    std::vector<uint64_t> m_hashes;    ///< per value: its token's hash (its high bits place the slot)
    std::vector<uint32_t> m_places;    ///< per value: its slot
    std::string m_bytes;
};

}  // namespace stilas::search
