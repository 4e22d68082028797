#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "render/template_engine.hpp"

using namespace stilas::render;

namespace {

std::string render(const std::string& source, const Value& data, const PartialMap& partials = {}) {
    TemplateError error;
    auto out = TemplateEngine(partials).render(source, data, error);
    REQUIRE_MESSAGE(out, error.message);
    return *out;
}

}  // namespace

TEST_CASE("double braces escape HTML, triple braces do not") {
    Value data;
    data.set("x", "<script>alert('x')</script> & \"q\"").set("html", "<p>ok</p>");
    CHECK(render("{{x}}", data) == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    CHECK(render("<a title=\"{{x}}\">", data).find("\"q\"") == std::string::npos);
    CHECK(render("{{{html}}}", data) == "<p>ok</p>");
}

TEST_CASE("an empty string or list hides a section, a flag shows it") {
    Value data;
    data.set("empty", "").set("none", Value::list()).set("yes", Value(true)).set("no", Value(false));
    CHECK(render("[{{#empty}}E{{/empty}}{{#none}}N{{/none}}{{#yes}}Y{{/yes}}{{#no}}F{{/no}}{{^empty}}e{{/empty}}]", data) ==
          "[Ye]");
}

TEST_CASE("lists repeat their section and dotted names reach into objects") {
    Value data, page;
    page.set("title", "IGP");
    Value items = Value::list();
    items.push("a").push("b");
    data.set("page", page).set("items", items);
    CHECK(render("{{page.title}}:{{#items}}<{{.}}>{{/items}}", data) == "IGP:<a><b>");
}

TEST_CASE("lists of any length render every item in order, borrowed, shared or plain") {
    // The renderer fetches items ahead: lists shorter and longer than its look-ahead, with
    // items of every kind, come out whole and in order.
    std::vector<Value> cards;
    for (int i = 0; i < 9; ++i) cards.push_back(Value().set("title", "t" + std::to_string(i)));
    const auto shared = std::make_shared<const Value>(Value().set("title", "s"));
    for (size_t n = 0; n <= cards.size(); ++n) {
        Value items = Value::list();
        std::string expected;
        for (size_t i = 0; i < n; ++i) {
            if (i % 3 == 0) items.push(Value::borrowed(cards[i]));
            else if (i % 3 == 1) items.push(Value::shared(shared));
            else items.push(cards[i]);
            expected += "<" + (i % 3 == 1 ? std::string("s") : "t" + std::to_string(i)) + ">";
        }
        Value data;
        data.set("items", std::move(items));
        CAPTURE(n);
        CHECK(render("{{#items}}<{{title}}>{{/items}}", data) == expected);
    }
}

TEST_CASE("a partial is found by name even when the data has a member of that name") {
    Value data;
    data.set("crumbs", Value::list().push("x")).set("name", "N");
    CHECK(render("{{> crumbs}}", data, {{"crumbs", "[{{name}}]"}}) == "[N]");
}

TEST_CASE("syntax errors are reported in Norwegian with their offset") {
    auto error = check_template("ab\n{{#page}}x");
    REQUIRE(error);
    CHECK(error->message == "seksjonen «page» er ikke lukket");
    CHECK(error->offset == 3u);
    error = check_template("{{/page}}");
    REQUIRE(error);
    CHECK(error->message == "«{{/page}}» lukker en seksjon som ikke er åpnet");
    error = check_template("x {{title");
    REQUIRE(error);
    CHECK(error->message == "en tagg mangler sin avsluttende «}}»");
    CHECK(error->offset == 2u);
    CHECK_FALSE(check_template("{{#a}}{{b}}{{/a}}"));
}

TEST_CASE("partial tags are listed with their positions") {
    const auto uses = partial_uses("{{> head}}\n{{>  field }}");
    REQUIRE(uses.size() == 2);
    CHECK(uses[0].name == "head");
    CHECK(uses[0].offset == 4u);
    CHECK(uses[1].name == "field");
    CHECK(uses[1].offset == 16u);
}

TEST_CASE("lines holding only a section tag leave no blank line, whether the section shows or not") {
    Value data;
    data.set("yes", Value(true)).set("no", Value(false)).set("items", Value::list().push("a").push("b"));
    CHECK(render("<ul>\n  {{#items}}\n<li>{{.}}</li>\n  {{/items}}\n</ul>\n", data) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
    CHECK(render("a\n{{#no}}\nX\n{{/no}}\n{{#yes}}\nY\n{{/yes}}\nb\n", data) == "a\nY\nb\n");
    CHECK(render("a\r\n{{#no}}\r\nX\r\n{{/no}}\r\nb\r\n", data) == "a\r\nb\r\n");
    CHECK(render("a\n{{> p}}\nb\n", data, {{"p", "P\n"}}) == "a\nP\nb\n");
    CHECK(render("a {{#yes}}y{{/yes}}\nb\n", data) == "a y\nb\n");
}
