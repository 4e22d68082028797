// A 128-bit hash of a sequence of byte strings, for caches between builds: the keys under which
// the incremental cache keeps parts of the search index (the labels of a facet), and the check
// of the folder's stamp table. Not cryptographic; written into no published file.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace stilas::util {

class ContentHash {
public:
    /// Adds `s` (with its length, so ("ab", "c") differs from ("a", "bc")).
    ContentHash& add(std::string_view s) {
        size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            step(word);
        }
        uint64_t word = 0;
        if (i < s.size()) std::memcpy(&word, s.data() + i, s.size() - i);
        step(word);
        step(s.size());
        return *this;
    }
    ContentHash& add(uint64_t value) {
        step(value);
        return *this;
    }

    /// The two halves.
    uint64_t first() const { return m_a; }
    uint64_t second() const { return m_b; }

    /// 32 hex digits.
    std::string hex() const {
        char buffer[33];
        std::snprintf(buffer, sizeof buffer, "%016llx%016llx", static_cast<unsigned long long>(m_a),
                      static_cast<unsigned long long>(m_b));
        return buffer;
    }

private:
    void step(uint64_t word) {
        m_a = (m_a ^ word) * 0xBF58476D1CE4E5B9ull;
        m_a ^= m_a >> 31;
        m_b = (m_b + word) * 0x94D049BB133111EBull;
        m_b ^= m_b >> 29;
    }

    uint64_t m_a = 0x9E3779B97F4A7C15ull;
    uint64_t m_b = 0xC2B2AE3D27D4EB4Full;
};

}  // namespace stilas::util
