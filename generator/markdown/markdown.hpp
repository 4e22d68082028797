// The cmark-gfm wrapper: parse a page body, collect its links and headings with positions, render.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"

namespace stilas::markdown {

/// inline_link covers every CommonMark/GFM link: inline, reference-style and autolinks.
enum class LinkKind { inline_link, image, wikilink };

struct Link {
    LinkKind kind = LinkKind::inline_link;
    /// The destination as written: "../metoder/x.md#a", "https://…", "#a"; for wikilinks the
    /// part inside [[ ]] before any '|': "aksjonslaering#fire-rom".
    std::string target;
    /// Link text as plain text ("" for a wikilink without `|text`).
    std::string text;
    /// Position in the original file of the destination's first character: after `](` (and a
    /// `<`, if any) for inline links; in the `[label]: dest` definition for reference-style links;
    /// the URL itself for autolinks; the first character after `[[` for wikilinks. In the file
    /// whose display path Document::parse() was given.
    diag::LineCol pos;
};

struct Heading {
    int level = 1;
    std::string text;       ///< plain text
    std::string id;         ///< unique within the page: slugify(text), then -1, -2 … on repeats
    diag::LineCol pos;      ///< in the page's file, as Link::pos
};

/// Rewrites the destination of link number `index` (in links() order): return true with the new
/// URL in `url_out`, or false to keep the destination as written. For wikilinks also give the
/// text to show when the wikilink had none, through `text_out` (left empty to keep the target).
/// Both come empty, with the room of the previous link's strings: no allocation per link.
using LinkRewriter = std::function<bool(size_t index, const Link& link, std::string& url_out, std::string& text_out)>;

/// What pages' pre-rendered HTML is compressed against in memory (compressed_text.hpp).
class HtmlDictionary;
/// A dictionary from sample HTML, e.g. the first pages' render_html(nullptr) together: their
/// last 64 KB.
std::shared_ptr<const HtmlDictionary> make_html_dictionary(std::string sample_html);

class Document {
public:
    /// Parses `body`, whose first line is line `first_line` of `path`. GFM extensions
    /// (table, strikethrough, autolink, tagfilter, tasklist) on; raw HTML is never output.
    /// Unsafe link schemes (javascript:, vbscript:, data: (except images), file:) are dropped
    /// with a warning (MD001): such a link is not in links() and renders as its text only.
    /// Input shapes this cmark version handles in quadratic time (see input_guard.hpp) are
    /// refused with an error (MD002): no links or headings, and the body is rendered escaped.
    /// The pre-rendered HTML is kept compressed, against `dictionary` when there is one (the
    /// HTML is the same either way; only its memory differs).
    static Document parse(std::string_view body, const std::string& path, int first_line,
                          diag::Diagnostics& diagnostics, std::shared_ptr<const HtmlDictionary> dictionary = nullptr);

    Document(Document&&) noexcept;
    Document& operator=(Document&&) noexcept;
    ~Document();

    const std::vector<Link>& links() const;
    const std::vector<Heading>& headings() const;

    /// HTML of the body with links rewritten and ids on every heading. Thread-safe: a render
    /// only reads the Document. Every call starts from the parsed destinations, so rendering
    /// twice gives the same HTML. A rewritten URL with an unsafe scheme gets an empty href.
    std::string render_html(const LinkRewriter& rewrite) const;

    /// The body as plain text (for summaries and search), paragraphs separated by newlines;
    /// "" after release_plain_text().
    std::string plain_text() const;
    /// Frees the plain text once nothing needs it any more (it is as big as the body).
    void release_plain_text();
    /// Moves the plain text out, for its last reader (as release_plain_text() after).
    std::string take_plain_text();
    /// Frees links() once they are resolved: with their positions and texts a fifth of a large
    /// site's memory. Their URLs as written stay for the HTML (moved, not copied). render_html
    /// still works; its rewriter is then handed an empty Link (the index still tells which link
    /// it is).
    void release_links();
    /// Frees headings() once the link graph is built (anchors are checked).
    void release_headings();
    /// Frees the pre-rendered HTML and the links' places in it once the page is written:
    /// render_html gives "" after it.
    void release_html();

private:
    struct Impl;
    explicit Document(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Renders a short Markdown string (a field of kind markdown, a description) to HTML, without
/// link checking. Raw HTML is never output.
std::string render_inline_markdown(std::string_view text);

}  // namespace stilas::markdown
