#include "render/template_engine.hpp"

#include <kainjow/mustache.hpp>

#include <exception>

namespace stilas::render {

namespace km = kainjow::mustache;

namespace {

std::string html_escape(const std::string& s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

km::data to_data(const Value& value) {
    switch (value.kind()) {
    case Value::Kind::boolean: return km::data(value.flag_value());
    // Mustache treats "" as true; views use "" for "absent", so it becomes false here.
    case Value::Kind::string: return value.text().empty() ? km::data(false) : km::data(value.text());
    case Value::Kind::list: {
        km::data list = km::data::type::list;
        for (const auto& item : value.items()) list.push_back(to_data(item));
        return list;
    }
    case Value::Kind::object: break;
    }
    km::data object = km::data::type::object;
    for (const auto& [key, member] : value.members()) object.set(key, to_data(member));
    return object;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

/// True when `line` holds only one section, inverted, closing, comment or partial tag.
bool is_standalone_tag_line(std::string_view line) {
    const size_t start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos || line.compare(start, 2, "{{") != 0 || start + 2 >= line.size()) return false;
    const char sigil = line[start + 2];
    if (sigil != '#' && sigil != '^' && sigil != '/' && sigil != '!' && sigil != '>') return false;
    const size_t end = line.find("}}", start + 2);
    return end != std::string_view::npos && line.find("{{", start + 2) == std::string_view::npos &&
           is_blank(line.substr(end + 2));
}

// The Mustache spec drops a line that holds only a section tag; kainjow does so only when the
// section renders, leaving a blank line for every false one. Removing such lines' indentation
// and line break up front gives the spec's output either way.
std::string strip_standalone_lines(const std::string& source) {
    std::string out;
    out.reserve(source.size());
    size_t pos = 0;
    while (pos < source.size()) {
        size_t end = source.find('\n', pos);
        const size_t next = end == std::string::npos ? source.size() : end + 1;
        if (end == std::string::npos) end = source.size();
        std::string_view line(source.data() + pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (is_standalone_tag_line(line)) {
            const size_t first = line.find_first_not_of(" \t");
            const size_t last = line.rfind("}}");
            out.append(line.substr(first, last + 2 - first));
        } else {
            out.append(source, pos, next - pos);
        }
        pos = next;
    }
    return out;
}

// kainjow reports "… at <offset>"; the offset is the part we can place in the file.
TemplateError translate(const std::string& message) {
    TemplateError error;
    const size_t at = message.rfind(" at ");
    if (at != std::string::npos) {
        try {
            error.offset = static_cast<size_t>(std::stoull(message.substr(at + 4)));
        } catch (const std::exception&) {
        }
    }
    const auto quoted = [&message] {
        const size_t open = message.find('"'), close = message.rfind('"');
        return open != std::string::npos && close > open ? message.substr(open + 1, close - open - 1) : std::string();
    };
    if (message.starts_with("Unclosed tag"))
        error.message = "en tagg mangler sin avsluttende «}}»";
    else if (message.starts_with("Unclosed section"))
        error.message = "seksjonen «" + quoted() + "» er ikke lukket";
    else if (message.starts_with("Unopened section"))
        error.message = "«{{/" + quoted() + "}}» lukker en seksjon som ikke er åpnet";
    else if (message.starts_with("Invalid set delimiter"))
        error.message = "taggen som bytter skilletegn er ugyldig";
    else
        error.message = "malen kan ikke tolkes (" + message + ")";
    return error;
}

// Partials come from the theme's own map rather than from the data, so a view member that
// happens to share a partial's name ("breadcrumbs") can never hide the partial.
class ThemeContext : public km::basic_context<std::string> {
public:
    ThemeContext(const km::data& root, const std::map<std::string, km::data, std::less<>>& partials)
        : m_partials(partials) {
        m_items.push_back(&root);
    }
    void push(const km::data* data) override { m_items.insert(m_items.begin(), data); }
    void pop() override { m_items.erase(m_items.begin()); }

    const km::data* get(const std::string& name) const override {
        if (name == ".") return m_items.front();
        for (const km::data* item : m_items) {
            const km::data* var = item;
            size_t start = 0;
            while (var) {
                const size_t dot = name.find('.', start);
                var = var->get(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
                if (dot == std::string::npos) break;
                start = dot + 1;
            }
            if (var) return var;
        }
        return nullptr;
    }

    const km::data* get_partial(const std::string& name) const override {
        const auto it = m_partials.find(name);
        return it == m_partials.end() ? nullptr : &it->second;
    }

private:
    std::vector<const km::data*> m_items;
    const std::map<std::string, km::data, std::less<>>& m_partials;
};

}  // namespace

std::optional<TemplateError> check_template(const std::string& source) {
    try {
        km::mustache parsed(source);
        if (parsed.is_valid()) return std::nullopt;
        return translate(parsed.error_message());
    } catch (const std::exception& e) {
        return TemplateError{std::nullopt, std::string("malen kan ikke tolkes (") + e.what() + ")"};
    }
}

std::vector<PartialUse> partial_uses(const std::string& source) {
    // A plain scan for "{{>": themes that change delimiters are not supported for this check.
    std::vector<PartialUse> uses;
    for (size_t pos = source.find("{{>"); pos != std::string::npos; pos = source.find("{{>", pos + 3)) {
        const size_t end = source.find("}}", pos + 3);
        if (end == std::string::npos) break;
        std::string name = source.substr(pos + 3, end - pos - 3);
        const size_t first = name.find_first_not_of(" \t"), last = name.find_last_not_of(" \t");
        if (first != std::string::npos) uses.push_back({name.substr(first, last - first + 1), pos + 3 + first});
    }
    return uses;
}

TemplateEngine::TemplateEngine(PartialMap partials) {
    for (auto& [name, text] : partials) m_partials.emplace(name, strip_standalone_lines(text));
}

std::optional<std::string> TemplateEngine::render(const std::string& source, const Value& data,
                                                  TemplateError& error) const {
    try {
        km::mustache tmpl(strip_standalone_lines(source));
        if (!tmpl.is_valid()) {
            error = translate(tmpl.error_message());
            error.offset.reset();  // an offset in the stripped text, not in the file
            return std::nullopt;
        }
        tmpl.set_custom_escape(html_escape);
        std::map<std::string, km::data, std::less<>> partials;
        for (const auto& [name, text] : m_partials) partials.emplace(name, km::data(text));
        const km::data root = to_data(data);
        ThemeContext context(root, partials);
        std::string out = tmpl.render(context);
        if (!tmpl.is_valid()) {
            error = translate(tmpl.error_message());
            error.offset.reset();  // the offset is inside a partial, not this template
            return std::nullopt;
        }
        return out;
    } catch (const std::exception& e) {
        error = TemplateError{std::nullopt, std::string("malen kan ikke tolkes (") + e.what() + ")"};
        return std::nullopt;
    }
}

}  // namespace stilas::render
