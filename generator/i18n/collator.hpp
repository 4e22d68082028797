// Norwegian collation (ICU): Æ, Ø, Å after Z, "aa" as å, case and accents as ICU's nb rules.
// The only place (with dates.cpp) that includes ICU headers.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stilas::i18n {

class Collator {
public:
    /// A collator for `locale` ("nb", "nn"); falls back to ICU's root order, then to byte
    /// order, when ICU has no data for it (ok() tells).
    explicit Collator(std::string_view locale = "nb");
    Collator(Collator&&) noexcept;
    Collator& operator=(Collator&&) noexcept;
    ~Collator();

    /// False when ICU could not open any collator and byte order is used.
    bool ok() const;

    /// <0, 0, >0 like strcmp, on UTF-8 text. Safe to call from several threads at once.
    int compare(std::string_view a, std::string_view b) const;

    /// A byte string whose std::string ordering (<) equals compare()'s. Thread-safe.
    std::string sort_key(std::string_view s) const;

    /// Sorts `items` by the collation of `title(item)`, stable (equal titles keep their order).
    /// Compared in place: ICU orders two short titles with fewer instructions than it takes to
    /// make one sort key, and compare() orders as the keys do (collator_test).
    template <typename T, typename TitleOf>
    void sort_by_title(std::vector<T>& items, TitleOf title) const {
        std::stable_sort(items.begin(), items.end(),
                         [&](const T& a, const T& b) { return compare(title(a), title(b)) < 0; });
    }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace stilas::i18n
