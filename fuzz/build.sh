#!/usr/bin/env bash
# Builds the libFuzzer harnesses fuzz/*_fuzz.cc with clang, ASan and UBSan: the project's
# libraries are compiled with coverage instrumentation (-fsanitize=fuzzer-no-link) into
# build-fuzz/ by the ordinary CMake build, then each harness is linked against them.
# Usage: fuzz/build.sh [TARGET...]   (default: every harness). Binaries: build-fuzz/fuzz/<target>.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${LEXKZ_FUZZ_BUILD_DIR:-$root/build-fuzz}

# clang and its libFuzzer runtime are extra to the main build's packages: install if missing.
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq clang libclang-rt-dev >/dev/null 2>&1 || \
    $sudo_cmd apt-get install -y -qq clang libclang-rt-14-dev >/dev/null 2>&1 || \
    $sudo_cmd apt-get install -y -qq clang
fi

san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$root" -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link $san" >/dev/null
cmake --build "$out" -j"$(nproc)" --target lexkz_concepts lexkz_query lexkz_indexer lexkz_text lexkz_data

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in "$root"/fuzz/*_fuzz.cc; do targets+=("$(basename "$f" .cc)"); done
fi
mkdir -p "$out/fuzz"
libs="$out/liblexkz_concepts.a $out/liblexkz_query.a $out/liblexkz_indexer.a $out/liblexkz_text.a $out/liblexkz_data.a"
pkgs="xapian-core icu-uc icu-i18n libutf8proc libxml-2.0 libzstd libzip poppler-cpp tesseract"
for t in "${targets[@]}"; do
  src="$root/fuzz/$t.cc"
  bin="$out/fuzz/$t"
  # Relink only when the harness or a library is newer than the binary.
  if [ -x "$bin" ] && [ "$bin" -nt "$src" ] && ! find $libs -newer "$bin" | grep -q .; then continue; fi
  echo "fuzz: building $t"
  # shellcheck disable=SC2086
  clang++ -std=c++20 -g -O1 -fsanitize=fuzzer $san -I"$root" -I"$out/embedded" \
    $(pkg-config --cflags $pkgs) "$src" $libs $(pkg-config --libs $pkgs) -o "$bin"
done
