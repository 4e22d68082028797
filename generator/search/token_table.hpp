// A flat hash table from token bytes to a value, for one thread: the hot lookup of page
// analysis (every token of every page goes through it), without a heap node per entry.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace stilas::search {

/// 64-bit hash of a short byte string, eight bytes at a time (in-memory tables only).
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
    TokenTable() { m_slots.resize(1024); }

    /// The value stored for `key`, or nullptr.
    const Value* find(std::string_view key, uint64_t hash) const {
        for (size_t i = hash & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot& s = m_slots[i];
            if (s.value == k_empty) return nullptr;
            if (s.hash == hash && key_of(s) == key) return &m_values[s.value];
        }
    }

    /// Stores `value` for `key` (not yet in the table).
    const Value& insert(std::string_view key, uint64_t hash, Value value) {
        if ((m_values.size() + 1) * 2 > m_slots.size()) grow();
        Slot slot{hash, static_cast<uint32_t>(m_bytes.size()), static_cast<uint32_t>(key.size()),
                  static_cast<uint32_t>(m_values.size())};
        m_bytes.append(key);
        m_values.push_back(std::move(value));
        place(slot);
        return m_values.back();
    }

    size_t size() const { return m_values.size(); }

    void clear() {
        m_slots.assign(1024, Slot{});
        m_values.clear();
        m_bytes.clear();
    }

private:
    static constexpr uint32_t k_empty = UINT32_MAX;
    struct Slot {
        uint64_t hash = 0;
        uint32_t offset = 0, length = 0;
        uint32_t value = k_empty;
    };

    std::string_view key_of(const Slot& s) const { return std::string_view(m_bytes).substr(s.offset, s.length); }

    void place(const Slot& slot) {
        size_t i = slot.hash & (m_slots.size() - 1);
        while (m_slots[i].value != k_empty) i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = slot;
    }

    void grow() {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.size() * 2, Slot{});
        for (const Slot& s : old)
            if (s.value != k_empty) place(s);
    }

    std::vector<Slot> m_slots;
    std::vector<Value> m_values;
    std::string m_bytes;
};

}  // namespace stilas::search
