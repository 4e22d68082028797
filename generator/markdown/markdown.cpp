#include "markdown/markdown.hpp"

#include <utility>

#include "markdown/document_builder.hpp"
#include "markdown/html_escape.hpp"
#include "markdown/input_guard.hpp"
#include "markdown/prerendered.hpp"
#include "markdown/source_text.hpp"
#include "util/strings.hpp"

namespace stilas::markdown {
namespace {

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
    ParsedBody parsed;  // without its tree once pre-rendered
    PrerenderedHtml prerendered;

    std::string splice(const LinkRewriter& rewrite) const;

    /// Link `i`'s destination as parsed: its Link's target, or where release_links() moved it.
    const std::string& url(size_t i) const {
        return i < parsed.links.size() ? parsed.links[i].target : parsed.slots[i].url;
    }

    /// Link `i`'s URL after `rewrite` ("" when its scheme is unsafe) and the text a wikilink
    /// without its own text shows ("" to show the target as written), into `out`, whose strings
    /// keep their buffers.
    struct Target {
        std::string href, label;
    };
    void target_into(size_t i, const LinkRewriter& rewrite, Target& out) const;
};

void Document::Impl::target_into(size_t i, const LinkRewriter& rewrite, Target& out) const {
    static const Link released{};
    const Link& link = i < parsed.links.size() ? parsed.links[i] : released;
    out.href.clear();
    out.label.clear();
    if (!rewrite || !rewrite(i, link, out.href, out.label)) out.href = url(i);
    if (unsafe_scheme(out.href, parsed.slots[i].use)) out.href.clear();
}

std::string Document::Impl::splice(const LinkRewriter& rewrite) const {
    const PrerenderedHtml& pre = prerendered;
    // Buffers of the thread, reused page after page: room for the HTML read back, and each
    // link's target (the rewriter sees every link once, in order, before any is written).
    thread_local std::string room;
    thread_local std::vector<Target> targets;
    const std::string_view html = pre.html.read_into(room);
    if (targets.size() < parsed.slots.size()) targets.resize(parsed.slots.size());
    size_t extra = 0;
    for (size_t i = 0; i < parsed.slots.size(); ++i) {
        target_into(i, rewrite, targets[i]);
        extra += targets[i].href.size() + targets[i].label.size();
    }
    std::string out;
    out.reserve(html.size() + extra + extra / 8);
    size_t done = 0;
    for (const Splice& gap : pre.splices) {
        out.append(html.substr(done, gap.offset - done));
        const Target& t = targets[gap.link];
        if (!gap.label) append_escaped_href(out, t.href);
        else append_escaped_html(out, t.label.empty() ? std::string_view(url(gap.link)) : t.label);
        done = gap.offset;
    }
    out.append(html.substr(done));
    return out;
}

Document::Document(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

std::shared_ptr<const HtmlDictionary> make_html_dictionary(std::string sample_html) {
    return std::make_shared<const HtmlDictionary>(std::move(sample_html));
}

Document Document::parse(std::string_view body, const std::string& path, int first_line,
                         diag::Diagnostics& diagnostics, std::shared_ptr<const HtmlDictionary> dictionary) {
    // CR before LF sits at a line end, so dropping it moves no line or column.
    std::string without_cr;
    if (body.find("\r\n") != std::string_view::npos) without_cr = util::replace_all(body, "\r\n", "\n");
    const std::string_view text = without_cr.empty() ? body : std::string_view(without_cr);
    auto impl = std::make_unique<Impl>();
    if (refuse_bad_shape(text, path, first_line, diagnostics)) {
        impl->prerendered.html = CompressedText("<pre>" + escape_html(text) + "</pre>\n");
        impl->parsed.plain_text = text;
    } else {
        impl->parsed = build_body(text, path, first_line, diagnostics);
        impl->prerendered = prerender(impl->parsed, std::move(dictionary));
        // The tree is no longer needed: every render splices into the pre-rendered HTML.
        impl->parsed.tree = CmarkTree();
        for (LinkSlot& slot : impl->parsed.slots) slot.node = slot.label = nullptr;
    }
    return Document(std::move(impl));
}

const std::vector<Link>& Document::links() const { return m_impl->parsed.links; }

const std::vector<Heading>& Document::headings() const { return m_impl->parsed.headings; }

std::string Document::render_html(const LinkRewriter& rewrite) const { return m_impl->splice(rewrite); }

std::string Document::plain_text() const { return m_impl->parsed.plain_text; }

void Document::release_plain_text() { std::string().swap(m_impl->parsed.plain_text); }

std::string Document::take_plain_text() { return std::exchange(m_impl->parsed.plain_text, std::string()); }

void Document::release_links() {
    ParsedBody& parsed = m_impl->parsed;
    for (size_t i = 0; i < parsed.links.size() && i < parsed.slots.size(); ++i)
        parsed.slots[i].url = std::move(parsed.links[i].target);
    std::vector<Link>().swap(parsed.links);
}

void Document::release_headings() { std::vector<Heading>().swap(m_impl->parsed.headings); }

void Document::release_html() {
    m_impl->prerendered = PrerenderedHtml{};
    std::vector<LinkSlot>().swap(m_impl->parsed.slots);
}

std::string render_inline_markdown(std::string_view text) {
    const std::string body = util::replace_all(text, "\r\n", "\n");
    if (!check_input_shape(body).empty()) return "<p>" + escape_html(body) + "</p>\n";
    CmarkTree tree = CmarkTree::parse(body);
    drop_unsafe_links(tree.root());
    return tree.render_html();
}

}  // namespace stilas::markdown
