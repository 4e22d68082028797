#include "yaml/event_reader.hpp"

#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "yaml/key_index.hpp"
#include "yaml/syntax_message.hpp"
#include "yaml/text_guard.hpp"

namespace stilas::yaml {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

size_t offset_of(const YAML::Mark& mark) { return mark.pos < 0 ? 0 : static_cast<size_t>(mark.pos); }

// yaml-cpp tags plain scalars "?" and quoted or block scalars "!"; an explicit !!str is a string too.
bool is_quoted_tag(const std::string& tag) { return tag == "!" || tag == "tag:yaml.org,2002:str"; }

struct Frame {
    Node node;
    bool flow = false;
    size_t offset = 0;
    std::optional<Node> pending_key;
    KeyIndex keys;
};

class TreeBuilder final : public YAML::EventHandler {
public:
    TreeBuilder(std::string_view text, const LineIndex& index, Reporter& reporter)
        : m_text(text), m_index(index), m_reporter(reporter) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++m_documents == 1) m_first_document_offset = offset_of(mark);
        if (m_documents == 2) report_second_document(offset_of(mark));
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        if (ignoring()) return;
        size_t at = offset_of(mark);
        m_last_offset = at;
        if (at_key_position()) {
            finish(null_key(at));
            return;
        }
        finish(null_node(at));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        if (ignoring()) return;
        size_t at = offset_of(mark);
        m_reporter.anchor_or_alias(m_index.at(at), token_at(at));
        finish(make(Node::Kind::null, at));
    }

    void OnAnchor(const YAML::Mark& mark, const std::string&) override {
        if (ignoring()) return;
        m_reporter.anchor_or_alias(m_index.at(offset_of(mark)), token_at(offset_of(mark)));
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
        if (ignoring()) return;
        size_t at = offset_of(mark);
        m_last_offset = at;
        Node n = make(Node::Kind::scalar, at);
        n.scalar = value;
        n.quoted = is_quoted_tag(tag);
        finish(std::move(n));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value style) override {
        open(Node::Kind::sequence, mark, style);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value style) override {
        open(Node::Kind::mapping, mark, style);
    }
    void OnMapEnd() override { close(); }

    bool in_second_document() const { return m_documents > 1; }
    std::optional<Node> take_root() { return std::move(m_root); }
    size_t last_offset() const { return m_last_offset; }

    /// The innermost open [ ] or { } collection, if any.
    std::optional<size_t> open_flow_offset() const {
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it)
            if (it->flow) return it->offset;
        return std::nullopt;
    }

private:
    bool ignoring() const { return m_documents > 1; }

    bool at_key_position() const {
        return !m_stack.empty() && m_stack.back().node.is_mapping() && !m_stack.back().pending_key;
    }

    // `null:` or `~:` is a name like any other; an empty key (`: x`) is an error.
    Node null_key(size_t at) {
        if (!null_literal_at(at)) {
            Node n = make(Node::Kind::null, at);
            m_reporter.syntax({n.line, n.col}, "Ugyldig YAML: nøkkelen mangler foran kolonet.",
                              "Skriv et navn foran «:».");
            return n;
        }
        Node n = make(Node::Kind::scalar, at);
        std::string_view literal = token_at(at);
        n.scalar = std::string(literal.substr(0, literal.find(':')));
        return n;
    }

    Node make(Node::Kind kind, size_t at) const {
        Node n;
        n.kind = kind;
        FilePos p = m_index.at(at);
        n.line = p.line;
        n.col = p.col;
        return n;
    }

    std::string_view token_at(size_t at) const {
        size_t end = at;
        while (end < m_text.size() && !is_blank(m_text[end]) && m_text.find_first_of(",]}", end) != end) ++end;
        return m_text.substr(at, end - at);
    }

    bool null_literal_at(size_t at) const {
        std::string_view rest = m_text.substr(std::min(at, m_text.size()));
        return rest.starts_with('~') || rest.starts_with("null") || rest.starts_with("Null") ||
               rest.starts_with("NULL");
    }

    // yaml-cpp marks an empty value (`key:` with nothing after it) at the next token; place it
    // at its key, or at its `-`, which is where an editor looks.
    Node null_node(size_t at) const {
        if (null_literal_at(at) || m_stack.empty()) return make(Node::Kind::null, at);
        const Frame& parent = m_stack.back();
        if (parent.pending_key) {
            Node n = make(Node::Kind::null, at);
            n.line = parent.pending_key->line;
            n.col = parent.pending_key->col;
            return n;
        }
        size_t back = at;
        while (back > 0 && is_blank(m_text[back - 1])) --back;
        if (back > 0 && m_text[back - 1] == '-' && parent.node.is_sequence()) return make(Node::Kind::null, back - 1);
        return make(Node::Kind::null, at);
    }

    void open(Node::Kind kind, const YAML::Mark& mark, YAML::EmitterStyle::value style) {
        if (ignoring()) return;
        size_t at = offset_of(mark);
        m_last_offset = at;
        m_stack.push_back(Frame{make(kind, at), style == YAML::EmitterStyle::Flow, at, std::nullopt, {}});
        if (static_cast<int>(m_stack.size()) > k_max_depth && !m_too_deep_reported) {
            m_too_deep_reported = true;
            m_reporter.too_deep(m_index.at(at));
        }
    }

    void close() {
        if (ignoring() || m_stack.empty()) return;
        Node n = std::move(m_stack.back().node);
        m_stack.pop_back();
        // Front matter lives as long as its page: a closed list or mapping keeps no spare room.
        n.items.shrink_to_fit();
        n.entries.shrink_to_fit();
        finish(std::move(n));
    }

    void finish(Node n) {
        if (m_stack.empty()) {
            m_root = std::move(n);
            return;
        }
        Frame& parent = m_stack.back();
        if (parent.node.is_sequence()) {
            parent.node.items.push_back(std::move(n));
        } else if (!parent.pending_key) {
            parent.pending_key = checked_key(std::move(n), parent);
        } else {
            parent.node.entries.emplace_back(std::move(*parent.pending_key), std::move(n));
            parent.pending_key.reset();
        }
    }

    Node checked_key(Node key, Frame& parent) {
        if (key.is_null()) return key;  // already reported by null_key
        if (!key.is_scalar()) {
            m_reporter.syntax({key.line, key.col},
                              "Ugyldig YAML: en nøkkel må være en enkel tekst, ikke en liste eller tabell.",
                              "Skriv nøkkelen som vanlig tekst.");
            return key;
        }
        if (const std::optional<int> first = parent.keys.first_line_of(key.scalar, parent.node.entries, key.line))
            m_reporter.duplicate_key({key.line, key.col}, key.scalar, *first);
        return key;
    }

    void report_second_document(size_t at) {
        if (at == m_first_document_offset) {
            // yaml-cpp makes no progress on a stray `,` at the top level and would emit empty
            // documents forever; we stop after the second one.
            char found = at < m_text.size() ? m_text[at] : 0;
            SyntaxMessage m = translate_syntax_error(YAML::ErrorMsg::UNKNOWN_TOKEN, found);
            m_reporter.syntax(m_index.at(at), std::move(m.message), std::move(m.hint));
            return;
        }
        bool marker = m_text.substr(at).starts_with("---");
        m_reporter.syntax(
            m_index.at(at), "Ugyldig YAML: her begynner et nytt dokument, men teksten kan bare ha ett.",
            marker ? "Fjern «---»-linjen." : "Sjekk innrykket: listepunkter og nøkler kan ikke stå på samme nivå.");
    }

    std::string_view m_text;
    const LineIndex& m_index;
    Reporter& m_reporter;
    std::vector<Frame> m_stack;
    std::optional<Node> m_root;
    int m_documents = 0;
    size_t m_first_document_offset = 0;
    size_t m_last_offset = 0;
    bool m_too_deep_reported = false;
};

// yaml-cpp reports an unclosed quote at the end of the text; find the quote that opened it,
// scanning from the last token yaml-cpp accepted.
size_t unclosed_quote(std::string_view text, size_t from, size_t fallback) {
    for (size_t i = from; i < text.size(); ++i) {
        char c = text[i];
        bool starts_token =
            i == 0 || is_blank(text[i - 1]) || std::string_view(":[{,-").find(text[i - 1]) != std::string_view::npos;
        if ((c != '"' && c != '\'') || !starts_token) continue;
        size_t j = i + 1;
        while (j < text.size() && text[j] != c) j += (c == '"' && text[j] == '\\') ? 2 : 1;
        if (j >= text.size()) return i;
        i = j;
    }
    return fallback;
}

void report_parser_error(const YAML::Exception& e, std::string_view text, const TreeBuilder& builder,
                         const LineIndex& index, Reporter& reporter) {
    size_t at = std::min(offset_of(e.mark), text.size());
    if (e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW || e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW)
        at = builder.open_flow_offset().value_or(at);
    else if (e.msg == YAML::ErrorMsg::EOF_IN_SCALAR)
        at = unclosed_quote(text, builder.last_offset(), at);
    char found = at < text.size() && text[at] > ' ' && text[at] < 0x7f ? text[at] : 0;
    SyntaxMessage m = translate_syntax_error(e.msg, found);
    reporter.syntax(index.at(at), std::move(m.message), std::move(m.hint));
}

}  // namespace

std::optional<Node> read_events(std::string_view text, const LineIndex& index, Reporter& reporter) {
    TreeBuilder builder(text, index, reporter);
    std::istringstream in{std::string(text)};
    try {
        YAML::Parser parser(in);
        if (!parser.HandleNextDocument(builder)) {
            Node empty;
            empty.line = index.at(0).line;
            empty.col = 1;
            return empty;
        }
        parser.HandleNextDocument(builder);  // only to notice a second document
    } catch (const YAML::Exception& e) {
        if (builder.in_second_document()) return builder.take_root();
        report_parser_error(e, text, builder, index, reporter);
        return std::nullopt;
    } catch (const std::exception& e) {
        reporter.syntax(index.at(0), "Ugyldig YAML: " + std::string(e.what()) + ".", "Sjekk YAML-teksten.");
        return std::nullopt;
    }
    return builder.take_root();
}

}  // namespace stilas::yaml
