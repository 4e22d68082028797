#include "markdown/input_guard.hpp"

#include <algorithm>
#include <cstring>

namespace stilas::markdown {
namespace {

// The limits are checked on raw lines, ignoring code blocks and containers: that over-counts,
// which only ever refuses more, and keeps the scan linear and simple.

bool is_blank(std::string_view line) {
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// A line that could be a GFM table delimiter row once container prefixes ("> ", "- ") are gone.
bool looks_like_delimiter_row(std::string_view line) {
    bool dash = false;
    bool pipe = false;
    for (char c : line) {
        if (c == '-') dash = true;
        else if (c == '|') pipe = true;
        else if (c != ' ' && c != '\t' && c != ':' && c != '>' && c != '\r' && c != '\v' && c != '\f') return false;
    }
    return dash && pipe;
}

// Cells in a delimiter row: one more than its pipes, less a leading and a trailing pipe.
size_t delimiter_columns(std::string_view row, size_t pipes) {
    const size_t first = row.find_first_not_of(" \t>");
    const size_t last = row.find_last_not_of(" \t\r\v\f");
    size_t columns = pipes + 1;
    if (first != std::string_view::npos && row[first] == '|') --columns;
    if (last != std::string_view::npos && last != first && row[last] == '|') --columns;
    return std::max<size_t>(columns, 1);
}

std::string number(size_t n) { return std::to_string(n); }

// memchr jumps over long runs without the character (the usual case) much faster than a loop.
size_t count_char(std::string_view text, char c) {
    size_t n = 0;
    for (const char *p = text.data(), *end = text.data() + text.size();
         (p = static_cast<const char*>(std::memchr(p, c, static_cast<size_t>(end - p)))) != nullptr; ++p)
        ++n;
    return n;
}

struct Line {
    size_t offset;
    std::string_view text;
};

std::vector<Line> lines_of(std::string_view body) {
    std::vector<Line> lines;
    size_t start = 0;
    while (start <= body.size()) {
        size_t end = body.find('\n', start);
        if (end == std::string_view::npos) end = body.size();
        lines.push_back({start, body.substr(start, end - start)});
        start = end + 1;
    }
    return lines;
}

// cmark's bracket stack keeps every unmatched "![" and walks it on each link: many "![" in one
// paragraph followed by many links is quadratic. Table cells are parsed one by one, so below a
// delimiter row the count starts again on every line.
void check_image_openers(const std::vector<Line>& lines, std::vector<ShapeProblem>& out) {
    size_t count = 0;
    size_t block_start = 0;
    bool in_table = false;
    for (const Line& line : lines) {
        if (is_blank(line.text)) {
            count = 0;
            in_table = false;
            continue;
        }
        if (count == 0 || in_table) block_start = line.offset;
        if (in_table) count = 0;
        if (looks_like_delimiter_row(line.text)) in_table = true;
        for (size_t i = 0; i + 1 < line.text.size(); ++i) {
            if (line.text[i] == '!' && line.text[i + 1] == '[') ++count;
        }
        if (count > k_max_image_openers_per_block) {
            out.push_back({block_start, "Avsnittet har mer enn " + number(k_max_image_openers_per_block) +
                                            " bildeklammer «![», og det er for mange til å tolke trygt.",
                           "Del avsnittet opp med tomme linjer, eller skriv «\\![» der du ikke mener et bilde."});
            return;
        }
    }
}

// The table extension appends cells to a linked list by walking it (quadratic in columns), and
// pads every short row to the header's width (a two-byte row can become a hundred cells).
void check_tables(const std::vector<Line>& lines, std::vector<ShapeProblem>& out) {
    bool reported_width = false;
    size_t table_end = 0;  // rows up to here were already counted for an earlier delimiter row
    for (size_t i = 0; i < lines.size(); ++i) {
        const size_t pipes = count_char(lines[i].text, '|');
        if (!reported_width && pipes > k_max_table_columns + 1) {
            out.push_back({lines[i].offset, "Linjen har " + number(pipes) + " loddrette streker «|»; en tabell kan ha høyst " +
                                                number(k_max_table_columns) + " kolonner.",
                           "Del tabellen opp i flere mindre tabeller."});
            reported_width = true;
        }
        if (i < table_end || !looks_like_delimiter_row(lines[i].text)) continue;
        const size_t columns = delimiter_columns(lines[i].text, pipes);
        size_t rows = 0;
        for (size_t j = i + 1; j < lines.size() && !is_blank(lines[j].text); ++j) ++rows;
        if (columns * rows > k_max_table_cells) {
            out.push_back({lines[i].offset, "Tabellen blir for stor: " + number(columns) + " kolonner og " + number(rows) +
                                                " rader; høyst " + number(k_max_table_cells) + " celler er tillatt.",
                           "Del tabellen opp, eller sett en tom linje der tabellen skal slutte."});
            return;
        }
        table_end = i + 1 + rows;
    }
}

// The autolink extension recounts the parentheses of the whole link for every trailing ')'.
void check_autolink_parens(std::string_view body, std::vector<ShapeProblem>& out) {
    size_t word_start = 0;
    size_t parens = 0;
    bool link_like = false;
    for (size_t i = 0; i <= body.size(); ++i) {
        const char c = i < body.size() ? body[i] : ' ';
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<') {
            if (link_like && parens > k_max_closing_parens_per_word) {
                out.push_back({word_start, "En nettadresse i teksten har " + number(parens) +
                                               " avsluttende parenteser «)»; høyst " +
                                               number(k_max_closing_parens_per_word) + " er tillatt.",
                               "Sett inn mellomrom, eller skriv lenken som «[tekst](adresse)»."});
                return;
            }
            word_start = i + 1;
            parens = 0;
            link_like = false;
            continue;
        }
        if (c == ')') ++parens;
        else if (c == ':' || c == '@' || c == '.') link_like = true;
    }
}

}  // namespace

std::vector<ShapeProblem> check_input_shape(std::string_view body) {
    std::vector<ShapeProblem> problems;
    if (body.size() > k_max_body_bytes) {
        problems.push_back({0, "Teksten er på " + number(body.size()) + " byte; største tillatte størrelse er " +
                                   number(k_max_body_bytes) + " byte.",
                            "Del siden opp i flere sider."});
        return problems;
    }
    // The image and parenthesis checks cannot find anything in a body with fewer of those
    // characters in all than one block or word may have; most bodies are such.
    const auto count = [&](char c) { return count_char(body, c); };
    const std::vector<Line> lines = lines_of(body);
    if (count('!') > k_max_image_openers_per_block) check_image_openers(lines, problems);
    if (count('|') > 0) check_tables(lines, problems);
    if (count(')') > k_max_closing_parens_per_word) check_autolink_parens(body, problems);
    return problems;
}

}  // namespace stilas::markdown
