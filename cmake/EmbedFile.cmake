# pactgraph_embed_file(TARGET VAR FILE)
# Compiles the bytes of FILE into TARGET as
#   extern const char VAR[]; extern const std::size_t VAR_size;
# The file is re-embedded whenever it changes, so the binary always carries
# the ontology it was built with (the --ontology option can override it).
function(pactgraph_embed_file target var file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${var}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DVAR=${var} -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFileScript.cmake"
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/EmbedFileScript.cmake"
    COMMENT "Embedding ${file}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
