# embed_files(TARGET file...): compiles each data file into a static library as
#   namespace lexkz::data { extern const std::string_view <name>; }
# where <name> is the file name with every non-alphanumeric character replaced by '_'
# (stopwords/ru.txt -> ru_txt). Declarations are in the generated header
# <lexkz_data.h>. Re-runs when a file changes.
function(embed_files target)
  set(out_dir ${CMAKE_BINARY_DIR}/embedded)
  file(MAKE_DIRECTORY ${out_dir})
  set(header "#pragma once\n#include <string_view>\nnamespace lexkz::data {\n")
  set(sources)
  foreach(rel ${ARGN})
    set(path ${CMAKE_SOURCE_DIR}/${rel})
    get_filename_component(fname ${rel} NAME)
    string(MAKE_C_IDENTIFIER ${fname} name)
    set(cc ${out_dir}/${name}.cc)
    add_custom_command(OUTPUT ${cc}
      COMMAND ${CMAKE_COMMAND} -DIN=${path} -DOUT=${cc} -DNAME=${name} -P ${CMAKE_SOURCE_DIR}/cmake/embed_one.cmake
      DEPENDS ${path} ${CMAKE_SOURCE_DIR}/cmake/embed_one.cmake
      COMMENT "Embedding ${rel}")
    list(APPEND sources ${cc})
    string(APPEND header "// from ${rel}\nextern const std::string_view ${name};\n")
  endforeach()
  string(APPEND header "}  // namespace lexkz::data\n")
  file(WRITE ${out_dir}/lexkz_data.h.new "${header}")
  configure_file(${out_dir}/lexkz_data.h.new ${out_dir}/lexkz_data.h COPYONLY)
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PUBLIC ${out_dir})
endfunction()
