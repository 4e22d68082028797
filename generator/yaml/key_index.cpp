#include "yaml/key_index.hpp"

namespace stilas::yaml {
namespace {

// Up to this many entries a mapping's keys are searched one by one for a duplicate; front
// matter has about ten.
constexpr size_t k_keys_searched = 32;

}  // namespace

std::optional<int> KeyIndex::first_line_of(std::string_view name, const std::vector<std::pair<Node, Node>>& entries,
                                           int line) {
    if (entries.size() < k_keys_searched) {
        for (const auto& [key, value] : entries)
            if (key.is_scalar() && key.scalar == name) return key.line;
        return std::nullopt;
    }
    if (m_lines.empty())
        for (const auto& [key, value] : entries)
            if (key.is_scalar()) m_lines.emplace(key.scalar, key.line);
    auto [it, inserted] = m_lines.emplace(std::string(name), line);
    if (!inserted) return it->second;
    return std::nullopt;
}

}  // namespace stilas::yaml
