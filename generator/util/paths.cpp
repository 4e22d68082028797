#include "util/paths.hpp"

#include <fstream>
#include <sstream>

namespace stilas::util {

std::optional<std::string> normalize_relative(std::string_view path) {
    if (!path.empty() && path.front() == '/') return std::nullopt;
    // Built in place: every part kept is non-empty, so `out` is empty exactly when no part is
    // left for a ".." to remove.
    std::string out;
    out.reserve(path.size());
    for (size_t pos = 0; pos <= path.size();) {
        size_t end = path.find('/', pos);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view part = path.substr(pos, end - pos);
        pos = end + 1;
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            if (out.empty()) return std::nullopt;
            const size_t slash = out.rfind('/');
            out.resize(slash == std::string::npos ? 0 : slash);
            continue;
        }
        if (!out.empty()) out += '/';
        out += part;
    }
    return out;
}

std::string_view parent_path(std::string_view path) {
    size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string_view{} : path.substr(0, slash);
}

std::string_view file_name(std::string_view path) {
    size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view stem(std::string_view path) {
    std::string_view name = file_name(path);
    size_t dot = name.rfind('.');
    return dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
}

std::string join_path(std::string_view a, std::string_view b) {
    if (a.empty()) return std::string(b);
    if (b.empty()) return std::string(a);
    std::string out(a);
    if (out.back() != '/') out += '/';
    out += b;
    return out;
}

bool is_private_name(std::string_view name) { return !name.empty() && (name.front() == '_' || name.front() == '.'); }

bool read_whole_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return !in.bad();
}

bool is_safe_relative_path(std::string_view path) {
    if (path.empty() || path.front() == '/') return false;
    // One pass, no list of parts (every output file is checked): each part between slashes is
    // neither empty, "." nor "..", and no byte is a control character or '\\'.
    size_t start = 0;
    for (size_t i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            const std::string_view part = path.substr(start, i - start);
            if (part.empty() || part == "." || part == "..") return false;
            start = i + 1;
            continue;
        }
        const auto c = static_cast<unsigned char>(path[i]);
        if (c < 0x20 || c == '\\' || c == 0x7F) return false;
    }
    return true;
}

}  // namespace stilas::util
