#pragma once
// The readers' window on files, behind an interface so tests feed in-memory files
// (the habit of ninja's src/disk_interface.h).
#include <istream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace lexkz::indexer {

/// What a path names.
enum class FileKind { missing, file, directory, dangling_link, dir_link, other };

/// The file operations the readers need, and nothing else.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// What `path` is; links to files count as files, links to directories as dir_link.
  virtual FileKind kind(const std::string& path) = 0;
  /// Reads the whole file into `*contents`; on failure returns false and sets `*error`.
  virtual bool read_file(const std::string& path, std::string* contents, std::string* error) = 0;
  /// The entry names of a directory (not "." or ".."), sorted bytewise for a stable order.
  virtual bool list_dir(const std::string& path, std::vector<std::string>* names,
                        std::string* error) = 0;
  /// Opens a file for streaming (JSONL batches can exceed memory); nullptr and `*error` on
  /// failure.
  virtual std::unique_ptr<std::istream> open(const std::string& path, std::string* error) = 0;
};

/// The real file system through std::filesystem and POSIX reads.
class RealFileSystem : public FileSystem {
 public:
  FileKind kind(const std::string& path) override;
  bool read_file(const std::string& path, std::string* contents, std::string* error) override;
  bool list_dir(const std::string& path, std::vector<std::string>* names,
                std::string* error) override;
  std::unique_ptr<std::istream> open(const std::string& path, std::string* error) override;
};

/// Files held in memory, for tests: paths like "dir/a.txt" imply their directories.
class MemoryFileSystem : public FileSystem {
 public:
  /// Adds a file with these bytes.
  void add_file(const std::string& path, std::string contents);
  /// Adds a file that exists but cannot be read (permission denied).
  void add_unreadable(const std::string& path);
  /// Adds a symbolic link whose target is missing.
  void add_dangling_link(const std::string& path);

  FileKind kind(const std::string& path) override;
  bool read_file(const std::string& path, std::string* contents, std::string* error) override;
  bool list_dir(const std::string& path, std::vector<std::string>* names,
                std::string* error) override;
  std::unique_ptr<std::istream> open(const std::string& path, std::string* error) override;

 private:
  struct Entry {
    FileKind kind = FileKind::file;
    bool readable = true;
    std::string contents;
  };
  void add(const std::string& path, Entry entry);
  std::map<std::string, Entry> entries_;
};

}  // namespace lexkz::indexer
