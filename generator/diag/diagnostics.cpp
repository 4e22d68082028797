#include "diag/diagnostics.hpp"

#include <algorithm>
#include <tuple>

namespace stilas::diag {

void Diagnostics::add(Diagnostic d) {
    std::lock_guard lock(m_mutex);
    m_items.push_back(std::move(d));
}

void Diagnostics::error(SourcePos pos, std::string code, std::string message, std::string hint) {
    add({Severity::error, std::move(code), std::move(pos), std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourcePos pos, std::string code, std::string message, std::string hint) {
    add({Severity::warning, std::move(code), std::move(pos), std::move(message), std::move(hint)});
}

void Diagnostics::merge(Diagnostics& other) {
    if (&other == this) return;
    std::scoped_lock lock(m_mutex, other.m_mutex);
    for (auto& d : other.m_items) m_items.push_back(std::move(d));
    other.m_items.clear();
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

size_t Diagnostics::error_count() const {
    auto all = sorted();
    return static_cast<size_t>(
        std::count_if(all.begin(), all.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

size_t Diagnostics::warning_count() const { return sorted().size() - error_count(); }

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> items;
    {
        std::lock_guard lock(m_mutex);
        items = m_items;
    }
    auto key = [](const Diagnostic& d) {
        return std::tie(d.pos.path, d.pos.line, d.pos.col, d.code, d.message, d.hint, d.severity);
    };
    std::sort(items.begin(), items.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

std::vector<std::string> Diagnostics::headlines() const {
    std::vector<std::string> out;
    for (const auto& d : sorted()) out.push_back(format_headline(d));
    return out;
}

}  // namespace stilas::diag
