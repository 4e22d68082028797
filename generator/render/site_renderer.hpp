// render_site: every output file of the site — pages, listings, taxonomy and term pages, home,
// 404, alias redirects and the theme's static files — through the theme's templates.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"
#include "render/render_input.hpp"
#include "render/theme.hpp"

namespace stilas::render {

struct RenderResult {
    size_t pages = 0;                       ///< content pages rendered (page template)
    size_t files = 0;                       ///< files emitted in all
};

/// Receives one output file: a safe relative path ("verktoy/igp/index.html") and its bytes.
/// May be called from several threads at once, in any order; each path comes once. The bytes
/// are valid only during the call (each thread renders its pages into one buffer).
using EmitFile = std::function<void(const std::string& path, std::string_view bytes)>;

/// Renders the site on up to `threads` threads (0 = all cores). The files and their bytes do
/// not depend on the thread count or the clock. A template that fails while rendering gives
/// TPL002 at the template; its page is not emitted.
RenderResult render_site(const RenderInput& input, const Theme& theme, unsigned threads, const EmitFile& emit,
                         diag::Diagnostics& diagnostics);

}  // namespace stilas::render
