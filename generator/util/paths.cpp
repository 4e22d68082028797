#include "util/paths.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

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
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    const bool read =
        ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && read_open_file(fd, static_cast<size_t>(st.st_size), out) == 0;
    ::close(fd);
    return read;
}

// Straight into `out`, one byte more than the size: a short read is the end of the file (a
// regular file's read returns less only there), so a file that did not change is one read.
int read_open_file(int fd, size_t size, std::string& out) {
    size_t done = 0;
    out.resize(size + 1);
    for (;;) {
        if (done == out.size()) out.resize(out.size() * 2);  // it grew since it was looked at
        const size_t wanted = out.size() - done;
        const ssize_t n = ::read(fd, out.data() + done, wanted);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        done += static_cast<size_t>(n);
        if (static_cast<size_t>(n) < wanted) break;
    }
    out.resize(done);
    return 0;
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
