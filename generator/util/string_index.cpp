// Open addressing with linear probing over a power-of-two table kept at most 3/4 full.
#include "util/string_index.hpp"

#include <cstring>
#include <stdexcept>

namespace stilas::util {

void StringIndex::reserve(size_t n) {
    size_t slots = 16;
    while (slots * 3 < n * 4 + 4) slots *= 2;
    if (slots <= m_slots.size()) return;
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(slots, Slot{});
    const size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
        if (s.value == k_empty) continue;
        size_t i = s.hash & mask;
        while (m_slots[i].value != k_empty) i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

size_t StringIndex::slot_of(std::string_view key, uint64_t hash) const {
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.value == k_empty || holds(s, key, hash)) return i;
    }
}

bool StringIndex::holds(const Slot& slot, std::string_view key, uint64_t hash) const {
    if (slot.hash != hash || slot.length != key.size()) return false;
    if (key.size() <= k_inline) return key.empty() || std::memcmp(slot.bytes, key.data(), key.size()) == 0;
    uint32_t index;
    std::memcpy(&index, slot.bytes, sizeof index);
    return m_long[index] == key;
}

void StringIndex::fill(Slot& slot, std::string_view key, uint64_t hash, size_t value) {
    if (value >= k_empty || key.size() >= UINT32_MAX) throw std::length_error("StringIndex: value or key too large");
    slot.hash = hash;
    slot.value = static_cast<uint32_t>(value);
    slot.length = static_cast<uint32_t>(key.size());
    if (key.size() <= k_inline) {
        if (!key.empty()) std::memcpy(slot.bytes, key.data(), key.size());
    } else {
        const auto index = static_cast<uint32_t>(m_long.size());
        m_long.emplace_back(key);
        std::memcpy(slot.bytes, &index, sizeof index);
    }
    ++m_size;
}

std::pair<StringIndex::Slot*, bool> StringIndex::emplace(std::string_view key, size_t value) {
    if ((m_size + 1) * 4 > m_slots.size() * 3) reserve(2 * m_size + 1);
    const uint64_t hash = hash_of(key);
    Slot& slot = m_slots[slot_of(key, hash)];
    if (slot.value != k_empty) return {&slot, false};
    fill(slot, key, hash, value);
    return {&slot, true};
}

std::pair<size_t, bool> StringIndex::try_emplace(std::string_view key, size_t value) {
    auto [slot, added] = emplace(key, value);
    return {slot->value, added};
}

void StringIndex::assign(std::string_view key, size_t value) {
    auto [slot, added] = emplace(key, value);
    if (!added) slot->value = static_cast<uint32_t>(value);
}

std::optional<size_t> StringIndex::find(std::string_view key) const { return find(key, hash_of(key)); }

std::optional<size_t> StringIndex::find(std::string_view key, uint64_t hash) const {
    if (m_slots.empty()) return std::nullopt;
    const Slot& slot = m_slots[slot_of(key, hash)];
    if (slot.value == k_empty) return std::nullopt;
    return slot.value;
}

}  // namespace stilas::util
