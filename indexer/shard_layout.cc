#include "indexer/shard_layout.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace lexkz::indexer {
namespace fs = std::filesystem;

namespace {

constexpr const char* kStubName = "XAPIANDB";

void fsync_path(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

ShardLayout read_layout(const std::string& root) {
  ShardLayout layout;
  layout.root = root;
  const fs::path stub = fs::path(root) / kStubName;
  std::error_code ec;
  if (!fs::exists(stub, ec)) {
    if (fs::exists(fs::path(root) / "iamglass", ec))
      throw std::runtime_error(root + ": an index of an older lexkz layout — index into a new --db");
    if (fs::exists(root, ec) && !fs::is_directory(root, ec))
      throw std::runtime_error(root + ": not a directory — give --db a directory for the index");
    return layout;
  }
  std::ifstream in(stub);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string backend, name;
    words >> backend >> name;
    if (backend == "glass" && !name.empty() && name.find('/') == std::string::npos &&
        name.rfind("shard-", 0) == 0)
      layout.shards.push_back(name);
    else if (!backend.empty() && backend[0] != '#')
      layout.extra.push_back(line);
  }
  return layout;
}

ShardLayout create_layout(const std::string& root, std::size_t n) {
  fs::create_directories(root);
  ShardLayout layout;
  layout.root = root;
  for (std::size_t k = 0; k < n; ++k) layout.shards.push_back("shard-" + std::to_string(k) + ".g1");
  write_stub(layout);
  return layout;
}

void write_stub(const ShardLayout& layout) {
  const std::string stub = layout.root + "/" + kStubName;
  const std::string tmp = stub + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "# lexkz index: one line per shard (Xapian stub database format)\n";
    for (const std::string& s : layout.shards) out << "glass " << s << '\n';
    for (const std::string& e : layout.extra) out << e << '\n';
    if (!out) throw std::runtime_error(tmp + ": cannot write the index stub");
  }
  fsync_path(tmp);
  if (std::rename(tmp.c_str(), stub.c_str()) != 0) throw std::runtime_error(stub + ": cannot replace the index stub");
  fsync_path(layout.root);
}

std::string next_generation(const std::string& shard_name) {
  std::size_t dot = shard_name.rfind(".g");
  if (dot == std::string::npos) return shard_name + ".g2";
  unsigned long g = std::stoul(shard_name.substr(dot + 2));
  return shard_name.substr(0, dot) + ".g" + std::to_string(g + 1);
}

}  // namespace lexkz::indexer
