#include "yaml/simple_scanner.hpp"

#include <algorithm>
#include <array>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace stilas::yaml {
namespace {

bool is_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// yaml-cpp reports these plain scalars as null, not as text.
bool is_null_literal(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// A table of the bytes in `chars`, for tests on every byte of a value.
constexpr std::array<bool, 256> byte_set(std::string_view chars) {
    std::array<bool, 256> set{};
    for (char c : chars) set[static_cast<unsigned char>(c)] = true;
    return set;
}

bool contains_any(std::string_view text, const std::array<bool, 256>& set) {
    return std::any_of(text.begin(), text.end(), [&set](char c) { return set[static_cast<unsigned char>(c)]; });
}

// Characters that make a plain scalar something else when they start it, or that the shapes
// accepted here leave to yaml-cpp: indicators, quotes, and every ASCII punctuation mark whose
// meaning at the start of a value is not plain text.
constexpr std::array<bool, 256> k_unsafe_first = byte_set(" -?:,[]{}#&*!|>'\"%@`");
bool safe_first(char c) { return !k_unsafe_first[static_cast<unsigned char>(c)]; }

// What a flow list's plain items may not contain: anything that could nest, quote or map.
constexpr std::array<bool, 256> k_not_in_flow_item = byte_set("[]{}#:'\"");

class Scanner {
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

    std::optional<std::vector<Event>> run() {
        if (m_text.find('\t') != std::string_view::npos || m_text.find('\r') != std::string_view::npos) return std::nullopt;
        const auto newlines = static_cast<size_t>(std::count(m_text.begin(), m_text.end(), '\n'));
        m_lines.reserve(newlines + 1);
        m_events.reserve(2 * newlines + 8);  // a key and a value a line, and the four around them
        for (size_t pos = 0; pos < m_text.size();) {
            size_t end = m_text.find('\n', pos);
            if (end == std::string_view::npos) end = m_text.size();
            m_lines.push_back({pos, m_text.substr(pos, end - pos)});
            pos = end + 1;
        }
        m_events.push_back({Event::Kind::document_start, 0, {}, false, false});
        bool any = false;
        for (size_t i = 0; i < m_lines.size(); ++i) {
            if (skippable(m_lines[i].text)) continue;
            if (!any) m_events.push_back({Event::Kind::map_start, m_lines[i].offset, {}, false, false});
            any = true;
            if (!entry(i)) return std::nullopt;
        }
        if (!any) return std::nullopt;  // empty or comments only: yaml-cpp's own answer is simplest
        m_events.push_back({Event::Kind::map_end, 0, {}, false, false});
        m_events.push_back({Event::Kind::document_end, 0, {}, false, false});
        return std::move(m_events);
    }

private:
    static bool skippable(std::string_view line) {
        const size_t first = line.find_first_not_of(' ');
        return first == std::string_view::npos || (first == 0 && line[0] == '#');
    }

    // `key: value` at column 1, or `key:` followed by `- item` lines.
    bool entry(size_t& i) {
        const size_t at = m_lines[i].offset;
        const std::string_view line = m_lines[i].text;
        size_t k = 0;
        while (k < line.size() && is_key_char(line[k])) ++k;
        if (k == 0 || line[0] == '-' || k >= line.size() || line[k] != ':') return false;
        const std::string_view key = line.substr(0, k);
        if (is_null_literal(key)) return false;
        m_events.push_back({Event::Kind::scalar, at, std::string(key), false, false});
        size_t v = k + 1;
        if (v < line.size() && line[v] != ' ') return false;
        while (v < line.size() && line[v] == ' ') ++v;
        if (v == line.size()) return block_list(i);
        if (line[v] == '[') return flow_list(at + v, line.substr(v));
        if (line[v] == '>' || line[v] == '|') return block_scalar(i, v);
        return value(at + v, line.substr(v), false);
    }

    // The `- item` lines after line i, all at one indent; i moves to the last of them.
    bool block_list(size_t& i) {
        size_t indent = std::string_view::npos;
        size_t last = i;
        for (size_t j = i + 1; j < m_lines.size(); ++j) {
            const std::string_view line = m_lines[j].text;
            const size_t dash = line.find_first_not_of(' ');
            if (dash == std::string_view::npos) return false;  // a blank line inside: leave it to yaml-cpp
            if (line[dash] != '-') break;
            if (indent == std::string_view::npos) indent = dash;
            if (dash != indent || dash + 2 >= line.size() || line[dash + 1] != ' ') return false;
            last = j;
        }
        if (last == i) return false;  // an empty value: yaml-cpp places its mark elsewhere
        m_events.push_back({Event::Kind::sequence_start, m_lines[i + 1].offset + indent, {}, false, false});
        for (size_t j = i + 1; j <= last; ++j) {
            size_t v = indent + 1;
            while (v < m_lines[j].text.size() && m_lines[j].text[v] == ' ') ++v;
            if (!value(m_lines[j].offset + v, m_lines[j].text.substr(v), true)) return false;
        }
        m_events.push_back({Event::Kind::sequence_end, 0, {}, false, false});
        i = last;
        return true;
    }

    // `>`, `>-`, `|` or `|-` and then lines at one indent, none blank, none with trailing
    // spaces: folded joins them with spaces, literal with line breaks; `-` drops the final one.
    bool block_scalar(size_t& i, size_t header) {
        const std::string_view line = m_lines[i].text;
        std::string_view indicator = line.substr(header);
        while (!indicator.empty() && indicator.back() == ' ') indicator.remove_suffix(1);
        if (indicator != ">" && indicator != ">-" && indicator != "|" && indicator != "|-") return false;
        const char join = indicator[0] == '>' ? ' ' : '\n';
        const bool strip = indicator.size() == 2;
        size_t indent = 0;
        size_t last = i;
        std::string text;
        for (size_t j = i + 1; j < m_lines.size(); ++j) {
            const std::string_view content = m_lines[j].text;
            const size_t first = content.find_first_not_of(' ');
            if (first == std::string_view::npos) return false;  // blank lines fold in their own way
            if (first == 0) break;                             // the next key
            if (indent == 0) indent = first;
            if (first != indent || content.back() == ' ') return false;
            if (!text.empty()) text += join;
            text += content.substr(indent);
            last = j;
        }
        if (last == i) return false;
        // Clipping keeps the last line break, if the text has one there.
        if (!strip && m_lines[last].offset + m_lines[last].text.size() < m_text.size()) text += '\n';
        m_events.push_back({Event::Kind::scalar, m_lines[i].offset + header, std::move(text), true, false});
        i = last;
        return true;
    }

    bool value(size_t at, std::string_view text, bool in_list) {
        if (!text.empty() && text[0] == '"') return double_quoted(at, text);
        if (in_list && (text.starts_with('[') || text.starts_with('-'))) return false;
        return plain(at, text);
    }

    // "text" without escapes, on one line, with nothing after the closing quote.
    bool double_quoted(size_t at, std::string_view text) {
        while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
        if (text.size() < 2 || text.back() != '"') return false;
        const std::string_view inner = text.substr(1, text.size() - 2);
        if (inner.find('\\') != std::string_view::npos || inner.find('"') != std::string_view::npos) return false;
        m_events.push_back({Event::Kind::scalar, at, std::string(inner), true, false});
        return true;
    }

    bool plain(size_t at, std::string_view value) {
        while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
        if (value.empty() || !safe_first(value[0]) || value.back() == ':') return false;
        if (value.find(": ") != std::string_view::npos || value.find(" #") != std::string_view::npos) return false;
        scalar(at, value);
        return true;
    }

    // `[a, b, c]`: plain items without anything that could nest, quote or map.
    bool flow_list(size_t at, std::string_view value) {
        while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
        if (value.size() < 2 || value.back() != ']') return false;
        const std::string_view inner = value.substr(1, value.size() - 2);
        if (contains_any(inner, k_not_in_flow_item)) return false;
        m_events.push_back({Event::Kind::sequence_start, at, {}, false, true});
        if (inner.find_first_not_of(' ') != std::string_view::npos) {
            size_t start = 0;
            for (;;) {
                const size_t comma = inner.find(',', start);
                std::string_view item = inner.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
                size_t lead = 0;
                while (lead < item.size() && item[lead] == ' ') ++lead;
                item.remove_prefix(lead);
                while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
                if (item.empty() || !safe_first(item[0])) return false;
                scalar(at + 1 + start + lead, item);
                if (comma == std::string_view::npos) break;
                start = comma + 1;
            }
        }
        m_events.push_back({Event::Kind::sequence_end, 0, {}, false, false});
        return true;
    }

    void scalar(size_t at, std::string_view value) {
        if (is_null_literal(value)) m_events.push_back({Event::Kind::null, at, {}, false, false});
        else m_events.push_back({Event::Kind::scalar, at, std::string(value), false, false});
    }

    struct Line {
        size_t offset;
        std::string_view text;
    };
    std::string_view m_text;
    std::vector<Line> m_lines;
    std::vector<Event> m_events;
};

class Recorder final : public YAML::EventHandler {
public:
    std::vector<Event> events;
    int documents = 0;

    void OnDocumentStart(const YAML::Mark&) override {
        if (++documents == 1) events.push_back({Event::Kind::document_start, 0, {}, false, false});
    }
    void OnDocumentEnd() override { add({Event::Kind::document_end, 0, {}, false, false}); }
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { add({Event::Kind::null, at(mark), {}, false, false}); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { add({Event::Kind::null, at(mark), "*", false, false}); }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
        add({Event::Kind::scalar, at(mark), value, tag == "!" || tag == "tag:yaml.org,2002:str", false});
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value style) override {
        add({Event::Kind::sequence_start, at(mark), {}, false, style == YAML::EmitterStyle::Flow});
    }
    void OnSequenceEnd() override { add({Event::Kind::sequence_end, 0, {}, false, false}); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value style) override {
        add({Event::Kind::map_start, at(mark), {}, false, style == YAML::EmitterStyle::Flow});
    }
    void OnMapEnd() override { add({Event::Kind::map_end, 0, {}, false, false}); }

private:
    static size_t at(const YAML::Mark& mark) { return mark.pos < 0 ? 0 : static_cast<size_t>(mark.pos); }
    void add(Event e) {
        if (documents == 1) events.push_back(std::move(e));
    }
};

}  // namespace

std::optional<std::vector<Event>> scan_simple(std::string_view text) { return Scanner(text).run(); }

std::optional<std::vector<Event>> yaml_cpp_events(std::string_view text) {
    std::istringstream in{std::string(text)};
    Recorder recorder;
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(recorder);
    } catch (const YAML::Exception&) {
        return std::nullopt;
    }
    return std::move(recorder.events);
}

}  // namespace stilas::yaml
