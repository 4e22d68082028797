// render::Value: the neutral view data handed to templates (strings, flags, lists, objects).
// Built by the view models; read by the template engine (template_engine.cpp) as it is.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stilas::render {

class Value {
public:
    enum class Kind { boolean, string, list, object };
    using Member = std::pair<std::string, Value>;

    /// An empty object.
    Value() noexcept : m_tag(Tag::object) { new (&m_object) Object(); }
    Value(std::string text) noexcept : m_tag(Tag::string) { new (&m_text) std::string(std::move(text)); }
    Value(const char* text) : m_tag(Tag::string) { new (&m_text) std::string(text); }
    explicit Value(bool flag) noexcept : m_tag(Tag::boolean), m_flag(flag) {}
    Value(const Value& other);
    Value(Value&& other) noexcept;
    Value& operator=(const Value& other);
    Value& operator=(Value&& other) noexcept;
    ~Value();

    static Value list() {
        Value v(false);
        v.m_tag = Tag::list;
        new (&v.m_items) std::vector<Value>();
        return v;
    }
    static Value flag(bool b) { return Value(b); }
    /// A string that stands for `text` without copying it. `text` must outlive the value: for
    /// the documents' and the config's own strings while a site renders.
    static Value ref(const std::string& text) noexcept {
        Value v(false);
        v.m_tag = Tag::ref;
        v.m_ref = &text;
        return v;
    }
    static Value ref(std::string&&) = delete;  // a temporary would not outlive the value
    /// An empty object whose members, where it sets none of that name, are those of `defaults`:
    /// for many objects with the same keys, most of them the same (a field's false flags).
    /// `defaults` must outlive the value (a static prototype).
    static Value over(const Value& defaults) {
        Value v;
        v.m_object.defaults = &defaults.resolved();
        return v;
    }
    /// A value that stands for `shared` without copying it: for the parts every page shows
    /// the same (the site's menu, the collections, a page's card). Accessors read through to it.
    static Value shared(std::shared_ptr<const Value> shared) {
        Value v(false);
        v.m_tag = Tag::shared;
        const Value* target = shared.get();
        new (&v.m_view) View{target, std::move(shared)};
        return v;
    }
    /// A value that stands for `view` without copying or owning it: for the views the SiteModel
    /// keeps until the site is rendered (each page's card, backlink entry and link), which many
    /// pages show. No reference count is touched: at 100,000 pages each was a cache miss, and
    /// a cache line written by both threads. `view` must outlive the value.
    static Value borrowed(const Value& view) noexcept {
        Value v(false);
        v.m_tag = Tag::shared;
        new (&v.m_view) View{&view.resolved(), nullptr};
        return v;
    }
    static Value borrowed(Value&&) = delete;  // a temporary would not outlive the value
    /// The value this one stands for: itself, or what shared() or borrowed() points to.
    const Value& resolved() const { return m_tag == Tag::shared ? *m_view.target : *this; }
    /// Asks the CPU to fetch what resolved() is, without waiting for it: for a list's later
    /// items while the earlier ones are written.
    void prefetch_resolved() const { __builtin_prefetch(m_tag == Tag::shared ? m_view.target : this); }
    /// Asks the CPU to fetch an object's first members (its own, not its defaults'), reading
    /// only this value: for an item whose value prefetch_resolved() has fetched.
    void prefetch_members() const {
        if (m_tag != Tag::object || m_object.members.empty()) return;
        const char* first = reinterpret_cast<const char*>(m_object.members.data());
        for (size_t at = 0; at < 4 * 64; at += 64) __builtin_prefetch(first + at);
    }

    Kind kind() const {
        const Tag tag = resolved().m_tag;
        return tag == Tag::ref ? Kind::string : static_cast<Kind>(tag);
    }
    bool is_string() const { return kind() == Kind::string; }
    bool is_list() const { return kind() == Kind::list; }
    bool is_object() const { return kind() == Kind::object; }
    /// True for `true`, a non-empty string, a non-empty list and any object. Templates see the
    /// same: an empty string or list hides a {{#section}}.
    bool truthy() const;

    /// The string ("" for other kinds).
    const std::string& text() const {
        const Value& v = resolved();
        return v.m_tag == Tag::string ? v.m_text : v.m_tag == Tag::ref ? *v.m_ref : k_no_text;
    }
    bool flag_value() const {
        const Value& v = resolved();
        return v.m_tag == Tag::boolean && v.m_flag;
    }
    /// Items and members as stored (empty for other kinds): an item made by shared() needs
    /// resolved(); an object made by over() lists only its own members (find() sees all).
    const std::vector<Value>& items() const {
        const Value& v = resolved();
        return v.m_tag == Tag::list ? v.m_items : k_no_items;
    }
    const std::vector<Member>& members() const;

    /// Object: sets `key` (replacing an earlier value). Returns *this for chaining. Not for a
    /// value made by shared().
    Value& set(std::string_view key, Value value);
    /// Object: adds `key`, which the caller knows is not set yet (no search for it), like a
    /// set() on a fresh key. Returns *this.
    Value& add(std::string_view key, Value value);
    /// Object or list: room for `n` members or items.
    Value& reserve(size_t n);
    /// List: moves the items out (the list is left empty).
    std::vector<Value> release_items();
    /// List: appends. Returns *this.
    Value& push(Value value);
    /// Object member (resolved), its own or its defaults' (see over()), or nullptr.
    const Value* find(std::string_view key) const;
    /// Where a key was last found: its index among an object's own members, and among its
    /// defaults' (see over()). Objects built alike hold a key at the same place.
    struct Hint {
        std::uint32_t own = 0;
        std::uint32_t defaults = 0;
    };
    /// A key and its key_bit(), worked out once by callers that look one key up in many objects
    /// (the template engine's names).
    struct Key {
        explicit Key(std::string_view n) : name(n), bit(key_bit(n)) {}
        Key(std::string_view n, std::uint32_t b) : name(n), bit(b) {}  ///< `b`: Key(n).bit
        std::string_view name;
        std::uint32_t bit;
    };
    /// The same as find(key), trying the members at `hint` first and setting `hint` to where the
    /// key was found: callers that look one name up in many objects built alike (the template
    /// engine) mostly compare one key. Any hint gives the same result as find(key).
    const Value* find(std::string_view key, Hint& hint) const { return find(Key(key), hint); }
    const Value* find(const Key& key, Hint& hint) const {
        if (const Value* found = find_at_hint(key, hint)) return found;
        return search(key, hint);
    }
    /// find(key, hint)'s first step alone, small enough for a caller to inline: the member the
    /// hint points to when its key is `key`, else nullptr. That is the object's own member at
    /// hint.own or, when its own members' key bits rule the key out, its defaults' member at
    /// hint.defaults: a key from the defaults costs one comparison, as an own key does.
    const Value* find_at_hint(const Key& key, const Hint& hint) const {
        const Value& v = resolved();
        if (v.m_tag != Tag::object) return nullptr;
        if (v.m_keys & key.bit) return v.member_at(hint.own, key.name);
        const Value* defaults = v.m_object.defaults;
        return defaults && defaults->m_tag == Tag::object ? defaults->member_at(hint.defaults, key.name) : nullptr;
    }
    /// find(key, hint) past find_at_hint(): a search of all members, own then defaults'.
    const Value* search(const Key& key, Hint& hint) const {
        const Value& v = resolved();
        return v.m_tag == Tag::object ? v.find_searching(key, hint) : nullptr;
    }
    /// The same with one index for both (set to where the key was found, own or defaults').
    const Value* find(std::string_view key, std::uint32_t& hint) const;
    /// Follows a dotted path ("page.title"); nullptr when any step is missing.
    const Value* at(std::string_view dotted) const;

private:
    // Kind's values, then the stand-in made by shared() or borrowed() and the string made by ref().
    enum class Tag : std::uint8_t { boolean, string, list, object, shared, ref };
    static const std::string k_no_text;        ///< text() of a value that is not a string
    static const std::vector<Value> k_no_items;  ///< items() of a value that is not a list
    template <typename Word>
    static Word load_word(const char* p) {
        Word w;
        std::memcpy(&w, p, sizeof w);
        return w;
    }
    static bool same_key(const std::string& k, std::string_view key);
    /// An object's own member `index`, resolved, when its key is `key`; otherwise nullptr.
    /// Bounds are checked in bytes: members.size() divides by sizeof(Member), not a power of two,
    /// on the path of nearly every template lookup.
    const Value* member_at(std::uint32_t index, std::string_view key) const {
        const std::vector<Member>& members = m_object.members;
        const auto* first = reinterpret_cast<const char*>(members.data());
        const auto* end = reinterpret_cast<const char*>(std::to_address(members.end()));
        if (size_t{index} * sizeof(Member) >= static_cast<size_t>(end - first)) return nullptr;
        const Member& member = members.data()[index];
        return same_key(member.first, key) ? &member.second.resolved() : nullptr;
    }
    /// search() on a resolved object.
    const Value* find_searching(const Key& key, Hint& hint) const;
    void destroy() noexcept;
    void copy_from(const Value& other);
    void move_from(Value&& other) noexcept;
    std::vector<Member>& object_members();
    std::vector<Value>& list_items();

    struct Object {
        std::vector<Member> members;
        const Value* defaults = nullptr;  ///< see over()
    };
    /// What shared() and borrowed() make: the value stood for, and its owner (shared() only).
    struct View {
        const Value* target;
        std::shared_ptr<const Value> owner;
    };

    /// A bit per key an object holds (key_bit): a search skips an object that cannot hold a key.
    static std::uint32_t key_bit(std::string_view key) {
        const size_t n = key.size();
        if (n == 0) return 1;
        const unsigned mix = static_cast<unsigned>(n * 7) + static_cast<unsigned char>(key[n - 1]) * 3u +
                             static_cast<unsigned char>(key[n / 2]);
        return std::uint32_t{1} << (mix & 31);
    }

    Tag m_tag;
    std::uint32_t m_keys = 0;  ///< objects: the key_bit() of each of their own members
    union {
        bool m_flag;
        const std::string* m_ref;
        std::string m_text;
        std::vector<Value> m_items;
        Object m_object;
        View m_view;
    };
};

// Keys are short: up to 16 bytes are compared as two overlapping words, without a call.
inline bool Value::same_key(const std::string& k, std::string_view key) {
    const size_t n = key.size();
    if (k.size() != n) return false;
    const char* a = k.data();
    const char* b = key.data();
    if (n > 16) return std::memcmp(a, b, n) == 0;
    if (n >= 8)
        return load_word<std::uint64_t>(a) == load_word<std::uint64_t>(b) &&
               load_word<std::uint64_t>(a + n - 8) == load_word<std::uint64_t>(b + n - 8);
    if (n >= 4)
        return load_word<std::uint32_t>(a) == load_word<std::uint32_t>(b) &&
               load_word<std::uint32_t>(a + n - 4) == load_word<std::uint32_t>(b + n - 4);
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

inline void Value::destroy() noexcept {
    switch (m_tag) {
    case Tag::boolean:
    case Tag::ref: break;
    case Tag::string: m_text.~basic_string(); break;
    case Tag::list: m_items.~vector(); break;
    case Tag::object: m_object.~Object(); break;
    case Tag::shared: m_view.~View(); break;
    }
}

inline void Value::move_from(Value&& other) noexcept {
    m_tag = other.m_tag;
    m_keys = other.m_keys;
    switch (m_tag) {
    case Tag::boolean: m_flag = other.m_flag; break;
    case Tag::ref: m_ref = other.m_ref; break;
    case Tag::string: new (&m_text) std::string(std::move(other.m_text)); break;
    case Tag::list: new (&m_items) std::vector<Value>(std::move(other.m_items)); break;
    case Tag::object: new (&m_object) Object{std::move(other.m_object.members), other.m_object.defaults}; break;
    case Tag::shared: new (&m_view) View{other.m_view.target, std::move(other.m_view.owner)}; break;
    }
}

inline Value::Value(Value&& other) noexcept { move_from(std::move(other)); }
inline Value::Value(const Value& other) { copy_from(other); }
inline Value::~Value() { destroy(); }

inline Value& Value::operator=(Value&& other) noexcept {
    if (this != &other) {
        Value taken(std::move(other));  // `other` may live inside this value
        destroy();
        move_from(std::move(taken));
    }
    return *this;
}

inline Value& Value::operator=(const Value& other) {
    if (this != &other) {
        Value copy(other);
        *this = std::move(copy);
    }
    return *this;
}

}  // namespace stilas::render
