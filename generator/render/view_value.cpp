// render::Value: storage, copies, members and items, and member lookup (find, at).
#include "render/view_value.hpp"

#include <cstdint>
#include <cstring>
#include <stdexcept>

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
    switch (m_tag) {
    case Tag::boolean: m_flag = other.m_flag; break;
    case Tag::ref: m_ref = other.m_ref; break;
    case Tag::string: new (&m_text) std::string(other.m_text); break;
    case Tag::list: new (&m_items) std::vector<Value>(other.m_items); break;
    case Tag::object: new (&m_object) Object(other.m_object); break;
    case Tag::shared: new (&m_shared) std::shared_ptr<const Value>(other.m_shared); break;
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

Value& Value::set(std::string key, Value value) {
    for (auto& [k, v] : object_members())
        if (k == key) {
            v = std::move(value);
            return *this;
        }
    return add(std::move(key), std::move(value));
}

Value& Value::add(std::string key, Value value) {
    auto& members = object_members();
    if (members.capacity() == 0) members.reserve(k_first_capacity);
    members.emplace_back(std::move(key), std::move(value));
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
    std::uint32_t no_hint = UINT32_MAX;
    return find(key, no_hint);
}

const Value* Value::find_searching(std::string_view key, std::uint32_t& hint) const {
    // Keys are unique within an object's own members (set() replaces, add() is for new keys),
    // so the hinted member, when it holds the key, is the one a search would find; an object's
    // own members are searched in full before its defaults'.
    for (const Value* object = &resolved(); object && object->m_tag == Tag::object; object = object->m_object.defaults) {
        const std::vector<Member>& members = object->m_object.members;
        if (hint < members.size() && same_key(members[hint].first, key)) return &members[hint].second.resolved();
        for (size_t i = 0; i < members.size(); ++i)
            if (same_key(members[i].first, key)) {
                hint = static_cast<std::uint32_t>(i);
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
