# Script mode: writes OUT, a C++ file holding the bytes of IN as VAR.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUT}" "// Generated from ${IN}; do not edit.\n#include <cstddef>\nextern const char ${VAR}[];\nextern const std::size_t ${VAR}_size;\nconst char ${VAR}[] = {${bytes} '\\0'};\nconst std::size_t ${VAR}_size = ${size};\n")
