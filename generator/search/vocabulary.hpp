// The build's vocabulary: every term and every surface ending gets a dense id, from any thread.
// Ids depend on the order threads meet words; finish() sorts terms, so output does not.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stilas::search {

/// Interns strings from many threads at once. Views returned stay valid while the table lives.
class StringTable {
public:
    struct Entry {
        uint32_t id;
        std::string_view text;
    };

    /// The id of `s`, adding it when new.
    Entry intern(std::string_view s);

    /// Every string by id (call when no thread interns any more).
    std::vector<std::string_view> by_id() const;

    size_t size() const;

    /// Approximate memory held (strings, their index).
    size_t bytes() const;

private:
    static constexpr size_t k_stripes = 16;
    struct Stripe {
        mutable std::mutex mutex;
        std::deque<std::string> strings;
        std::unordered_map<std::string_view, uint32_t> ids;
    };
    Stripe m_stripes[k_stripes];
    std::atomic<uint32_t> m_next{0};
};

/// Terms (stems) and surface endings: how a term was written, as what follows the stem, or
/// "\x01" + the whole word when the word does not start with its stem (nynorsk mapped).
struct Vocabulary {
    StringTable terms;
    StringTable suffixes;
};

/// The ending to store for `word` whose term is `term`.
std::string surface_suffix(std::string_view word, std::string_view term);

/// The word that `suffix` (from surface_suffix) spells for `term`.
std::string surface_word(std::string_view term, std::string_view suffix);

/// Order of surface endings: whole words after endings, then shorter first, then bytes. The
/// smallest ending a term has on published pages names it in suggestions.
bool suffix_less(std::string_view a, std::string_view b);

}  // namespace stilas::search
