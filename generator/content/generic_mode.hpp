// Generic mode (no stilas.yaml): any keys accepted, titles found where they can be, and warnings
// for syntax of other generators (TOML front matter, Hugo shortcodes, Liquid tags).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "content/document.hpp"
#include "diag/diagnostics.hpp"
#include "yaml/node.hpp"

namespace stilas::content {

/// Fills the document from a front-matter mapping without checks: built-in keys that can be
/// understood go to their members, every other key to `fields` (schema nullptr), in order.
void read_generic_front_matter(Document& document, const yaml::Node& root);

/// The top-level `title = "…"` of TOML front matter, if any.
std::optional<std::string> toml_title(std::string_view toml);

/// A title taken from the body: the text of the first `# ` heading outside code fences.
struct HeadingTitle {
    std::string text;
    int line = 0;
    int col = 0;
};
std::optional<HeadingTitle> first_heading(std::string_view body, int body_first_line);

/// GEN001 at the first Hugo shortcode (`{{<`, `{{%`) and GEN003 at the first Liquid tag (`{%`)
/// of the body, as warnings: they would show as plain text.
void warn_foreign_syntax(std::string_view body, int body_first_line, const std::string& display_path,
                         diag::Diagnostics& diagnostics);

}  // namespace stilas::content
