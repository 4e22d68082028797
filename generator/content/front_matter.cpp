#include "content/front_matter.hpp"

namespace stilas::content {

namespace {

// True when `line` is `marker` followed only by spaces or tabs.
bool is_delimiter(std::string_view line, std::string_view marker) {
    if (!line.starts_with(marker)) return false;
    return line.substr(marker.size()).find_first_not_of(" \t") == std::string_view::npos;
}

struct Line {
    std::string_view text;
    size_t next = 0;   // offset just past the line's LF (or the text's end)
};

Line line_at(std::string_view text, size_t start) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) return {text.substr(start), text.size()};
    return {text.substr(start, end - start), end + 1};
}

}  // namespace

FrontMatterSplit split_front_matter(std::string_view text) {
    FrontMatterSplit split;
    split.body = text;
    Line first = line_at(text, 0);
    FrontMatterStyle style = is_delimiter(first.text, "---")   ? FrontMatterStyle::yaml
                             : is_delimiter(first.text, "+++") ? FrontMatterStyle::toml
                                                               : FrontMatterStyle::none;
    if (style == FrontMatterStyle::none) return split;

    int line_number = 2;
    for (size_t start = first.next; start < text.size(); ++line_number) {
        Line line = line_at(text, start);
        // Most lines start with something else than a delimiter's first byte: those are passed at once.
        const char lead = line.text.empty() ? '\0' : line.text[0];
        bool closes = style == FrontMatterStyle::yaml ? (lead == '-' && is_delimiter(line.text, "---")) ||
                                                            (lead == '.' && is_delimiter(line.text, "..."))
                                                      : lead == '+' && is_delimiter(line.text, "+++");
        if (closes) {
            split.style = style;
            split.front = text.substr(first.next, start - first.next);
            split.body = text.substr(line.next);
            split.body_first_line = line_number + 1;
            return split;
        }
        start = line.next;
    }
    if (style == FrontMatterStyle::yaml) {
        split.style = style;
        split.closed = false;
        split.body = {};
    }
    return split;
}

}  // namespace stilas::content
