#include "content/generic_mode.hpp"

#include <algorithm>

#include "content/builtin_fields.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace stilas::content {

namespace {

diag::SourcePos body_pos(std::string_view body, size_t offset, int body_first_line, const std::string& path) {
    auto lc = util::line_col_at(body, offset);
    return {path, lc.line + body_first_line - 1, lc.col};
}

bool is_fence(std::string_view line) {
    std::string_view t = line.substr(std::min(line.find_first_not_of(' '), line.size()));
    return line.size() - t.size() <= 3 && (t.starts_with("```") || t.starts_with("~~~"));
}

// The text of a TOML basic ("…") or literal ('…') string at the start of `s`.
std::optional<std::string> toml_string(std::string_view s) {
    if (s.empty() || (s[0] != '"' && s[0] != '\'')) return std::nullopt;
    char quote = s[0];
    std::string out;
    for (size_t i = 1; i < s.size(); ++i) {
        if (s[i] == quote) return out;
        if (quote == '"' && s[i] == '\\' && i + 1 < s.size()) ++i;
        out += s[i];
    }
    return std::nullopt;
}

}  // namespace

void read_generic_front_matter(Document& document, const yaml::Node& root) {
    for (const auto& [key, value] : root.entries) {
        if (const auto* builtin = config::find_builtin_page_field(key.scalar)) {
            if (auto read = read_builtin_leniently(*builtin, value))
                apply_builtin_field(document, key.scalar, std::move(*read),
                                    {document.display_path, value.line, value.col});
            continue;
        }
        document.fields.push_back({nullptr, key.scalar, value});
    }
}

std::optional<std::string> toml_title(std::string_view toml) {
    for (std::string_view line : util::split_lines(toml)) {
        std::string_view t = util::trim(line);
        if (t.starts_with("[")) break;  // a table: keys below it are not the page's own
        if (!t.starts_with("title")) continue;
        t = util::trim(t.substr(5));
        if (!t.starts_with("=")) continue;
        if (auto title = toml_string(util::trim(t.substr(1)))) return title;
    }
    return std::nullopt;
}

std::optional<HeadingTitle> first_heading(std::string_view body, int body_first_line) {
    bool in_fence = false;
    int line_number = body_first_line;
    for (std::string_view line : util::split_lines(body)) {
        int this_line = line_number++;
        if (is_fence(line)) in_fence = !in_fence;
        if (in_fence) continue;
        size_t indent = std::min(line.find_first_not_of(' '), line.size());
        if (indent > 3 || !line.substr(indent).starts_with("# ")) continue;
        std::string_view rest = line.substr(indent + 2);
        size_t lead = std::min(rest.find_first_not_of(" \t"), rest.size());
        std::string_view text = rest.substr(lead);
        // An ATX heading may end with a closing run of `#`.
        size_t end = text.find_last_not_of(" \t");
        text = end == std::string_view::npos ? std::string_view{} : text.substr(0, end + 1);
        size_t hashes = text.find_last_not_of('#');
        if (hashes != std::string_view::npos && hashes + 1 < text.size() && text[hashes] == ' ')
            text = util::trim(text.substr(0, hashes));
        if (text.empty()) continue;
        int col = static_cast<int>(util::count_code_points(line.substr(0, indent + 2 + lead))) + 1;
        return HeadingTitle{std::string(text), this_line, col};
    }
    return std::nullopt;
}

void warn_foreign_syntax(std::string_view body, int body_first_line, const std::string& display_path,
                         diag::Diagnostics& diagnostics) {
    size_t shortcode = std::min(body.find("{{<"), body.find("{{%"));
    if (shortcode != std::string_view::npos)
        diagnostics.warning(body_pos(body, shortcode, body_first_line, display_path), "GEN001",
                            "Hugo-kortkoden «" + std::string(body.substr(shortcode, 3)) +
                                "» forstås ikke og vises som tekst.",
                            "Skriv innholdet om til vanlig Markdown.");
    for (size_t at = body.find("{%"); at != std::string_view::npos; at = body.find("{%", at + 1)) {
        if (at > 0 && body[at - 1] == '{') continue;  // the `{{%` of a Hugo shortcode
        diagnostics.warning(body_pos(body, at, body_first_line, display_path), "GEN003",
                            "Liquid-koden «{%» forstås ikke og vises som tekst.",
                            "Skriv innholdet om til vanlig Markdown.");
        break;
    }
}

}  // namespace stilas::content
