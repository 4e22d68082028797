#include "markdown/prerendered.hpp"

#include <string_view>

namespace stilas::markdown {
namespace {

// Letters and digits only: cmark copies them unchanged into both href values and text.
constexpr std::string_view k_marker = "zqStilasLenke";

std::string marker(size_t link, bool label) {
    return std::string(k_marker) + std::to_string(link) + (label ? 't' : 'u');
}

size_t count_markers(std::string_view html) {
    size_t n = 0;
    for (size_t at = html.find(k_marker); at != std::string_view::npos; at = html.find(k_marker, at + 1)) ++n;
    return n;
}

}  // namespace

std::optional<PrerenderedHtml> prerender(ParsedBody& parsed) {
    size_t expected = 0;
    for (size_t i = 0; i < parsed.slots.size(); ++i) {
        const LinkSlot& slot = parsed.slots[i];
        cmark_node_set_url(slot.node, marker(i, false).c_str());
        ++expected;
        if (slot.label != nullptr) {
            cmark_node_set_literal(slot.label, marker(i, true).c_str());
            ++expected;
        }
    }
    const std::string marked = render_with_heading_ids(parsed);
    if (count_markers(marked) != expected) return std::nullopt;

    PrerenderedHtml out;
    std::string html;
    html.reserve(marked.size());
    out.splices.reserve(expected);
    size_t done = 0;
    for (size_t at = marked.find(k_marker); at != std::string::npos; at = marked.find(k_marker, done)) {
        html.append(marked, done, at - done);
        size_t pos = at + k_marker.size();
        uint32_t link = 0;
        while (pos < marked.size() && marked[pos] >= '0' && marked[pos] <= '9') link = link * 10 + static_cast<uint32_t>(marked[pos++] - '0');
        const bool label = pos < marked.size() && marked[pos] == 't';
        out.splices.push_back({static_cast<uint32_t>(html.size()), link, label});
        done = pos + 1;
    }
    html.append(marked, done);
    out.html = CompressedText(html);
    return out;
}

}  // namespace stilas::markdown
