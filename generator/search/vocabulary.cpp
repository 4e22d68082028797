// Striped string interning and surface endings.
#include "search/vocabulary.hpp"

#include <functional>

namespace stilas::search {

StringTable::Entry StringTable::intern(std::string_view s) {
    Stripe& stripe = m_stripes[std::hash<std::string_view>{}(s) % k_stripes];
    std::lock_guard lock(stripe.mutex);
    if (auto it = stripe.ids.find(s); it != stripe.ids.end()) return {it->second, it->first};
    std::string_view stored = stripe.strings.emplace_back(s);
    uint32_t id = m_next.fetch_add(1);
    stripe.ids.emplace(stored, id);
    return {id, stored};
}

std::vector<std::string_view> StringTable::by_id() const {
    std::vector<std::string_view> out(m_next.load());
    for (const Stripe& stripe : m_stripes) {
        std::lock_guard lock(stripe.mutex);
        for (const auto& [text, id] : stripe.ids) out[id] = text;
    }
    return out;
}

size_t StringTable::size() const { return m_next.load(); }

size_t StringTable::bytes() const {
    size_t bytes = 0;
    for (const Stripe& stripe : m_stripes) {
        std::lock_guard lock(stripe.mutex);
        for (const std::string& s : stripe.strings) bytes += sizeof s + (s.capacity() > 15 ? s.capacity() + 1 : 0);
        bytes += stripe.ids.size() * (sizeof(std::string_view) + sizeof(uint32_t) + 2 * sizeof(void*));
    }
    return bytes;
}

std::string surface_suffix(std::string_view word, std::string_view term) {
    if (word.starts_with(term)) return std::string(word.substr(term.size()));
    return "\x01" + std::string(word);
}

std::string surface_word(std::string_view term, std::string_view suffix) {
    if (suffix.starts_with('\x01')) return std::string(suffix.substr(1));
    return std::string(term) + std::string(suffix);
}

bool suffix_less(std::string_view a, std::string_view b) {
    const bool whole_a = a.starts_with('\x01'), whole_b = b.starts_with('\x01');
    if (whole_a != whole_b) return whole_b;
    if (a.size() != b.size()) return a.size() < b.size();
    return a < b;
}

}  // namespace stilas::search
