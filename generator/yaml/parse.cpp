#include "yaml/parse.hpp"

#include "util/utf8.hpp"
#include "yaml/event_reader.hpp"
#include "yaml/line_index.hpp"
#include "yaml/messages.hpp"
#include "yaml/simple_scanner.hpp"
#include "yaml/syntax_message.hpp"
#include "yaml/text_guard.hpp"

namespace stilas::yaml {
namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

// yaml-cpp guesses UTF-16/32 from NUL bytes and leading byte patterns, which would make its
// positions meaningless: only valid UTF-8 without NUL reaches it.
bool check_encoding(std::string_view text, const LineIndex& index, Reporter& reporter) {
    if (auto bad = util::find_invalid_utf8(text)) {
        reporter.syntax(index.at(*bad), "Ugyldig YAML: teksten er ikke gyldig UTF-8.", "Lagre filen som UTF-8.");
        return false;
    }
    if (auto nul = text.find('\0'); nul != std::string_view::npos) {
        reporter.syntax(index.at(nul), "Ugyldig YAML: teksten inneholder et NUL-tegn.", "Fjern tegnet.");
        return false;
    }
    return true;
}

bool check_guards(std::string_view text, const LineIndex& index, Reporter& reporter) {
    GuardResult guard = scan_text(text);
    for (size_t tab : guard.indent_tabs) reporter.indent_tab(index.at(tab));
    if (guard.too_deep) reporter.too_deep(index.at(*guard.too_deep));
    if (guard.unclosed_quote && !guard.too_deep) {
        SyntaxMessage m = translate_syntax_error("illegal EOF in scalar", 0);
        reporter.syntax(index.at(*guard.unclosed_quote), std::move(m.message), std::move(m.hint));
    }
    return guard.indent_tabs.empty() && !guard.too_deep && !guard.unclosed_quote;
}

// The fast path first: a text of its simple shape leaves scan_text nothing to find.
std::optional<Node> read_checked(std::string_view text, int first_line, const LineIndex& index, Reporter& reporter) {
    if (auto simple = read_simple(text, first_line, reporter)) return simple;
    if (!check_guards(text, index, reporter)) return std::nullopt;
    return read_events(text, index, reporter);
}

}  // namespace

std::optional<Node> parse(std::string_view text, const TextOrigin& origin, diag::Diagnostics& diagnostics) {
    // The collector may be shared with other threads: decide success on our own findings only.
    diag::Diagnostics local;
    Reporter reporter(origin.path, local);
    if (text.starts_with(k_bom)) text.remove_prefix(k_bom.size());
    LineIndex index(text, origin.first_line);
    std::optional<Node> root;
    if (text.size() > k_max_bytes)
        reporter.too_large(index.at(0), text.size());
    else if (check_encoding(text, index, reporter))
        root = read_checked(text, origin.first_line, index, reporter);
    bool failed = local.has_errors();
    diagnostics.merge(local);
    if (failed) return std::nullopt;
    return root;
}

}  // namespace stilas::yaml
