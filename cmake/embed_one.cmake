# Writes OUT as a C++ file defining lexkz::data::NAME with the bytes of IN.
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE ${OUT} "#include <string_view>\nnamespace lexkz::data {\nstatic const char bytes_[] = {${bytes} 0};\nextern const std::string_view ${NAME};\nconst std::string_view ${NAME}(bytes_, ${size});\n}\n")
