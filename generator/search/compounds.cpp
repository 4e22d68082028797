// Compound splitting: longest known front part first, then the rest as a term or a compound.
#include "search/compounds.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace stilas::search {

namespace {
constexpr int k_max_depth = 3;
constexpr std::string_view k_links[] = {"", "s", "e"};

// Byte offsets of the code point boundaries of `s` (0 and s.size() included).
std::vector<size_t> boundaries(std::string_view s) {
    std::vector<size_t> out{0};
    for (size_t i = 1; i <= s.size(); ++i)
        if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
    return out;
}

bool has_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

bool CompoundSplitter::split_tail(std::string_view rest, int depth, std::vector<std::string_view>& parts) const {
    for (std::string_view link : k_links) {
        if (!rest.starts_with(link)) continue;
        std::string_view tail = rest.substr(link.size());
        if (util::count_code_points(tail) < k_min_tail_chars) continue;
        if (m_is_term(tail)) {
            parts.push_back(tail);
            return true;
        }
        if (depth < k_max_depth && split_into(tail, depth + 1, parts)) return true;
    }
    return false;
}

bool CompoundSplitter::split_into(std::string_view term, int depth, std::vector<std::string_view>& parts) const {
    const std::vector<size_t> cuts = boundaries(term);
    const size_t chars = cuts.size() - 1;
    if (chars < k_min_head_chars + k_min_tail_chars) return false;
    for (size_t head_chars = chars - k_min_tail_chars; head_chars >= k_min_head_chars; --head_chars) {
        std::string_view head = term.substr(0, cuts[head_chars]);
        if (!m_is_term(head)) continue;
        const size_t before = parts.size();
        parts.push_back(head);
        if (split_tail(term.substr(head.size()), depth, parts)) return true;
        parts.resize(before);
    }
    return false;
}

std::vector<std::string_view> CompoundSplitter::split(std::string_view term) const {
    std::vector<std::string_view> parts;
    if (util::count_code_points(term) < k_min_compound_chars || has_digit(term)) return parts;
    if (!split_into(term, 0, parts)) parts.clear();
    return parts;
}

std::vector<std::string> CompoundSplitter::all_parts(std::string_view term) const {
    std::vector<std::string> out;
    std::vector<std::string_view> todo = split(term);
    while (!todo.empty()) {
        std::string_view part = todo.back();
        todo.pop_back();
        if (std::find(out.begin(), out.end(), part) != out.end()) continue;
        out.emplace_back(part);
        for (std::string_view sub : split(part)) todo.push_back(sub);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace stilas::search
