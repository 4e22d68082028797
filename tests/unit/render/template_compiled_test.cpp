// The compiled Mustache engine: behaviour the themes rely on beyond the basics, and that a
// template is compiled once and shared safely between threads.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <thread>
#include <vector>

#include "render/template_engine.hpp"
#include "support/reference_escape.hpp"

using namespace stilas::render;

namespace {
std::string render(const TemplateEngine& engine, const std::string& source, const Value& data) {
    TemplateError error;
    auto out = engine.render(source, data, error);
    REQUIRE(out.has_value());
    return *out;
}
}  // namespace

TEST_CASE("names are looked up from the innermost section outwards, and {{.}} is the current item") {
    Value data;
    data.set("title", "Ytre").set("items", Value::list().push("a").push("b"));
    Value inner;
    inner.set("title", "Indre");
    data.set("inner", inner);
    TemplateEngine engine;
    CHECK(render(engine, "{{#inner}}{{title}}/{{site}}{{/inner}}", data) == "Indre/");
    CHECK(render(engine, "{{#items}}[{{.}}|{{title}}]{{/items}}", data) == "[a|Ytre][b|Ytre]");
    CHECK(render(engine, "{{^missing}}ingen{{/missing}}{{^items}}x{{/items}}", data) == "ingen");
    CHECK(render(engine, "{{! en kommentar }}{{& title}}", data) == "Ytre");
}

TEST_CASE("a partial that includes itself for nested data stops at a fixed depth") {
    TemplateEngine engine(PartialMap{{"tre", "<li>{{navn}}{{#barn}}<ul>{{> tre}}</ul>{{/barn}}</li>"}});
    Value leaf;
    leaf.set("navn", "blad").set("barn", Value::list());  // explicit: names otherwise reach outwards
    Value root;
    root.set("navn", "rot").set("barn", Value::list().push(leaf));
    CHECK(render(engine, "{{#r}}{{> tre}}{{/r}}", Value().set("r", root)) == "<li>rot<ul><li>blad</li></ul></li>");
    // A partial that always includes itself renders a bounded amount and returns.
    TemplateEngine loop(PartialMap{{"l", "x{{> l}}"}});
    CHECK(render(loop, "{{> l}}", Value()).size() == 64u);
}

TEST_CASE("a mismatched closing tag reports the section that was left open") {
    auto error = check_template("a{{#en}}b{{/to}}");
    REQUIRE(error);
    CHECK(error->message == "seksjonen «en» er ikke lukket");
    CHECK(error->offset == 1u);
}

TEST_CASE("one engine renders the same template from many threads with the same result") {
    TemplateEngine engine(PartialMap{{"p", "<b>{{.}}</b>"}});
    Value data;
    Value list = Value::list();
    for (int i = 0; i < 50; ++i) list.push(std::to_string(i));
    data.set("xs", list);
    const std::string expected = render(engine, "{{#xs}}{{> p}}{{/xs}}", data);
    std::vector<std::string> results(8);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] {
            TemplateError error;
            for (int k = 0; k < 50; ++k) results[t] = *engine.render("{{#xs}}{{> p}}{{/xs}}", data, error);
        });
    for (auto& t : threads) t.join();
    for (const auto& r : results) CHECK(r == expected);
}

TEST_CASE("a compiled template renders as its text does, with partials resolved once") {
    TemplateEngine engine(PartialMap{{"p", "[{{x}}]"}});
    Value data;
    data.set("x", "a<b").set("xs", Value::list().push("1").push("2"));
    const std::string source = "{{#xs}}{{> p}}{{.}}{{/xs}}{{> mangler}}";
    TemplateError error;
    const auto compiled = engine.compile(source, error);
    REQUIRE(compiled);
    CHECK(engine.render(*compiled, data) == render(engine, source, data));
    CHECK(engine.render(*compiled, data) == "[a&lt;b]1[a&lt;b]2");
    CHECK_FALSE(engine.compile("{{#open}}", error));
    CHECK(error.message == "seksjonen «open» er ikke lukket");
    CHECK_FALSE(error.offset);
}

TEST_CASE("escaping is the same for every position of a special character in long text") {
    const std::string specials = "&<>\"'";
    const auto expected = [](std::string_view text) { return stilas::test::reference_escape(text); };
    TemplateEngine engine;
    for (size_t length : {0u, 1u, 7u, 8u, 9u, 17u, 40u})
        for (size_t at = 0; at < length; ++at)
            for (const char special : specials) {
                std::string text(length, 'x');
                for (size_t i = 0; i < length; ++i) text[i] = static_cast<char>('a' + i % 26);
                text[at] = special;
                text += "æøå\xC3";
                CHECK(render(engine, "{{t}}", Value().set("t", text)) == expected(text));
            }
}

TEST_CASE("dotted names are followed from the first context that holds the whole path") {
    Value inner;
    inner.set("a", Value().set("c", "indre"));
    Value data;
    data.set("a", Value().set("b", "ytre")).set("inner", inner);
    TemplateEngine engine;
    CHECK(render(engine, "{{#inner}}{{a.b}}|{{a.c}}{{/inner}}", data) == "ytre|indre");
    CHECK(render(engine, "{{a..b}}{{.a}}", data).empty());
}

TEST_CASE("render_to appends the page to what the buffer holds") {
    TemplateEngine engine;
    TemplateError error;
    const auto compiled = engine.compile("<{{x}}>", error);
    REQUIRE(compiled);
    std::string out = "før";
    engine.render_to(out, *compiled, Value().set("x", "a&b"));
    CHECK(out == "før<a&amp;b>");
    out.clear();
    engine.render_to(out, *compiled, Value().set("x", "c"));
    CHECK(out == "<c>");
}

TEST_CASE("names_read lists every name the templates and the partials look up, split at the dots") {
    TemplateEngine engine(PartialMap{{"p", "{{#page.related}}{{title}}{{/page.related}}"}, {"ubrukt", "{{{kun_her}}}"}});
    TemplateError error;
    const auto a = engine.compile("{{> p}}{{^has_x}}{{&site.title}}{{/has_x}}{{.}}{{! kommentar }}", error);
    const auto b = engine.compile("{{body_html}}", error);
    REQUIRE(a);
    REQUIRE(b);
    const auto names = engine.names_read({a.get(), b.get()});
    CHECK(names == std::set<std::string, std::less<>>{"body_html", "has_x", "kun_her", "page", "related", "site", "title"});
    CHECK(engine.names_read({}).count("related") == 1);  // the partials always count
}

TEST_CASE("one tag over objects of different shapes finds each object's own member, on many threads") {
    // The engine remembers where a name was last found; objects that hold it elsewhere, or
    // not at all (the name then reaches outwards), must still render as their data says.
    Value list = Value::list();
    std::string expected;
    for (int i = 0; i < 60; ++i) {
        Value item;
        const std::string n = std::to_string(i);
        if (i % 3 == 0) item.add("a", "a" + n).add("b", "b" + n);
        if (i % 3 == 1) item.add("b", "b" + n).add("x", "x").add("a", "a" + n);
        if (i % 3 == 2) item.add("b", "b" + n);
        list.push(std::move(item));
        expected += "[" + (i % 3 == 2 ? std::string("ytre") : "a" + n) + "|b" + n + "]";
    }
    Value data;
    data.set("a", "ytre").set("xs", list);
    TemplateEngine engine;
    TemplateError error;
    const auto compiled = engine.compile("{{#xs}}[{{a}}|{{b}}]{{/xs}}", error);
    REQUIRE(compiled);
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] {
            for (int k = 0; k < 20; ++k) results[t] = engine.render(*compiled, data);
        });
    for (auto& t : threads) t.join();
    for (const auto& r : results) CHECK(r == expected);
}
