// The Mustache engine: checks, compiles (once per template) and renders templates over
// render::Value. {{x}} HTML-escapes; {{{x}}} is for rendered Markdown only.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "render/page_buffer.hpp"
#include "render/view_value.hpp"

namespace stilas::render {

/// A template problem: where (byte offset into the template text, when known) and what, as a
/// Norwegian clause ("seksjonen «x» er ikke lukket").
struct TemplateError {
    std::optional<size_t> offset;
    std::string message;
};

/// Partial name → template text, for {{> name}}.
using PartialMap = std::map<std::string, std::string, std::less<>>;

/// nullopt when `source` parses; otherwise the first syntax error.
std::optional<TemplateError> check_template(const std::string& source);

/// A {{> name}} tag: the partial's name and the byte offset of the name in the template.
struct PartialUse {
    std::string name;
    size_t offset = 0;
};

/// The {{> name}} tags of `source` in order of appearance.
std::vector<PartialUse> partial_uses(const std::string& source);

class TemplateEngine {
public:
    explicit TemplateEngine(PartialMap partials = {});
    ~TemplateEngine();
    TemplateEngine(TemplateEngine&&) noexcept;
    TemplateEngine& operator=(TemplateEngine&&) noexcept;

    /// A template compiled for this engine (its partials resolved); immutable.
    struct Compiled;

    /// Compiles `source` for render(const Compiled&, …); nullptr and `error` on a syntax error.
    /// For callers that render one template many times: no lookup per render.
    std::shared_ptr<const Compiled> compile(const std::string& source, TemplateError& error) const;

    /// Renders a compiled template with `data` as the root context. Names are looked up from
    /// the innermost section outwards; dotted names ("page.title") are followed; an empty string
    /// or list is false in sections. Safe to call from several threads at once.
    std::string render(const Compiled& compiled, const Value& data) const;
    /// The same, appended to `out`.
    void render_to(std::string& out, const Compiled& compiled, const Value& data) const;
    /// The same, appended to `out`: for callers that render many pages into one buffer (cleared
    /// between pages, it keeps its room).
    void render_to(PageBuffer& out, const Compiled& compiled, const Value& data) const;

    /// The same for template text, compiled for this one call (callers that render a template
    /// many times hold a compile() result instead). On failure returns nullopt and sets `error`.
    std::optional<std::string> render(const std::string& source, const Value& data, TemplateError& error) const;

    /// Every name the given templates and this engine's partials look up, split at the dots
    /// ("page.title" gives "page" and "title"): a view member under any other key is never read.
    std::set<std::string, std::less<>> names_read(const std::vector<const Compiled*>& templates) const;

    struct Node;

private:
    std::map<std::string, std::shared_ptr<const Compiled>, std::less<>> m_partials;
};

}  // namespace stilas::render
