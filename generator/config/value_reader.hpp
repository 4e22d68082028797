// ValueReader: reads config values out of yaml::Node mappings for one file, reporting unknown
// keys, missing keys and wrong shapes (CFG001–CFG003) the same way at every level (config/ internal).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"
#include "yaml/node.hpp"

namespace stilas::config {

/// `key: a` or `key: [a, b]` for `to:`; only a list elsewhere.
enum class ListForm { list_only, scalar_or_list };

/// A scalar read from config together with where it stands.
struct PositionedText {
    std::string text;
    diag::SourcePos pos;
};

class ValueReader {
public:
    ValueReader(std::string path, diag::Diagnostics& diagnostics)
        : m_path(std::move(path)), m_diagnostics(diagnostics) {}

    const std::string& path() const { return m_path; }
    diag::Diagnostics& diagnostics() const { return m_diagnostics; }
    diag::SourcePos pos(const yaml::Node& node) const { return {m_path, node.line, node.col}; }

    /// CFG001 for each key of `map` not in `allowed`; `where` completes "Ukjent nøkkel «x» i …".
    void check_keys(const yaml::Node& map, const std::vector<std::string>& allowed, std::string_view where) const;

    /// CFG002 for each of `required` that is absent (reported at `owner`) or empty (at its key).
    void check_required(const yaml::Node& map, const std::vector<std::string>& required, std::string_view where,
                        const diag::SourcePos& owner) const;

    /// True when the root of file `file` is a mapping or empty; CFG003 otherwise.
    bool expect_root_mapping(const yaml::Node& root, std::string_view file) const;

    /// True when `node` (the value of `key`) is a mapping; CFG003 otherwise.
    bool expect_mapping(const yaml::Node& node, std::string_view key) const;

    /// The scalar value of `key`, or nullopt when absent or empty; CFG003 when not a scalar.
    std::optional<PositionedText> text(const yaml::Node& map, std::string_view key) const;
    /// Sets `target` to the text at `key` when there is one; leaves it as it is otherwise.
    void read_text(const yaml::Node& map, std::string_view key, std::string& target) const;
    /// The labels types and taxonomies share: `title`, `singular` (default: the title) and
    /// `description`.
    void read_labels(const yaml::Node& map, std::string& title, std::string& singular, std::string& description) const;

    /// true/false of `key`; nullopt when absent; CFG003 for anything but a plain true/false.
    std::optional<bool> boolean(const yaml::Node& map, std::string_view key) const;

    /// The scalars of list `key` (empty when absent); CFG003 for other shapes or non-scalar items.
    std::vector<PositionedText> text_list(const yaml::Node& map, std::string_view key, ListForm form) const;

    /// CFG003 "«key» skal være <expected>, men er <actual>." at `node`.
    void wrong_shape(const yaml::Node& node, std::string_view key, std::string_view expected,
                     std::string_view hint) const;

private:
    std::string m_path;
    diag::Diagnostics& m_diagnostics;
};

/// "Mente du «x»?" when `word` is close to one of `candidates`; otherwise `fallback_prefix`
/// followed by the candidates ("Gyldige felttyper: a, b."), or "" when there are none.
std::string suggestion(std::string_view word, const std::vector<std::string>& candidates,
                       std::string_view fallback_prefix);

}  // namespace stilas::config
