#include "indexer/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace lexkz::indexer {

FileKind RealFileSystem::kind(const std::string& path) {
  struct stat link_st;
  if (lstat(path.c_str(), &link_st) != 0) return FileKind::missing;
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    return S_ISLNK(link_st.st_mode) ? FileKind::dangling_link : FileKind::missing;
  }
  if (S_ISDIR(st.st_mode)) return S_ISLNK(link_st.st_mode) ? FileKind::dir_link : FileKind::directory;
  if (S_ISREG(st.st_mode)) return FileKind::file;
  return FileKind::other;
}

bool RealFileSystem::read_file(const std::string& path, std::string* contents,
                               std::string* error) {
  contents->clear();
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  struct stat st;
  if (fstat(fd, &st) == 0 && st.st_size > 0) contents->reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = std::strerror(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    contents->append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return true;
}

bool RealFileSystem::list_dir(const std::string& path, std::vector<std::string>* names,
                              std::string* error) {
  names->clear();
  std::error_code ec;
  std::filesystem::directory_iterator it(path, ec), end;
  for (; !ec && it != end; it.increment(ec)) names->push_back(it->path().filename().string());
  if (ec) {
    *error = ec.message();
    return false;
  }
  std::sort(names->begin(), names->end());
  return true;
}

std::unique_ptr<std::istream> RealFileSystem::open(const std::string& path, std::string* error) {
  auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*in) {
    *error = std::strerror(errno);
    return nullptr;
  }
  return in;
}

void MemoryFileSystem::add(const std::string& path, Entry entry) {
  // Register the parent directories so list_dir and kind see them.
  for (std::size_t slash = path.find('/'); slash != std::string::npos;
       slash = path.find('/', slash + 1)) {
    if (slash == 0) continue;
    Entry dir;
    dir.kind = FileKind::directory;
    entries_.emplace(path.substr(0, slash), dir);
  }
  entries_[path] = std::move(entry);
}

void MemoryFileSystem::add_file(const std::string& path, std::string contents) {
  Entry e;
  e.contents = std::move(contents);
  add(path, std::move(e));
}

void MemoryFileSystem::add_unreadable(const std::string& path) {
  Entry e;
  e.readable = false;
  add(path, std::move(e));
}

void MemoryFileSystem::add_dangling_link(const std::string& path) {
  Entry e;
  e.kind = FileKind::dangling_link;
  add(path, std::move(e));
}

FileKind MemoryFileSystem::kind(const std::string& path) {
  auto it = entries_.find(path);
  return it == entries_.end() ? FileKind::missing : it->second.kind;
}

bool MemoryFileSystem::read_file(const std::string& path, std::string* contents,
                                 std::string* error) {
  auto it = entries_.find(path);
  if (it == entries_.end() || it->second.kind != FileKind::file) {
    *error = "No such file or directory";
    return false;
  }
  if (!it->second.readable) {
    *error = "Permission denied";
    return false;
  }
  *contents = it->second.contents;
  return true;
}

bool MemoryFileSystem::list_dir(const std::string& path, std::vector<std::string>* names,
                                std::string* error) {
  names->clear();
  if (kind(path) != FileKind::directory) {
    *error = "Not a directory";
    return false;
  }
  std::string prefix = path + "/";
  for (auto it = entries_.lower_bound(prefix); it != entries_.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    std::string rest = it->first.substr(prefix.size());
    if (rest.find('/') == std::string::npos) names->push_back(rest);
  }
  std::sort(names->begin(), names->end());
  return true;
}

}  // namespace lexkz::indexer

namespace lexkz::indexer {

std::unique_ptr<std::istream> MemoryFileSystem::open(const std::string& path, std::string* error) {
  std::string contents;
  if (!read_file(path, &contents, error)) return nullptr;
  return std::make_unique<std::istringstream>(std::move(contents));
}

}  // namespace lexkz::indexer
