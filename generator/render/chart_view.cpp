#include "render/chart_view.hpp"

#include "render/chart_layout.hpp"
#include "render/chart_number.hpp"

namespace stilas::render {
namespace {

constexpr const char* k_missing = "–";
constexpr size_t k_palette_size = 6;  // the theme defines --diagram-serie-1 … -6

std::string series_class(size_t series) {
    return "diagram-serie-" + std::to_string(series % k_palette_size + 1);
}

std::string with_unit(const std::string& number, const std::string& unit) {
    return unit.empty() ? number : number + "\u00A0" + unit;
}

Value text_or_false(const std::string& text) {
    return text.empty() ? Value(false) : Value(text);
}

// "a", "a og b", "a, b og c".
std::string spoken_list(const std::vector<ChartSeries>& series) {
    std::string out;
    for (size_t i = 0; i < series.size(); ++i) {
        if (i > 0) out += i + 1 == series.size() ? " og " : ", ";
        out += series[i].label;
    }
    return out;
}

std::string description(const ChartFigure& figure) {
    std::string out = "Stolpediagram over " + std::to_string(figure.value_labels.size()) + " verdier";
    if (figure.series.size() > 1)
        out += " for " + std::to_string(figure.series.size()) + " serier: " + spoken_list(figure.series);
    return out + ". Tallene står også i en tabell under diagrammet.";
}

Value ticks_view(const ChartFigure& figure, const ChartLayout& layout) {
    Value ticks = Value::list();
    for (const ChartTick& t : layout.ticks) {
        Value v;
        v.set("y", svg_coordinate(t.y)).set("x1", svg_coordinate(layout.plot_left));
        v.set("x2", svg_coordinate(layout.plot_right)).set("label_x", svg_coordinate(layout.tick_label_x));
        v.set("label_y", svg_coordinate(t.y + 4)).set("label", with_unit(norwegian_number(t.value), figure.unit));
        ticks.push(std::move(v));
    }
    return ticks;
}

Value bars_view(const ChartFigure& figure, const ChartLayout& layout) {
    Value bars = Value::list();
    for (const ChartBar& b : layout.bars) {
        const ChartSeries& series = figure.series[b.series];
        const ChartCell& cell = series.cells[b.value];
        std::string shown = b.present ? cell.text : k_missing;
        std::string tooltip = (series.label.empty() ? "" : series.label + ", ") + figure.value_labels[b.value] + ": " +
                              (b.present ? with_unit(cell.text, figure.unit) : "mangler");
        Value v;
        v.set("is_bar", Value(b.present)).set("class", series_class(b.series));
        v.set("x", svg_coordinate(b.x)).set("y", svg_coordinate(b.y));
        v.set("width", svg_coordinate(b.width)).set("height", svg_coordinate(b.height));
        v.set("value", shown).set("tooltip", tooltip);
        v.set("label_x", svg_coordinate(b.label_x)).set("label_y", svg_coordinate(b.label_y));
        bars.push(std::move(v));
    }
    return bars;
}

Value categories_view(const ChartLayout& layout) {
    Value categories = Value::list();
    for (const ChartCategory& c : layout.categories) {
        Value lines = Value::list();
        for (size_t i = 0; i < c.lines.size(); ++i) {
            Value line;
            line.set("text", c.lines[i]).set("x", svg_coordinate(c.center));
            line.set("dy", i == 0 ? "0" : svg_coordinate(layout.line_height));
            lines.push(std::move(line));
        }
        Value v;
        v.set("x", svg_coordinate(c.center)).set("y", svg_coordinate(layout.labels_y)).set("lines", std::move(lines));
        categories.push(std::move(v));
    }
    return categories;
}

Value table_view(const ChartFigure& figure, const std::string& caption) {
    Value columns = Value::list();
    for (const std::string& label : figure.value_labels) {
        Value c;
        c.set("label", label);
        columns.push(std::move(c));
    }
    Value rows = Value::list();
    for (const ChartSeries& s : figure.series) {
        Value cells = Value::list();
        for (const ChartCell& cell : s.cells) {
            Value c;
            c.set("text", cell.value ? with_unit(cell.text, figure.unit) : k_missing);
            cells.push(std::move(c));
        }
        Value row;
        row.set("header", s.label.empty() ? "Verdi" : s.label).set("cells", std::move(cells));
        rows.push(std::move(row));
    }
    Value table;
    table.set("caption", caption).set("corner", text_or_false(figure.series_heading));
    table.set("columns", std::move(columns)).set("rows", std::move(rows));
    return table;
}

Value series_view(const ChartFigure& figure) {
    Value series = Value::list();
    for (size_t i = 0; i < figure.series.size(); ++i) {
        Value s;
        s.set("label", figure.series[i].label).set("class", series_class(i));
        series.push(std::move(s));
    }
    return series;
}

Value figure_view(const ChartFigure& figure, const std::string& id) {
    const ChartLayout layout = layout_chart(figure);
    std::string caption = figure.group.empty()   ? figure.title
                          : figure.title.empty() ? figure.group
                                                 : figure.group + ": " + figure.title;
    Value axis;
    axis.set("x1", svg_coordinate(layout.plot_left)).set("x2", svg_coordinate(layout.plot_right));
    axis.set("y", svg_coordinate(layout.zero_y));
    Value v;
    v.set("id", id).set("caption_id", id + "-tittel").set("group", text_or_false(figure.group));
    v.set("title", figure.title).set("caption", caption).set("unit", text_or_false(figure.unit));
    v.set("width", svg_coordinate(layout.width)).set("height", svg_coordinate(layout.height));
    v.set("description", description(figure)).set("ticks", ticks_view(figure, layout)).set("axis", std::move(axis));
    v.set("bars", bars_view(figure, layout)).set("categories", categories_view(layout));
    v.set("has_legend", Value(figure.series.size() > 1)).set("series", series_view(figure));
    v.set("table", table_view(figure, caption));
    return v;
}

}  // namespace

Value chart_view(const std::vector<ChartFigure>& figures, const std::string& id_prefix) {
    Value list = Value::list();
    for (size_t i = 0; i < figures.size(); ++i)
        list.push(figure_view(figures[i], id_prefix + "-" + std::to_string(i + 1)));
    Value chart;
    chart.set("figures", std::move(list));
    return chart;
}

}  // namespace stilas::render
