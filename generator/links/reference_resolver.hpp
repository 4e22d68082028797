// Resolving front-matter references (ref/refs fields) to pages, with type checks.
#pragma once

#include <optional>

#include "content/document.hpp"
#include "diag/diagnostics.hpp"
#include "links/page_index.hpp"

namespace stilas::links {

/// The page `reference` (of the page whose file is `path`, as diagnostics show it) names, or
/// nullopt after reporting REF001 (no such page), REF002 (a page of another type) or REF003 (the
/// slug exists in several allowed types).
std::optional<size_t> resolve_reference(const content::Reference& reference, const std::string& path,
                                        const PageIndex& index, const std::vector<content::Document>& pages,
                                        diag::Diagnostics& diagnostics);

/// Asks the CPU to fetch where resolve_reference() will look `reference`'s slug up: a page's
/// references are all prefetched before any is resolved, so that their misses overlap.
void prefetch_reference(const content::Reference& reference, const PageIndex& index);

}  // namespace stilas::links
