// Chart views rendered through the standard theme's chart partial: bars, labels, legend, table,
// escaping and number forms.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "chart_fixture.hpp"
#include "render/chart_model.hpp"
#include "render/chart_view.hpp"
#include "render/template_engine.hpp"

using namespace stilas::render;
using namespace stilas::render::test;
using namespace stilas;

namespace {

std::string chart_partial() {
    std::ifstream in(STILAS_SOURCE_DIR "/themes/standard/partials/chart.mustache", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The HTML of the figures that `records` of the survey schema make.
std::string render_chart(const yaml::Node& records, const config::FieldSchema& schema = survey_schema()) {
    Value view = chart_view(chart_figures(schema, records), "diagram-data");
    TemplateError error;
    auto html = TemplateEngine({{"chart", chart_partial()}}).render("{{> chart}}", view, error);
    REQUIRE_MESSAGE(html, error.message);
    return *html;
}

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

bool has(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

yaml::Node only(size_t first, size_t last) {
    yaml::Node all = survey_records();
    return sequence_of(std::vector<yaml::Node>(all.items.begin() + static_cast<long>(first),
                                               all.items.begin() + static_cast<long>(last)));
}

}  // namespace

TEST_CASE("a figure with one series draws one bar per value, a caption, a data table and no legend") {
    const std::string html = render_chart(only(0, 1));
    CHECK(count(html, "<figure ") == 1);
    CHECK(has(html, "<figure class=\"diagram\" id=\"diagram-data-1\">"));
    CHECK(has(html,
              "<figcaption id=\"diagram-data-1-tittel\"><span class=\"diagram-gruppe\">Figur 6:</span> "
              "Samsvar med forventningene</figcaption>"));
    CHECK(has(html,
              "<svg class=\"diagram-svg\" viewBox=\"0 0 304 268\" width=\"304\" height=\"268\" role=\"img\" "
              "aria-labelledby=\"diagram-data-1-tittel\">"));
    CHECK(has(html, "<title>Figur 6: Samsvar med forventningene</title>"));
    CHECK(has(html, "<desc>Stolpediagram over 3 verdier. Tallene står også i en tabell under diagrammet.</desc>"));
    CHECK(count(html, "<rect ") == 3);
    // 86 on an axis from 0 to 100 over 200 units starting at 24.
    CHECK(has(html,
              "<rect class=\"diagram-stolpe diagram-serie-1\" x=\"236\" y=\"52\" width=\"40\" height=\"172\">"
              "<title>Alle svar, 3 (best): 86\u00A0%</title></rect>"));
    CHECK(has(html, "<text x=\"256\" y=\"47\">86</text>"));
    CHECK(has(html, "<text x=\"48\" y=\"28\">100\u00A0%</text>"));
    CHECK(count(html, "<line x1=") == 5);
    CHECK(has(html, "<tspan x=\"96\" dy=\"0\">1</tspan><tspan x=\"96\" dy=\"16\">(dårligst)</tspan>"));
    CHECK_FALSE(has(html, "diagram-forklaring"));
    CHECK(has(html, "<summary>Vis tallene som tabell</summary>"));
    CHECK(has(html, "<caption>Figur 6: Samsvar med forventningene</caption>"));
    CHECK(has(html,
              "<tr><th scope=\"col\">Gruppe</th><th scope=\"col\">1 (dårligst)</th><th scope=\"col\">2</th>"
              "<th scope=\"col\">3 (best)</th></tr>"));
    CHECK(has(html, "<tr><th scope=\"row\">Alle svar</th><td>0\u00A0%</td><td>14\u00A0%</td><td>86\u00A0%</td></tr>"));
}

TEST_CASE("a figure with several series groups the bars per value and adds a legend") {
    const std::string html = render_chart(only(1, 3));
    CHECK(count(html, "<rect ") == 6);
    CHECK(count(html, "diagram-serie-1\" x=") == 3);
    CHECK(count(html, "diagram-serie-2\" x=") == 3);
    CHECK(has(html,
              "<desc>Stolpediagram over 3 verdier for 2 serier: Eiernivå og Ledernivå. Tallene står også i en "
              "tabell under diagrammet.</desc>"));
    CHECK(has(html,
              "<ul class=\"diagram-forklaring\">\n"
              "<li><span class=\"diagram-farge diagram-serie-1\" aria-hidden=\"true\"></span>Eiernivå</li>\n"
              "<li><span class=\"diagram-farge diagram-serie-2\" aria-hidden=\"true\"></span>Ledernivå</li>\n"
              "</ul>"));
    CHECK(count(html, "<th scope=\"row\">") == 2);
    CHECK(count(html, "<td>") == 6);
    CHECK(has(html, ">56,5</text>"));
    CHECK(has(html, "<td>43,5\u00A0%</td><td>56,5\u00A0%</td>"));
    CHECK_FALSE(has(html, "56.5"));
}

TEST_CASE("a missing number draws no bar but is marked in the chart and the table") {
    const std::string html = render_chart(only(3, 5));
    CHECK(count(html, "<rect ") == 5);
    CHECK(has(html, ">–</text>"));
    CHECK(has(html, "<tr><th scope=\"row\">delspørsmål 2</th><td>–</td><td>30\u00A0%</td>"));
    CHECK(has(html, "<tr><th scope=\"col\">Spørsmål</th>"));
    CHECK(has(html, "Hvor fornøyd kommunene er</figcaption>"));
}

TEST_CASE("every figure of a field gets its own id and caption") {
    const std::string html = render_chart(survey_records());
    CHECK(count(html, "<figure ") == 3);
    CHECK(has(html, "id=\"diagram-data-3\""));
    CHECK(has(html, "aria-labelledby=\"diagram-data-3-tittel\""));
    CHECK(count(html, "<details class=\"diagram-tabell\">") == 3);
}

TEST_CASE("titles, labels and series names are escaped wherever they land") {
    auto records = sequence_of({record({{"figur", "A&B"},
                                        {"sporsmal", "Svar <b>fet</b> & \"sitat\""},
                                        {"gruppe", "<script>x</script>"},
                                        {"score_1", "1"}})});
    const std::string html = render_chart(records);
    CHECK_FALSE(has(html, "<b>"));
    CHECK_FALSE(has(html, "<script>"));
    CHECK(has(html,
              "<span class=\"diagram-gruppe\">A&amp;B:</span> Svar &lt;b&gt;fet&lt;/b&gt; &amp; "
              "&quot;sitat&quot;</figcaption>"));
    CHECK(has(html, "<title>A&amp;B: Svar &lt;b&gt;fet&lt;/b&gt; &amp; &quot;sitat&quot;</title>"));
    CHECK(has(html, "<th scope=\"row\">&lt;script&gt;x&lt;/script&gt;</th>"));
    CHECK(has(html, "<title>&lt;script&gt;x&lt;/script&gt;, 1 (dårligst): 1\u00A0%</title>"));
}

TEST_CASE("the same figures always give the same bytes") {
    CHECK(render_chart(survey_records()) == render_chart(survey_records()));
}
