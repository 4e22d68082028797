// StringIndex: strings → indices in one flat table of 64-byte slots, each holding its key's hash,
// its index and (up to 48 bytes) the key itself, so that finding a page's path or URL reads one
// slot. Every body link and reference of a site looks one up, at random: at 100,000 pages the
// node-based map (bucket, node, then the key's bytes on the heap: three cache misses) was 2-3 %
// of the build. The --cache files' keys (page analyses, file stamps) are found in one too.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stilas::util {

class StringIndex {
public:
    /// Room for `n` keys without growing.
    void reserve(size_t n);

    /// Adds `key` → `value` unless `key` is there; the value stored for `key`, and whether it
    /// was added.
    std::pair<size_t, bool> try_emplace(std::string_view key, size_t value);

    /// Adds `key` → `value`, or replaces the value `key` has.
    void assign(std::string_view key, size_t value);

    std::optional<size_t> find(std::string_view key) const;

    /// The hash find() works out for `key`: a caller that looks up many keys at once hashes them
    /// first and prefetch()es their slots, so that the slots' cache misses overlap.
    static uint64_t hash_of(std::string_view key) { return std::hash<std::string_view>{}(key); }
    /// Asks the CPU to fetch the slot where the search for a key of hash `hash` starts.
    void prefetch(uint64_t hash) const {
        if (!m_slots.empty()) __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
    }
    /// find(key), `hash` being hash_of(key).
    std::optional<size_t> find(std::string_view key, uint64_t hash) const;

    size_t size() const { return m_size; }

private:
    static constexpr size_t k_inline = 48;   ///< key bytes a slot holds
    static constexpr uint32_t k_empty = UINT32_MAX;
    struct alignas(64) Slot {
        uint64_t hash = 0;
        uint32_t value = k_empty;   ///< k_empty: a free slot
        uint32_t length = 0;
        char bytes[k_inline];       ///< the key, or (longer keys) its index in m_long
    };

    /// The slot of `key` (hash `hash`), or the free slot where it would go.
    size_t slot_of(std::string_view key, uint64_t hash) const;
    bool holds(const Slot& slot, std::string_view key, uint64_t hash) const;
    void fill(Slot& slot, std::string_view key, uint64_t hash, size_t value);
    /// The slot of `key`, filled with `value` when `key` was not there (then true).
    std::pair<Slot*, bool> emplace(std::string_view key, size_t value);

    std::vector<Slot> m_slots;
    size_t m_size = 0;
    std::vector<std::string> m_long;   ///< keys longer than k_inline
};

}  // namespace stilas::util
