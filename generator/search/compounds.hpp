// Norwegian compounds: a long term split into terms the site itself uses, with the linking
// letters s and e allowed between parts (kulturskoleled → kulturskol + led; kulturskol →
// kultur + skol). client/search.js splits query words the same way against the lexicon.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace stilas::search {

/// Terms shorter than this (code points) are never split.
inline constexpr size_t k_min_compound_chars = 7;
/// A front part has at least this many code points, an end part at least k_min_tail_chars.
inline constexpr size_t k_min_head_chars = 4;
inline constexpr size_t k_min_tail_chars = 3;

class CompoundSplitter {
public:
    using IsTerm = std::function<bool(std::string_view)>;
    explicit CompoundSplitter(IsTerm is_term) : m_is_term(std::move(is_term)) {}

    /// The parts of `term` in order (front part first), or empty when it is no compound of known terms.
    std::vector<std::string_view> split(std::string_view term) const;

    /// Every term `term` is made of, parts of parts included, each once; empty when none.
    std::vector<std::string> all_parts(std::string_view term) const;

private:
    bool split_into(std::string_view term, int depth, std::vector<std::string_view>& parts) const;
    bool split_tail(std::string_view rest, int depth, std::vector<std::string_view>& parts) const;

    IsTerm m_is_term;
};

}  // namespace stilas::search
