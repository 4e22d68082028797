#include "output/disk_ops.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>
#include <vector>

#include "output/directory_sink.hpp"

namespace stilas::output {
namespace {

namespace fs = std::filesystem;

/// Parses `<pid>` or `<pid>-old`; 0 when the suffix is anything else.
pid_t staging_pid(std::string_view suffix) {
    if (suffix.size() > 4 && suffix.substr(suffix.size() - 4) == "-old") suffix.remove_suffix(4);
    if (suffix.empty() || suffix.size() > 9) return 0;
    pid_t pid = 0;
    for (char c : suffix) {
        if (c < '0' || c > '9') return 0;
        pid = pid * 10 + (c - '0');
    }
    return pid;
}

bool process_is_running(pid_t pid) {
    if (pid == ::getpid()) return false;  // a leftover with our pid is from an earlier process
    return ::kill(pid, 0) == 0 || errno == EPERM;
}

}  // namespace

std::string errno_text(int err) { return std::generic_category().message(err); }

std::string make_parent_folders(int root, std::string_view rel, size_t existing) {
    for (size_t slash = rel.find('/', existing == 0 ? 0 : existing + 1); slash != std::string_view::npos;
         slash = rel.find('/', slash + 1)) {
        const std::string folder(rel.substr(0, slash));
        if (::mkdirat(root, folder.c_str(), 0755) == 0) continue;
        const int err = errno;
        struct stat st {};
        // Another thread may have created it a moment ago; only a folder is acceptable.
        if (err == EEXIST && ::fstatat(root, folder.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode))
            continue;
        return errno_text(err == EEXIST ? ENOTDIR : err);
    }
    return {};
}

int open_folder(const std::string& path) { return ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); }

std::string write_whole_file(const std::string& path, std::string_view bytes) {
    return write_whole_file(AT_FDCWD, path, bytes);
}

std::string write_whole_file(int folder, const std::string& path, std::string_view bytes) {
    int fd = ::openat(folder, path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) return errno_text(errno);
    size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            return errno_text(err);
        }
        done += static_cast<size_t>(n);
    }
    // close() is where some file systems report a full disk or an I/O error.
    if (::close(fd) != 0) return errno_text(errno);
    return {};
}

std::string sync_folder(const std::string& path) {
    int fd = open_folder(path);
    if (fd < 0) return errno_text(errno);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    return rc == 0 ? std::string() : errno_text(err);
}

std::string sync_tree(const std::string& path) {
    int fd = open_folder(path);
    if (fd < 0) return errno_text(errno);
    // One syncfs instead of an fsync per page: thousands of small files would be slow.
    int rc = ::syncfs(fd);
    if (rc == 0) rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    return rc == 0 ? std::string() : errno_text(err);
}

std::string remove_tree(const std::string& path) {
    std::error_code ec;
    fs::remove_all(path, ec);  // removes links themselves, never what they point to
    return ec ? ec.message() : std::string();
}

bool is_regular_file(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

void remove_stale_staging(const std::string& out_dir) {
    const fs::path out(out_dir);
    const std::string prefix = out.filename().string() + ".stilas-staging-";
    std::vector<std::string> stale;
    std::error_code ec;
    for (fs::directory_iterator it(out.parent_path(), ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0) continue;
        const pid_t pid = staging_pid(std::string_view(name).substr(prefix.size()));
        std::error_code st_ec;
        if (pid <= 0 || !fs::is_directory(it->symlink_status(st_ec)) || process_is_running(pid)) continue;
        const std::string path = it->path().string();
        if (is_regular_file(path + "/" + k_staging_marker_file) || is_regular_file(path + "/" + k_marker_file)) {
            stale.push_back(path);
        }
    }
    for (const std::string& path : stale) remove_tree(path);
}

}  // namespace stilas::output
