#include "render/view_value.hpp"

namespace stilas::render {

bool Value::truthy() const {
    if (m_shared) return m_shared->truthy();
    switch (m_kind) {
    case Kind::boolean: return m_flag;
    case Kind::string: return !m_text.empty();
    case Kind::list: return !m_items.empty();
    case Kind::object: return true;
    }
    return false;
}

Value& Value::set(std::string key, Value value) {
    for (auto& [k, v] : m_members)
        if (k == key) {
            v = std::move(value);
            return *this;
        }
    m_members.emplace_back(std::move(key), std::move(value));
    return *this;
}

Value& Value::push(Value value) {
    m_items.push_back(std::move(value));
    return *this;
}

const Value* Value::find(std::string_view key) const {
    for (const auto& [k, v] : resolved().m_members)
        if (k == key) return &v.resolved();
    return nullptr;
}

const Value* Value::at(std::string_view dotted) const {
    const Value* current = this;
    while (current) {
        const size_t dot = dotted.find('.');
        current = current->find(dotted.substr(0, dot));
        if (dot == std::string_view::npos) return current;
        dotted.remove_prefix(dot + 1);
    }
    return nullptr;
}

}  // namespace stilas::render
