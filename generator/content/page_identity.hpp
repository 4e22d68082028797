// Page identity from the source path: page kind, type, slug and URL (typed and generic mode).
#pragma once

#include <optional>
#include <string>

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "diag/diagnostics.hpp"

namespace stilas::content {

struct PageIdentity {
    PageKind kind = PageKind::regular;
    std::string type;
    std::string slug;
    std::string url;
};

/// Derives the identity of the page at `path` (content-relative). Typed mode: `<type>/<name>.md`,
/// `<type>/_index.md`, `_index.md`, `<name>.md`; a folder that is no type is TYPE001, deeper
/// nesting TYPE002. Generic mode: sections by folder, `_index.md`/`index.md` is the folder's
/// page. A name whose slug is empty is TYPE003. nullopt after a diagnostic.
std::optional<PageIdentity> derive_identity(const std::string& path, const config::SiteConfig& config,
                                            const std::string& display_path, diag::Diagnostics& diagnostics);

}  // namespace stilas::content
