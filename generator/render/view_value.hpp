// render::Value: the neutral view data handed to templates (strings, flags, lists, objects).
// Built by the view models; turned into the template engine's own data in template_engine.cpp.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stilas::render {

class Value {
public:
    enum class Kind { boolean, string, list, object };

    /// An empty object.
    Value() = default;
    Value(std::string text) : m_kind(Kind::string), m_text(std::move(text)) {}
    Value(const char* text) : m_kind(Kind::string), m_text(text) {}
    explicit Value(bool flag) : m_kind(Kind::boolean), m_flag(flag) {}

    static Value list() {
        Value v;
        v.m_kind = Kind::list;
        return v;
    }
    static Value flag(bool b) { return Value(b); }

    Kind kind() const { return m_kind; }
    bool is_string() const { return m_kind == Kind::string; }
    bool is_list() const { return m_kind == Kind::list; }
    bool is_object() const { return m_kind == Kind::object; }
    /// True for `true`, a non-empty string, a non-empty list and any object. Templates see the
    /// same: an empty string or list hides a {{#section}}.
    bool truthy() const;

    const std::string& text() const { return m_text; }
    bool flag_value() const { return m_flag; }
    const std::vector<Value>& items() const { return m_items; }
    const std::vector<std::pair<std::string, Value>>& members() const { return m_members; }

    /// Object: sets `key` (replacing an earlier value). Returns *this for chaining.
    Value& set(std::string key, Value value);
    /// List: appends. Returns *this.
    Value& push(Value value);
    /// Object member or nullptr.
    const Value* find(std::string_view key) const;
    /// Follows a dotted path ("page.title"); nullptr when any step is missing.
    const Value* at(std::string_view dotted) const;

private:
    Kind m_kind = Kind::object;
    bool m_flag = false;
    std::string m_text;
    std::vector<Value> m_items;
    std::vector<std::pair<std::string, Value>> m_members;
};

}  // namespace stilas::render
