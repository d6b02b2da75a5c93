# Writes a C++ source that holds text files as string literals, so the
# built-in import profiles ship inside the program and cannot go missing.
# Called as: cmake -DOUTPUT=file.cpp -DINPUTS="a.toml|b.toml" -P EmbedTextFiles.cmake
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(content "// Generated from resources/profiles by cmake/EmbedTextFiles.cmake; do not edit.\n")
string(APPEND content "#include \"importing/EmbeddedProfiles.h\"\n\nnamespace duedesk {\n\n")
string(APPEND content "const std::vector<EmbeddedFile>& embeddedProfileFiles() {\n")
string(APPEND content "    static const std::vector<EmbeddedFile> files = {\n")
foreach(input IN LISTS INPUTS)
  get_filename_component(name "${input}" NAME)
  file(READ "${input}" text)
  string(APPEND content "        {\"${name}\", R\"DUEDESK_EMBED(${text})DUEDESK_EMBED\"},\n")
endforeach()
string(APPEND content "    };\n    return files;\n}\n\n} // namespace duedesk\n")
file(WRITE "${OUTPUT}.tmp" "${content}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
