// render::Value: objects, lists, shared values and objects over defaults.
#include <doctest/doctest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "render/template_engine.hpp"
#include "render/view_value.hpp"

using namespace stilas::render;

TEST_CASE("set replaces a member, add appends one, and copies are deep") {
    Value v;
    v.set("a", "1").add("b", "2").set("a", "3");
    REQUIRE(v.members().size() == 2);
    CHECK(v.find("a")->text() == "3");
    CHECK(v.find("b")->text() == "2");
    Value copy = v;
    copy.set("b", "x");
    CHECK(v.find("b")->text() == "2");
    CHECK(copy.find("b")->text() == "x");
    v = std::move(copy);
    CHECK(v.find("b")->text() == "x");
    // A value can take one of its own members.
    Value nested;
    nested.set("inner", Value().set("leaf", "ok"));
    nested = Value(*nested.find("inner"));
    CHECK(nested.at("leaf")->text() == "ok");
}

TEST_CASE("set replaces the member of its key among many, whose key bits are shared") {
    // More keys than key bits: set() compares only when a member may hold the key, and must
    // still find it among the others that share its bit.
    Value v;
    for (int i = 0; i < 80; ++i) v.set("k" + std::to_string(i), std::to_string(i));
    for (int i = 0; i < 80; ++i) v.set("k" + std::to_string(i), "new" + std::to_string(i));
    REQUIRE(v.members().size() == 80);
    for (int i = 0; i < 80; ++i) CHECK(v.find("k" + std::to_string(i))->text() == "new" + std::to_string(i));
    // Keys of one length, middle and last byte (key_bit's inputs) are told apart by the rest.
    v.set("Xabcd", "1").set("Yabcd", "2").set("Xabcd", "3");
    CHECK(v.find("Xabcd")->text() == "3");
    CHECK(v.find("Yabcd")->text() == "2");
    CHECK(v.members().size() == 82);
}

TEST_CASE("kinds, truthiness and the empty answers of the wrong kind") {
    CHECK(Value().is_object());
    CHECK(Value().truthy());
    CHECK_FALSE(Value("").truthy());
    CHECK(Value("x").truthy());
    CHECK_FALSE(Value::list().truthy());
    CHECK(Value::list().push("x").truthy());
    CHECK_FALSE(Value(false).truthy());
    CHECK(Value(true).flag_value());
    CHECK(Value::list().text().empty());
    CHECK(Value("x").items().empty());
    CHECK(Value("x").members().empty());
    CHECK_FALSE(Value("x").find("x"));
    CHECK_THROWS(Value("x").set("a", "b"));
    CHECK_THROWS(Value().push("b"));
}

TEST_CASE("a shared value reads through to what it stands for") {
    auto shared = std::make_shared<const Value>(Value().set("title", "T"));
    Value v = Value::shared(shared);
    CHECK(v.is_object());
    CHECK(v.at("title")->text() == "T");
    CHECK(&v.resolved() == shared.get());
    // Copies and moves share it: it lives while any of them does.
    Value copy = v;
    const Value moved = std::move(v);
    CHECK(shared.use_count() == 3);
    shared.reset();
    CHECK(copy.at("title")->text() == "T");
    CHECK(&copy.resolved() == &moved.resolved());
}

TEST_CASE("a borrowed value reads through to what it stands for, and owns nothing") {
    const Value card = Value().set("title", "T").set("tags", Value::list().push("a"));
    const Value v = Value::borrowed(card);
    CHECK(v.is_object());
    CHECK(v.truthy());
    CHECK(&v.resolved() == &card);
    CHECK(v.at("title")->text() == "T");
    CHECK(v.at("tags")->items().size() == 1);
    // Borrowing a stand-in borrows what it stands for.
    auto shared = std::make_shared<const Value>(Value("tekst"));
    const Value first = Value::borrowed(*shared);
    const Value through = Value::borrowed(first);
    CHECK(through.is_string());
    CHECK(through.text() == "tekst");
    CHECK(&through.resolved() == shared.get());
    const Value stand_in = Value::shared(shared);
    const Value of_shared_stand_in = Value::borrowed(stand_in);
    CHECK(shared.use_count() == 2);   // the stand-in's count only
    CHECK(&of_shared_stand_in.resolved() == shared.get());
    // Copies point to the same value; none of them counts as an owner.
    Value copy = v;
    CHECK(&copy.resolved() == &card);
    Value list = Value::list();
    list.push(v).push(Value::borrowed(card));
    CHECK(&list.items()[0].resolved() == &list.items()[1].resolved());
    CHECK(of_shared_stand_in.text() == "tekst");
}

TEST_CASE("prefetching a value's target or members is safe for every kind and changes nothing") {
    // Only hints to the CPU: a value of any kind, empty or not, stand-in or not, reads the same.
    const Value object = Value().set("title", "T");
    const Value big = [] {
        Value v;
        for (int i = 0; i < 20; ++i) v.set("k" + std::to_string(i), "v");   // members past the lines fetched
        return v;
    }();
    const Value defaults = Value().set("flag", Value(false));
    const std::string text = "ref";
    const std::vector<Value> values{object, big, Value(), Value::over(defaults), Value("x"), Value(true),
                                    Value::list(), Value::list().push("a"), Value::ref(text),
                                    Value::borrowed(object), Value::shared(std::make_shared<const Value>(big))};
    for (const Value& v : values) {
        v.prefetch_resolved();
        v.prefetch_members();
        v.resolved().prefetch_members();
    }
    CHECK(values[0].at("title")->text() == "T");
    CHECK(values[1].members().size() == 20);
    CHECK(values[9].at("title")->text() == "T");
    CHECK(values[10].find("k19")->text() == "v");
}

TEST_CASE("an object over defaults finds its own members first, then the defaults'") {
    static const Value defaults = Value().set("flag", Value(false)).set("text", "standard");
    Value v = Value::over(defaults);
    v.add("text", "egen");
    CHECK(v.find("text")->text() == "egen");
    CHECK(v.find("flag")->is_string() == false);
    CHECK_FALSE(v.find("flag")->truthy());
    CHECK_FALSE(v.find("missing"));
    Value copy = v;
    CHECK(copy.find("flag"));
    // Templates see the defaults too, and a missing name still reaches outwards.
    Value root;
    root.set("item", v).set("missing", "ytre");
    TemplateError error;
    CHECK(*TemplateEngine().render("{{#item}}{{text}}/{{^flag}}nei{{/flag}}/{{missing}}{{/item}}", root, error) ==
          "egen/nei/ytre");
}

TEST_CASE("a string by reference reads and renders like a copy") {
    const std::string title = "Tittel & <mer>";
    Value v;
    v.set("ref", Value::ref(title)).set("copy", title);
    const std::string empty;
    v.set("none", Value::ref(empty));
    CHECK(v.find("ref")->is_string());
    CHECK(&v.find("ref")->text() == &title);
    CHECK(v.find("ref")->truthy());
    CHECK_FALSE(v.find("none")->truthy());
    Value copy = v;
    CHECK(&copy.find("ref")->text() == &title);
    TemplateError error;
    CHECK(*TemplateEngine().render("{{ref}}|{{{ref}}}|{{#none}}x{{/none}}{{^none}}tom{{/none}}", v, error) ==
          "Tittel &amp; &lt;mer&gt;|Tittel & <mer>|tom");
}

TEST_CASE("find with a hint answers as find does, whatever the hint, and keeps where it found the key") {
    // Keys of every length the comparison treats apart (0–3, 4–7, 8–16, longer), alike at
    // the start or the end, so only a full comparison tells them apart.
    const std::vector<std::string> keys = {"",          "a",          "ab",          "abc",        "abcd",
                                           "abce",      "xbcd",       "abcdefg",     "abcdefh",    "abcdefgh",
                                           "abcdefgi",  "zbcdefgh",   "abcdefghijk", "abcdefghijkl",
                                           "is_text_16_bytes", "is_text_16_bytez", "a_key_longer_than_16", "a_key_longer_than_17"};
    Value v;
    for (size_t i = 0; i < keys.size(); ++i) v.add(keys[i], std::to_string(i));
    for (size_t i = 0; i < keys.size(); ++i)
        for (std::uint32_t hint : {std::uint32_t{0}, static_cast<std::uint32_t>(i), std::uint32_t{3}, std::uint32_t{1000}, UINT32_MAX}) {
            std::uint32_t at = hint;
            const Value* found = v.find(keys[i], at);
            REQUIRE(found);
            CHECK(found->text() == std::to_string(i));
            CHECK(at == i);
            CHECK(found == v.find(keys[i]));
        }
    std::uint32_t at = 2;
    CHECK_FALSE(v.find("abcdefgj", at));
    CHECK_FALSE(v.find("a_key_longer_than_18", at));
    CHECK(at == 2);
}

namespace {
// Two objects over the same defaults ({text, is_text}, both false), as field objects are: `own`
// has its own member `key` (= `value`) and then is_text true, `bare` only a name.
struct OverDefaults {
    Value own, bare;
    OverDefaults(const char* key, const char* value) : own(Value::over(defaults())), bare(Value::over(defaults())) {
        own.add(key, value).add("is_text", Value(true));
        bare.add("name", "m");
    }
    static const Value& defaults() {
        static const Value d = Value().set("text", Value(false)).set("is_text", Value(false));
        return d;
    }
};
}  // namespace

TEST_CASE("a hint into an object's defaults never hides the object's own member") {
    auto [own, bare] = OverDefaults("name", "n");
    std::uint32_t at = 0;
    CHECK_FALSE(bare.find("is_text", at)->flag_value());
    CHECK(at == 1);  // in the defaults
    CHECK(own.find("is_text", at)->flag_value());
    CHECK(at == 1);  // the own member, at the same index
    CHECK_FALSE(bare.find("is_text", at)->flag_value());
    // Through a shared value too.
    const Value shared = Value::shared(std::make_shared<const Value>(own));
    at = 7;
    CHECK(shared.find("is_text", at)->flag_value());
}

TEST_CASE("find_at_hint answers only from the member at the hint, and never hides an own member") {
    const auto [own, bare] = OverDefaults("text", "t");
    const Value::Key is_text("is_text");
    // No own member has the key's bit: the defaults' member at the hint, without a search.
    CHECK_FALSE(bare.find_at_hint(is_text, {0, 1})->flag_value());
    CHECK_FALSE(bare.find_at_hint(is_text, {0, 0}));  // the defaults' member 0 is "text"
    // An own member of the key is found at its own hint; the defaults' hint is not tried then.
    CHECK(own.find_at_hint(is_text, {1, 1})->flag_value());
    CHECK_FALSE(own.find_at_hint(is_text, {0, 1}));
    // find() with the same key searches where the hint misses, and gives find(key)'s answer.
    for (const Value* object : {&own, &bare})
        for (std::uint32_t at : {0u, 1u, 5u}) {
            Value::Hint hint{at, at};
            CHECK(object->find(is_text, hint) == object->find("is_text"));
        }
    CHECK_FALSE(Value("x").find_at_hint(is_text, {0, 0}));
}
