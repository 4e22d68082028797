// render::Value: the neutral view data handed to templates (strings, flags, lists, objects).
// Built by the view models; turned into the template engine's own data in template_engine.cpp.
#pragma once

#include <memory>
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
    /// A value that stands for `shared` without copying it: for the parts every page shows
    /// the same (the site's menu, the collections). Accessors read through to it.
    static Value shared(std::shared_ptr<const Value> shared) {
        Value v;
        v.m_shared = std::move(shared);
        return v;
    }
    /// The value this one stands for: itself, or what shared() points to.
    const Value& resolved() const { return m_shared ? *m_shared : *this; }

    Kind kind() const { return resolved().m_kind; }
    bool is_string() const { return kind() == Kind::string; }
    bool is_list() const { return kind() == Kind::list; }
    bool is_object() const { return kind() == Kind::object; }
    /// True for `true`, a non-empty string, a non-empty list and any object. Templates see the
    /// same: an empty string or list hides a {{#section}}.
    bool truthy() const;

    const std::string& text() const { return resolved().m_text; }
    bool flag_value() const { return resolved().m_flag; }
    /// Items and members as stored: an item made by shared() needs resolved().
    const std::vector<Value>& items() const { return resolved().m_items; }
    const std::vector<std::pair<std::string, Value>>& members() const { return resolved().m_members; }

    /// Object: sets `key` (replacing an earlier value). Returns *this for chaining. Not for a
    /// value made by shared().
    Value& set(std::string key, Value value);
    /// List: moves the items out (the list is left empty).
    std::vector<Value> release_items() { return std::move(m_items); }
    /// List: appends. Returns *this.
    Value& push(Value value);
    /// Object member (resolved) or nullptr.
    const Value* find(std::string_view key) const;
    /// Follows a dotted path ("page.title"); nullptr when any step is missing.
    const Value* at(std::string_view dotted) const;

private:
    Kind m_kind = Kind::object;
    bool m_flag = false;
    std::string m_text;
    std::vector<Value> m_items;
    std::vector<std::pair<std::string, Value>> m_members;
    std::shared_ptr<const Value> m_shared;
};

}  // namespace stilas::render
