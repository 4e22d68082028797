// The YAML0xx diagnostics in one place, so every code has one wording (yaml/ internal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"
#include "yaml/line_index.hpp"

namespace stilas::yaml {

/// Adds diagnostics for one file (`path`); every function reports at `at`.
class Reporter {
public:
    Reporter(const std::string& path, diag::Diagnostics& diagnostics) : m_path(path), m_diagnostics(diagnostics) {}

    /// YAML001 with an already-worded message ("Ugyldig YAML: …").
    void syntax(FilePos at, std::string message, std::string hint);
    /// YAML002
    void indent_tab(FilePos at);
    /// YAML003; `first_line` is the file line of the first occurrence.
    void duplicate_key(FilePos at, std::string_view key, int first_line);
    /// YAML004
    void too_deep(FilePos at);
    void too_large(FilePos at, size_t bytes);
    /// YAML005; `token` is the anchor or alias as written ("&x", "*x").
    void anchor_or_alias(FilePos at, std::string_view token);

private:
    diag::SourcePos pos(FilePos at) const { return {m_path, at.line, at.col}; }

    const std::string& m_path;
    diag::Diagnostics& m_diagnostics;
};

}  // namespace stilas::yaml
