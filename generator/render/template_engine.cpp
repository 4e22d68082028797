// The Mustache engine's compiler (tags, sections, partials) and renderer over render::Value.
#include "render/template_engine.hpp"

#include <atomic>
#include <cstdint>
#include <memory>

#include "render/page_buffer.hpp"

// Stilas's own Mustache: a template is compiled once into a tree of nodes (names split at their
// dots, partials resolved) and rendered straight from render::Value, so a page costs one walk
// over its template and no copies of its data.
// Supported: {{x}}, {{{x}}}, {{&x}}, {{#x}}…{{/x}}, {{^x}}…{{/x}}, {{! …}}, {{> partial}},
// dotted names and {{.}}. Standalone tag lines are removed before compiling (as the spec asks).

namespace stilas::render {

namespace {

/// One step of a dotted name, its key bit (Value::Key) and where it was last found in an object
/// (Value::find's hint): pages built alike hold a name at the same place, so most lookups compare
/// one key. Threads rendering at once share the hint; a stale one only costs a search.
struct NamePart {
    std::string name;
    std::uint32_t bit;
    mutable std::atomic<std::uint32_t> own{0};
    mutable std::atomic<std::uint32_t> defaults{0};

    explicit NamePart(std::string n) : name(std::move(n)), bit(Value::Key(name).bit) {}
    NamePart(const NamePart& other)
        : name(other.name), bit(other.bit), own(other.own.load()), defaults(other.defaults.load()) {}
    NamePart(NamePart&& other) noexcept
        : name(std::move(other.name)), bit(other.bit), own(other.own.load()), defaults(other.defaults.load()) {}

    Value::Key key() const { return {name, bit}; }

    /// The member `name` of `object` (resolved), or nullptr. Most lookups end at the member the
    /// hint points to (Value::find_at_hint); the others search, in a call of their own.
    [[gnu::noinline]] const Value* find_in(const Value& object) const {
        const Value::Hint hint{own.load(std::memory_order_relaxed), defaults.load(std::memory_order_relaxed)};
        if (const Value* found = object.find_at_hint(key(), hint)) return found;
        return search_in(object);
    }

    /// find_in() past its first step: a search, which moves the hint to where the key was found.
    [[gnu::noinline]] const Value* search_in(const Value& object) const {
        const Value::Hint before{own.load(std::memory_order_relaxed), defaults.load(std::memory_order_relaxed)};
        Value::Hint at = before;
        const Value* found = object.search(key(), at);
        if (at.own != before.own) own.store(at.own, std::memory_order_relaxed);
        if (at.defaults != before.defaults) defaults.store(at.defaults, std::memory_order_relaxed);
        return found;
    }
};

}  // namespace

struct TemplateEngine::Node {
    enum class Kind { text, escaped, raw, section, inverted, partial };
    Kind kind = Kind::text;
    std::string text;                  // the tag's name; text: the literal, PageBuffer::padded
    std::vector<NamePart> path;        // the name split at its dots; empty for "."
    const Compiled* partial = nullptr; // partials: the engine's, or nullptr when it has none
    std::vector<Node> children;        // sections
};

struct TemplateEngine::Compiled {
    Node root;
};

namespace {

using Node = TemplateEngine::Node;
using Compiled = TemplateEngine::Compiled;

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

// A line that holds only a section, comment or partial tag leaves neither its indentation nor
// its line break in the output.
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

std::string trimmed(std::string_view s) {
    const size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const size_t last = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(first, last - first + 1));
}

/// A node for a tag or a run of text; names are split at their dots ("." is the current item).
Node make_node(Node::Kind kind, std::string text) {
    Node node{kind, std::move(text), {}, nullptr, {}};
    if (kind == Node::Kind::text) {
        node.text = PageBuffer::padded(node.text);
        return node;
    }
    if (kind == Node::Kind::partial || node.text == ".") return node;
    for (size_t start = 0;;) {
        const size_t dot = node.text.find('.', start);
        node.path.emplace_back(node.text.substr(start, dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return node;
}

struct OpenSection {
    Node* node;
    size_t offset;
};

// Compiles `source` into `root`'s children; the first syntax error, with its byte offset.
std::optional<TemplateError> compile_into(const std::string& source, Node& root) {
    std::vector<OpenSection> open{{&root, 0}};
    size_t pos = 0;
    while (pos < source.size()) {
        const size_t tag = source.find("{{", pos);
        if (tag == std::string::npos) {
            open.back().node->children.push_back(make_node(Node::Kind::text, source.substr(pos)));
            break;
        }
        if (tag > pos) open.back().node->children.push_back(make_node(Node::Kind::text, source.substr(pos, tag - pos)));
        const bool triple = source.compare(tag, 3, "{{{") == 0;
        const size_t body = tag + (triple ? 3 : 2);
        const size_t close = source.find(triple ? "}}}" : "}}", body);
        if (close == std::string::npos) return TemplateError{tag, "en tagg mangler sin avsluttende «}}»"};
        pos = close + (triple ? 3 : 2);
        std::string contents = trimmed(std::string_view(source).substr(body, close - body));
        if (triple) {
            open.back().node->children.push_back(make_node(Node::Kind::raw, contents));
            continue;
        }
        const char sigil = contents.empty() ? '\0' : contents[0];
        std::string name = sigil == '#' || sigil == '^' || sigil == '/' || sigil == '>' || sigil == '&' || sigil == '!'
                               ? trimmed(std::string_view(contents).substr(1))
                               : contents;
        switch (sigil) {
        case '!': break;
        case '=': return TemplateError{tag, "taggen som bytter skilletegn er ugyldig"};
        case '#':
        case '^': {
            auto& children = open.back().node->children;
            children.push_back(make_node(sigil == '#' ? Node::Kind::section : Node::Kind::inverted, name));
            open.push_back({&children.back(), tag});
            break;
        }
        case '/':
            if (open.size() == 1) return TemplateError{tag, "«{{/" + name + "}}» lukker en seksjon som ikke er åpnet"};
            if (open.back().node->text != name)
                return TemplateError{open.back().offset, "seksjonen «" + open.back().node->text + "» er ikke lukket"};
            open.pop_back();
            break;
        case '>': open.back().node->children.push_back(make_node(Node::Kind::partial, name)); break;
        case '&': open.back().node->children.push_back(make_node(Node::Kind::raw, name)); break;
        default: open.back().node->children.push_back(make_node(Node::Kind::escaped, name));
        }
    }
    if (open.size() > 1) return TemplateError{open.back().offset, "seksjonen «" + open.back().node->text + "» er ikke lukket"};
    return std::nullopt;
}

using PartialTable = std::map<std::string, std::shared_ptr<const Compiled>, std::less<>>;

/// Points every {{> name}} below `node` to the partial of that name (nullptr: none, renders
/// nothing), so rendering never looks a partial up.
void resolve_partials(Node& node, const PartialTable& partials) {
    for (Node& child : node.children) {
        if (child.kind == Node::Kind::partial) {
            const auto it = partials.find(child.text);
            child.partial = it == partials.end() ? nullptr : it->second.get();
        }
        resolve_partials(child, partials);
    }
}

void collect_names(const Node& node, std::set<std::string, std::less<>>& names) {
    for (const NamePart& part : node.path) names.insert(part.name);
    for (const Node& child : node.children) collect_names(child, names);
}

// An empty string is false, like an empty list: views use "" for "absent". Inline: every
// section and inverted section of every page asks.
[[gnu::always_inline]] inline bool is_false(const Value* v) {
    if (!v) return true;
    switch (v->kind()) {
    case Value::Kind::boolean: return !v->flag_value();
    case Value::Kind::string: return v->text().empty();
    case Value::Kind::list: return v->items().empty();
    case Value::Kind::object: return false;
    }
    return false;
}

class Renderer {
public:
    explicit Renderer(PageBuffer& out) : m_out(out) {}

    /// Renders `node`'s children with `context` as the innermost context.
    void render_in(const Node& node, const Value& context, int depth) {
        const Value* const outer = m_current;
        m_current = &context;
        if (context.is_object()) {
            const ObjectContext inner{&context, m_objects};
            m_objects = &inner;
            render(node, depth);
            m_objects = inner.outer;
        } else {
            render(node, depth);
        }
        m_current = outer;
    }

private:
    void render(const Node& node, int depth) {
        for (const Node& child : node.children) {
            // Text is half the nodes: tested first, it skips the switch's table jump.
            if (child.kind == Node::Kind::text) {
                m_out.append_padded(child.text);
                continue;
            }
            switch (child.kind) {
            case Node::Kind::text: break;
            case Node::Kind::escaped:
            case Node::Kind::raw: write_variable(child); break;
            case Node::Kind::section: render_section(child, depth); break;
            case Node::Kind::inverted:
                if (is_false(lookup(child))) render(child, depth);
                break;
            case Node::Kind::partial:
                // Partials may include each other for nested data; the depth bound stops a loop.
                if (child.partial && depth < 64) render(child.partial->root, depth + 1);
                break;
            }
        }
    }

    /// The node's name from the innermost object context outwards: the first in which the
    /// whole dotted path exists. "." is the innermost context, whatever it is.
    /// Iterators rather than indexes: a vector's size is a division (its elements are not a
    /// power of two bytes), and every lookup would pay it per step.
    const Value* lookup(const Node& node) const {
        if (node.path.empty()) return m_current;
        const auto first = node.path.begin();
        const auto last = node.path.end();
        for (const ObjectContext* context = m_objects; context; context = context->outer) {
            const Value* found = first->find_in(*context->object);
            for (auto part = first + 1; found && part != last; ++part) found = part->find_in(*found);
            if (found) return found;
        }
        return nullptr;
    }

    void write_variable(const Node& node) {
        const Value* v = lookup(node);
        if (!v || !v->is_string()) return;
        if (node.kind == Node::Kind::escaped) m_out.append_escaped(v->text());
        else m_out.append(v->text());
    }

    void render_section(const Node& node, int depth) {
        const Value* v = lookup(node);
        if (is_false(v)) return;
        if (!v->is_list()) return render_in(node, *v, depth);
        // Items far apart in memory (other pages' cards) are fetched ahead: the value a few
        // items on, and the members of the one after next, whose value is in cache by then.
        const std::vector<Value>& items = v->items();
        const size_t n = items.size();
        for (size_t k = 0; k < n; ++k) {
            if (k + k_value_ahead < n) items[k + k_value_ahead].prefetch_resolved();
            if (k + k_members_ahead < n) items[k + k_members_ahead].resolved().prefetch_members();
            render_in(node, items[k].resolved(), depth);
        }
    }

    static constexpr size_t k_value_ahead = 4, k_members_ahead = 2;

    PageBuffer& m_out;
    /// A context that is an object (resolved), on render_in()'s stack frame: entering and leaving
    /// one costs no vector's growth checks, and a lookup follows `outer` outwards.
    struct ObjectContext {
        const Value* object;
        const ObjectContext* outer;
    };
    const Value* m_current = nullptr;             ///< the innermost context (resolved), for "."
    const ObjectContext* m_objects = nullptr;     ///< the innermost object context; nullptr: none
};

}  // namespace


std::optional<TemplateError> check_template(const std::string& source) {
    Node root;
    return compile_into(source, root);
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
    std::vector<std::shared_ptr<Compiled>> compiled;
    for (auto& [name, text] : partials) {
        auto partial = std::make_shared<Compiled>();
        if (compile_into(strip_standalone_lines(text), partial->root)) continue;
        m_partials.emplace(name, partial);
        compiled.push_back(std::move(partial));
    }
    // Partials may include each other (and themselves): resolved once all are compiled.
    for (const auto& partial : compiled) resolve_partials(partial->root, m_partials);
}

TemplateEngine::~TemplateEngine() = default;
TemplateEngine::TemplateEngine(TemplateEngine&&) noexcept = default;
TemplateEngine& TemplateEngine::operator=(TemplateEngine&&) noexcept = default;

std::shared_ptr<const TemplateEngine::Compiled> TemplateEngine::compile(const std::string& source,
                                                                        TemplateError& error) const {
    auto compiled = std::make_shared<Compiled>();
    if (auto problem = compile_into(strip_standalone_lines(source), compiled->root)) {
        error = *problem;
        error.offset.reset();  // an offset in the stripped text, not in the file
        return nullptr;
    }
    resolve_partials(compiled->root, m_partials);
    return compiled;
}

std::string TemplateEngine::render(const Compiled& compiled, const Value& data) const {
    std::string out;
    render_to(out, compiled, data);
    return out;
}

void TemplateEngine::render_to(std::string& out, const Compiled& compiled, const Value& data) const {
    // One buffer per thread, kept from render to render: its room is never given back.
    thread_local PageBuffer buffer;
    buffer.clear();
    render_to(buffer, compiled, data);
    out.append(buffer.view());
}

void TemplateEngine::render_to(PageBuffer& out, const Compiled& compiled, const Value& data) const {
    Renderer(out).render_in(compiled.root, data.resolved(), 0);
}

std::set<std::string, std::less<>> TemplateEngine::names_read(const std::vector<const Compiled*>& templates) const {
    std::set<std::string, std::less<>> names;
    for (const Compiled* compiled : templates) collect_names(compiled->root, names);
    for (const auto& [name, partial] : m_partials) collect_names(partial->root, names);
    return names;
}

std::optional<std::string> TemplateEngine::render(const std::string& source, const Value& data,
                                                  TemplateError& error) const {
    const std::shared_ptr<const Compiled> compiled = compile(source, error);
    if (!compiled) return std::nullopt;
    return render(*compiled, data);
}

}  // namespace stilas::render
