// Diagnostics: the thread-safe collector every phase adds to; nothing stops at the first error.
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace stilas::diag {

class Diagnostics {
public:
    void add(Diagnostic d);
    void error(SourcePos pos, std::string code, std::string message, std::string hint = {});
    void warning(SourcePos pos, std::string code, std::string message, std::string hint = {});

    /// Moves everything from `other` into this collector.
    void merge(Diagnostics& other);

    bool has_errors() const;
    size_t error_count() const;
    size_t warning_count() const;

    /// All findings sorted by path, line, column, code and message, duplicates dropped.
    std::vector<Diagnostic> sorted() const;

    /// The headlines of sorted(), one per entry (what tests compare against).
    std::vector<std::string> headlines() const;

private:
    mutable std::mutex m_mutex;
    std::vector<Diagnostic> m_items;
};

}  // namespace stilas::diag
