#include "markdown/markdown.hpp"

#include <mutex>

#include "markdown/document_builder.hpp"
#include "markdown/input_guard.hpp"
#include "markdown/source_text.hpp"
#include "util/strings.hpp"

namespace stilas::markdown {
namespace {

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// Refusing a shape is an error, so the site is not published; the text is still shown escaped
// so that nothing downstream sees a half-parsed page.
bool refuse_bad_shape(std::string_view body, const std::string& path, int first_line, diag::Diagnostics& diagnostics) {
    const std::vector<ShapeProblem> problems = check_input_shape(body);
    if (problems.empty()) return false;
    SourceText source(body, path, first_line);
    for (const ShapeProblem& problem : problems) {
        diagnostics.error(source.pos_at(problem.offset), "MD002", problem.message, problem.hint);
    }
    return true;
}

}  // namespace

struct Document::Impl {
    ParsedBody parsed;
    std::string refused_html;  // set instead of parsed.tree when the body was refused
    // render_html rewrites urls in this document's own tree; the lock makes even two renders of
    // one Document safe (distinct Documents share nothing).
    std::mutex render_mutex;
};

Document::Document(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

Document Document::parse(std::string_view body, const std::string& path, int first_line,
                         diag::Diagnostics& diagnostics) {
    // CR before LF sits at a line end, so dropping it moves no line or column.
    const std::string text = util::replace_all(body, "\r\n", "\n");
    auto impl = std::make_unique<Impl>();
    if (refuse_bad_shape(text, path, first_line, diagnostics)) {
        impl->refused_html = "<pre>" + escape_html(text) + "</pre>\n";
        impl->parsed.plain_text = text;
    } else {
        impl->parsed = build_body(text, path, first_line, diagnostics);
    }
    return Document(std::move(impl));
}

const std::vector<Link>& Document::links() const { return m_impl->parsed.links; }

const std::vector<Heading>& Document::headings() const { return m_impl->parsed.headings; }

std::string Document::render_html(const LinkRewriter& rewrite) const {
    if (m_impl->parsed.tree.root() == nullptr) return m_impl->refused_html;
    std::lock_guard lock(m_impl->render_mutex);
    const ParsedBody& parsed = m_impl->parsed;
    std::string text_out;
    for (size_t i = 0; i < parsed.slots.size(); ++i) {
        const LinkSlot& slot = parsed.slots[i];
        text_out.clear();
        std::optional<std::string> url = rewrite ? rewrite(i, parsed.links[i], text_out) : std::nullopt;
        // Every render sets every url and label from the parse, so renders never see each other.
        std::string href = url.value_or(slot.url);
        if (unsafe_scheme(href, slot.use)) href.clear();
        cmark_node_set_url(slot.node, href.c_str());
        if (slot.label != nullptr) {
            cmark_node_set_literal(slot.label, (text_out.empty() ? parsed.links[i].target : text_out).c_str());
        }
    }
    std::vector<std::string> ids;
    ids.reserve(parsed.headings.size());
    for (const Heading& heading : parsed.headings) ids.push_back(heading.id);
    return add_heading_ids(parsed.tree.render_html(), ids);
}

std::string Document::plain_text() const { return m_impl->parsed.plain_text; }

std::string render_inline_markdown(std::string_view text) {
    const std::string body = util::replace_all(text, "\r\n", "\n");
    if (!check_input_shape(body).empty()) return "<p>" + escape_html(body) + "</p>\n";
    CmarkTree tree = CmarkTree::parse(body);
    drop_unsafe_links(tree.root());
    return tree.render_html();
}

}  // namespace stilas::markdown
