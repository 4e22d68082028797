// render::Value: storage, copies, members and items, and member lookup (find, at).
#include "render/view_value.hpp"

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <tuple>

namespace stilas::render {

namespace {

// A first member or item makes room for a few: most objects and lists hold more than one, and
// growing one by one moves them all each time.
constexpr size_t k_first_capacity = 4;

static_assert(sizeof(Value) <= 40, "a Value is a tag and one string, list, object or pointer");

}  // namespace

const std::string Value::k_no_text;
const std::vector<Value> Value::k_no_items;

void Value::copy_from(const Value& other) {
    m_tag = other.m_tag;
    m_keys = other.m_keys;
    switch (m_tag) {
    case Tag::boolean: m_flag = other.m_flag; break;
    case Tag::ref: m_ref = other.m_ref; break;
    case Tag::string: new (&m_text) std::string(other.m_text); break;
    case Tag::list: new (&m_items) std::vector<Value>(other.m_items); break;
    case Tag::object: new (&m_object) Object(other.m_object); break;
    case Tag::shared: new (&m_view) View(other.m_view); break;
    }
}

std::vector<Value::Member>& Value::object_members() {
    if (m_tag != Tag::object) throw std::logic_error("render::Value: not an object");
    return m_object.members;
}

std::vector<Value>& Value::list_items() {
    if (m_tag != Tag::list) throw std::logic_error("render::Value: not a list");
    return m_items;
}

bool Value::truthy() const {
    const Value& v = resolved();
    switch (v.m_tag) {
    case Tag::boolean: return v.m_flag;
    case Tag::string: return !v.m_text.empty();
    case Tag::ref: return !v.m_ref->empty();
    case Tag::list: return !v.m_items.empty();
    case Tag::object:
    case Tag::shared: return true;
    }
    return false;
}

const std::vector<Value::Member>& Value::members() const {
    static const std::vector<Member> none;
    const Value& v = resolved();
    return v.m_tag == Tag::object ? v.m_object.members : none;
}

Value& Value::set(std::string_view key, Value value) {
    // No member's key_bit() matches: the key is new, and no member is compared.
    if (m_keys & key_bit(key))
        for (auto& [k, v] : object_members())
            if (same_key(k, key)) {
                v = std::move(value);
                return *this;
            }
    return add(key, std::move(value));
}

Value& Value::add(std::string_view key, Value value) {
    auto& members = object_members();
    if (members.capacity() == 0) members.reserve(k_first_capacity);
    m_keys |= key_bit(key);
    // The key's string made in place, not made by the caller and moved in.
    members.emplace_back(std::piecewise_construct, std::forward_as_tuple(key), std::forward_as_tuple(std::move(value)));
    return *this;
}

Value& Value::reserve(size_t n) {
    if (m_tag == Tag::object) m_object.members.reserve(n);
    if (m_tag == Tag::list) m_items.reserve(n);
    return *this;
}

std::vector<Value> Value::release_items() {
    return m_tag == Tag::list ? std::move(m_items) : std::vector<Value>();
}

Value& Value::push(Value value) {
    auto& items = list_items();
    if (items.capacity() == 0) items.reserve(k_first_capacity);
    items.push_back(std::move(value));
    return *this;
}

const Value* Value::find(std::string_view key) const {
    Hint no_hint{UINT32_MAX, UINT32_MAX};
    return find(key, no_hint);
}

const Value* Value::find(std::string_view key, std::uint32_t& hint) const {
    Hint both{hint, hint};
    const Value* found = find(key, both);
    // The index that moved is where the key was found; when neither did, it was at `hint`.
    if (found) hint = both.own != hint ? both.own : both.defaults;
    return found;
}

const Value* Value::find_searching(const Key& key, Hint& hint) const {
    // Keys are unique within an object's own members (set() replaces, add() is for new keys),
    // and its own members are searched in full before its defaults'.
    const std::uint32_t bit = key.bit;
    const std::vector<Member>& own = m_object.members;
    if (m_keys & bit)
        for (size_t i = 0; i < own.size(); ++i)
            if (same_key(own[i].first, key.name)) {
                hint.own = static_cast<std::uint32_t>(i);
                return &own[i].second.resolved();
            }
    for (const Value* object = m_object.defaults; object && object->m_tag == Tag::object; object = object->m_object.defaults) {
        if (!(object->m_keys & bit)) continue;
        const std::vector<Member>& members = object->m_object.members;
        if (hint.defaults < members.size() && same_key(members[hint.defaults].first, key.name))
            return &members[hint.defaults].second.resolved();
        for (size_t i = 0; i < members.size(); ++i)
            if (same_key(members[i].first, key.name)) {
                hint.defaults = static_cast<std::uint32_t>(i);
                return &members[i].second.resolved();
            }
    }
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
