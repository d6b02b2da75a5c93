# One INTERFACE target carries the compiler settings every Duedesk target
# links, so warnings and language level are decided in exactly one place.
add_library(duedesk_common INTERFACE)
target_compile_features(duedesk_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(duedesk_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-qual
  -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations)
# GCC 12 at -O3 warns that "text" + std::string may overlap inside
# libstdc++'s own memcpy (GCC bug 105329, fixed in GCC 13): a false alarm in
# the standard library's code, not ours, so it is switched off there only.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(duedesk_common INTERFACE -Wno-restrict)
endif()
if(DUEDESK_WERROR)
  target_compile_options(duedesk_common INTERFACE -Werror)
endif()
if(DUEDESK_SANITIZE)
  target_compile_options(duedesk_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(duedesk_common INTERFACE -fsanitize=address,undefined)
endif()

# Qt: no implicit conversions from char*, no connects without a context
# object, and no API deprecated before 6.4.
target_compile_definitions(duedesk_common INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
