// Pure parsing of one page: front matter split, YAML, schema check. Never touches the disk.
#pragma once

#include <optional>
#include <string>

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "diag/diagnostics.hpp"
#include "source/source_file.hpp"

namespace stilas::content {

/// True for files that are pages: `.md` files not below a `_`/`.` folder or named `_*`,
/// except `_index.md`.
bool is_page_path(const std::string& path);

/// Parses one Markdown file into a Document: splits the front matter (`---` … `---`; in generic
/// mode TOML `+++` is skipped with a warning), checks every key against the file's type schema
/// (unknown keys, kinds, required, enums, taxonomy terms; "Mente du …?" hints), derives type,
/// slug and URL. Reports invalid UTF-8, NUL bytes and oversize files. A BOM is dropped and CRLF
/// is treated as LF. Returns nullopt when the file cannot become a page at all (ENC…, TYPE…).
/// When only its front matter cannot be read (FM001, YAML…, FM002) the Document is returned with
/// identity and body but no fields, so links to it still resolve and no follow-on errors appear.
/// Typed home and section pages (`_index.md`) take only the built-in keys; their title defaults
/// to the site's / the type's title.
std::optional<Document> parse_document(const source::SourceFile& file, const config::SiteConfig& config,
                                       const std::string& display_prefix, diag::Diagnostics& diagnostics);

}  // namespace stilas::content
